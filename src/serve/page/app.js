// The page's entry: the words and the catalogue from the server, the language (the browser's,
// or the one chosen with the switch), and the two views: checking files, and the catalogue.
import { api, el, getLang, setLang, setWords, t } from './dom.js';
import { checkView } from './check.js';
import { specsView } from './specs.js';

const state = { tab: 'check', info: null, specs: [] };
const root = document.getElementById('app');

function langSwitch() {
  const button = (l) => el('button', { type: 'button', lang: l, 'data-lang': l, 'aria-pressed': String(getLang() === l), onclick: () => choose(l) }, t(`lang_${l}`));
  return el('div', { class: 'langs', role: 'group', 'aria-label': t('language') }, button('sv'), button('en'));
}

function choose(l) {
  try {
    localStorage.setItem('datakoll-lang', l);
  } catch {
    // Storage may be off: the choice then lasts as long as the page.
  }
  setLang(l);
  render();
}

function tabs() {
  const tab = (name) => el('button', { type: 'button', role: 'tab', id: `tab-${name}`, 'aria-selected': String(state.tab === name), onclick: () => ((state.tab = name), render()) }, t(`tab_${name}`));
  return el('nav', { class: 'tabs', role: 'tablist' }, tab('check'), tab('catalogue'));
}

function render() {
  const view = state.tab === 'check' ? checkView(state) : specsView(state.specs);
  root.replaceChildren(el('header', {}, el('h1', {}, t('title')), langSwitch()), el('p', { class: 'intro' }, t('intro')), tabs(), el('main', {}, view));
}

async function start() {
  const [info, specs] = await Promise.all([api('api/info'), api('api/specs')]);
  if (info.body === null || specs.body === null) {
    // (No words without the server: the document carries this one, in its language.)
    root.replaceChildren(el('p', { class: 'problem' }, root.dataset.gone));
    return;
  }
  state.info = info.body;
  state.specs = specs.body;
  setWords(info.body.words);
  let chosen = null;
  try {
    chosen = localStorage.getItem('datakoll-lang');
  } catch {
    chosen = null;
  }
  setLang(chosen === 'sv' || chosen === 'en' ? chosen : info.body.lang);
  render();
}

start();
