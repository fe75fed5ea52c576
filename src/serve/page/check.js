// Checking files: choose or drop them, each is queued and sent one at a time (with its progress),
// checked by the server, and shown with its score, its downloads and its report (framed, sandboxed).
import { api, both, el, getLang, link, percent, t } from './dom.js';

const items = [];
let chosenSpec = 'auto';
let shown = null;
let busy = false;
let page = null;
/** The largest upload the server takes (from api/info). */
let limit = Infinity;

function specOptions(specs) {
  const opts = specs.map((s) => el('option', { value: s.key, selected: chosenSpec === s.key }, t('spec_option', { id: s.id, version: s.version, title: both(s.title), status: both(s.statusWord) })));
  return [el('option', { value: 'auto', selected: chosenSpec === 'auto' }, t('spec_auto')), ...opts];
}

function add(files) {
  for (const file of files) items.push({ file, name: file.name, size: file.size, spec: chosenSpec, state: 'waiting', percent: 0, job: null, problem: null });
  redraw();
  pump();
}

function dropZone() {
  const input = el('input', { type: 'file', id: 'files', multiple: true, onchange: (e) => add([...e.target.files]) });
  const zone = el('label', { class: 'drop', for: 'files' }, el('span', {}, t('choose')), el('span', { class: 'button' }, t('choose_button')), input);
  zone.addEventListener('dragover', (e) => (e.preventDefault(), zone.classList.add('over')));
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => (e.preventDefault(), zone.classList.remove('over'), add([...e.dataTransfer.files])));
  return zone;
}

function problemText(p) {
  if (p === null) return '';
  return p.detail ? both(p.detail) : p.sv ? both(p) : t(p.code, p.params);
}

