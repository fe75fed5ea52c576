// The catalogue: every spec with its status, where its official version lives, what it was built
// from, its attributes and rules, and its templates to download.
import { both, el, getLang, link, t } from './dom.js';

function attributes(spec) {
  const head = ['attribute', 'datatype', 'required', 'provenance', 'description'].map((k) => el('th', {}, t(k)));
  const rows = spec.attributes.map((a) =>
    el('tr', {}, el('td', {}, el('code', {}, a.name)), el('td', {}, both(a.datatype), a.values ? el('div', { class: 'muted' }, a.values.join(', ')) : null), el('td', {}, t(a.required ? 'yes' : 'no')), el('td', {}, both(a.provenance)), el('td', {}, both(a.description))),
  );
  return el('table', { class: 'attributes' }, el('thead', {}, el('tr', {}, head)), el('tbody', {}, rows));
}

function templates(spec) {
  const a = (format) => el('a', { href: `api/template?spec=${encodeURIComponent(spec.key)}&format=${format}&lang=${getLang()}`, download: '', class: 'button', 'data-template': format }, t(`template_${format}`));
  return el('p', { class: 'templates' }, `${t('template')}: `, a('csv'), ' ', a('xlsx'), ' ', a('json'));
}

function details(spec) {
  const facts = el(
    'dl',
    {},
    el('dt', {}, t('status')),
    el('dd', {}, both(spec.statusWord), spec.statusNote ? ` (${both(spec.statusNote)})` : ''),
    el('dt', {}, t('official')),
    el('dd', {}, spec.officialUrl ? link(spec.officialUrl) : t('official_none')),
    spec.uniqueKey.length > 0 ? [el('dt', {}, t('unique_key')), el('dd', {}, spec.uniqueKey.join(', '))] : null,
  );
  const sources = spec.sources.length === 0 ? null : [el('h4', {}, t('sources')), el('ul', {}, spec.sources.map((s) => el('li', {}, both(s.what), s.url ? [' ', link(s.url)] : null)))];
  const rules = spec.rules.length === 0 ? null : [el('h4', {}, t('rules')), el('ul', {}, spec.rules.map((r) => el('li', {}, t(r.word, r.params))))];
  return [facts, sources, rules, templates(spec), attributes(spec)];
}

export function specsView(specs) {
  const items = specs.map((s) => el('details', { class: 'spec', 'data-spec': s.key }, el('summary', {}, el('strong', {}, `${s.id} ${s.version}`), ` ${both(s.title)} `, el('span', { class: `status status-${s.status}` }, both(s.statusWord))), details(s)));
  return el('section', { class: 'catalogue' }, el('p', {}, t('catalogue_intro')), items);
}