function sizeText(bytes) {
  const n = new Intl.NumberFormat(getLang() === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
  return bytes < 1e6 ? t('size_kb', { kb: n.format(Math.max(0.1, bytes / 1e3)) }) : t('size', { mb: n.format(bytes / 1e6) });
}

function stateText(item) {
  if (item.state === 'uploading') return t('state_uploading', { percent: item.percent });
  return t(`state_${item.state}`);
}

function fixedButton(item) {
  const b = el('button', { type: 'button', class: 'fixed', onclick: async () => {
    b.disabled = true;
    b.textContent = t('fixing');
    const r = await api(`api/jobs/${item.job.id}/fix`, 'POST');
    b.disabled = false;
    b.textContent = t('fixed');
    if (r.status !== 200) return ((item.problem = r.body ?? { code: 'server-gone' }), redraw());
    const a = el('a', { href: `api/jobs/${item.job.id}/fixed`, download: r.body.name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
  } }, t('fixed'));
  return b;
}

/** Removes the file and what was made of it from the server, and from the list. */
async function remove(item) {
  const r = await api(`api/jobs/${item.job.id}`, 'DELETE');
  if (r.status !== 200 && r.status !== 404) return ((item.problem = r.body ?? { code: 'server-gone' }), redraw());
  if (shown === item.job.id) shown = null;
  items.splice(items.indexOf(item), 1);
  redraw();
}

function result(item) {
  const r = item.job.result;
  const base = `api/jobs/${item.job.id}`;
  const others = r.choice ? r.choice.candidates.slice(1).map((c) => `${c.id} ${c.version} (${percent(c.score)})`).join(', ') : '';
  const choice = r.choice ? t(others === '' ? 'auto_match_alone' : 'auto_match', { share: percent(r.choice.score), others }) : '';
  return el(
    'div',
    { class: 'result' },
    el('p', {}, el('span', { class: `score level-${r.level}`, 'data-level': r.level }, t('level', { level: r.level })), ' ', el('span', { class: 'counts' }, t('summary', { rows: r.rows, errors: r.errors, warnings: r.warnings, share: percent(r.rowsOkShare) }))),
    el('p', { class: r.valid ? 'ok' : 'bad' }, t(r.valid ? 'conforms' : 'not_conforms')),
    r.spec ? el('p', { class: 'muted' }, t('spec_used', { id: r.spec.id, version: r.spec.version, title: both(r.spec.title), status: both(r.spec.statusWord) }), choice ? ` ${choice}` : '') : null,
    el('p', { class: 'actions' }, r.fixable ? fixedButton(item) : null, el('a', { class: 'button', href: `${base}/findings.csv?lang=${getLang()}`, download: '' }, t('findings_csv')), el('a', { class: 'button', href: `${base}/report.html?lang=${getLang()}&download=1`, download: '' }, t('report_html')), el('button', { type: 'button', onclick: () => ((shown = item.job.id), redraw()) }, t('show')), el('button', { type: 'button', class: 'remove', onclick: () => remove(item) }, t('remove'))),
  );
}

function itemNode(item) {
  const bar = item.state === 'uploading' ? el('progress', { max: 100, value: item.percent }) : null;
  return el(
    'li',
    { class: `item state-${item.state}`, 'data-state': item.state },
    el('div', { class: 'line' }, el('strong', { class: 'name' }, item.name), ' ', el('span', { class: 'muted' }, sizeText(item.size)), ' · ', el('span', { class: 'state' }, stateText(item))),
    bar,
    item.problem ? el('p', { class: 'problem' }, problemText(item.problem)) : null,
    item.job && item.job.result ? result(item) : null,
  );
}

function frame() {
  const item = items.find((i) => i.job && i.job.id === shown);
  if (!item) return null;
  return el('iframe', { class: 'report', sandbox: 'allow-scripts', src: `api/jobs/${shown}/report.html?lang=${getLang()}`, title: t('report_of', { file: item.name }) });
}

function redraw() {
  if (page === null || !page.isConnected) return;
  page.querySelector('.queue').replaceChildren(...(items.length === 0 ? [el('li', { class: 'muted' }, t('queue_empty'))] : items.map(itemNode)));
  const old = page.querySelector('iframe.report');
  if (!old || old.getAttribute('src') !== `api/jobs/${shown}/report.html?lang=${getLang()}`) page.querySelector('.frame').replaceChildren(...[frame()].filter(Boolean));
}

function send(item) {
  return new Promise((resolve) => {
    const x = new XMLHttpRequest();
    x.open('POST', `api/jobs?name=${encodeURIComponent(item.name)}&spec=${encodeURIComponent(item.spec)}`);
    x.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      item.percent = Math.floor((100 * e.loaded) / e.total);
      redraw();
    };
    x.onload = () => resolve({ status: x.status, body: JSON.parse(x.responseText || 'null') });
    x.onerror = () => resolve({ status: 0, body: null });
    x.send(item.file);
  });
}

async function follow(item) {
  for (;;) {
    const r = await api(`api/jobs/${item.job.id}`);
    if (r.status !== 200) return void (item.problem = r.body ?? { code: 'server-gone' });
    item.job = r.body;
    item.state = r.body.state;
    if (r.body.failure) item.problem = { detail: r.body.failure };
    redraw();
    if (item.state === 'done' || item.state === 'failed') return;
    await new Promise((res) => setTimeout(res, 250));
  }
}

/** Sends and checks the files one at a time, in the order they were chosen. */
async function pump() {
  if (busy) return;
  busy = true;
  for (let item = items.find((i) => i.state === 'waiting'); item; item = items.find((i) => i.state === 'waiting')) {
    if (item.size > limit) {
      Object.assign(item, { state: 'failed', problem: { code: 'too-large', params: { mb: Math.floor(limit / 1024 / 1024) } } });
      continue;
    }
    item.state = 'uploading';
    redraw();
    const r = await send(item);
    if (r.status !== 201) {
      Object.assign(item, { state: 'failed', problem: r.body ?? { code: 'server-gone' } });
      redraw();
      continue;
    }
    item.job = r.body;
    item.state = r.body.state;
    await follow(item);
    if (item.state === 'done') shown = item.job.id;
    redraw();
  }
  busy = false;
}


/** What the chosen spec is: its status and what that means, and where its official version lives. */
function specInfo(specs) {
  const s = specs.find((x) => x.key === chosenSpec);
  if (!s) return [];
  return [`${t('status')}: ${both(s.statusWord)}`, s.statusNote ? ` (${both(s.statusNote)})` : '', '. ', `${t('official')}: `, s.officialUrl ? link(s.officialUrl) : t('official_none')];
}

export function checkView(state) {
  limit = state.info.maxUpload;
  const info = el('p', { class: 'muted spec-info' }, specInfo(state.specs));
  const select = el('select', { id: 'spec', onchange: (e) => ((chosenSpec = e.target.value), info.replaceChildren(...specInfo(state.specs))) }, specOptions(state.specs));
  const queue = el('ul', { class: 'queue', 'aria-live': 'polite' });
  page = el('section', { class: 'check' }, dropZone(), el('p', {}, el('label', { for: 'spec' }, t('spec_label')), ' ', select), info, el('h2', {}, t('queue')), queue, el('div', { class: 'frame' }));
  queueMicrotask(redraw);
  return page;
}
