// The page's small helpers: elements made with text nodes only (nothing is ever parsed as
// markup), the words of the catalogue filled in the page's language, and the server's JSON.

let words = {};
let lang = 'en';

export function setWords(w) {
  words = w;
}

export function setLang(l) {
  lang = l;
  document.documentElement.lang = l;
  document.title = t('title');
}

export function getLang() {
  return lang;
}

/** An element with attributes (on* are listeners) and children (texts become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

/** A link to a web address; anything that is not http(s) is shown as text. */
export function link(url) {
  return /^https?:\/\//i.test(url) ? el('a', { href: url, rel: 'noreferrer noopener', target: '_blank' }, url) : el('span', {}, url);
}

const rules = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

/** A template of the catalogue filled as the server fills it: [[optional]], {n|one|other}, {name}. */
export function fill(template, params = {}) {
  const value = (n) => (params[n] === undefined || params[n] === null ? '' : String(params[n]));
  return template
    .replace(/\[\[(.*?)\]\]/gs, (_m, inner) => ([...inner.matchAll(/\{(\w+)/g)].every((m) => value(m[1]) !== '') ? inner : ''))
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (_m, n, one, other) => (rules[lang].select(Number(params[n])) === 'one' ? one : other))
    .replace(/\{(\w+)\}/g, (_m, n) => value(n));
}

/** A word of the catalogue in the page's language. */
export function t(key, params) {
  const w = words[key];
  return w === undefined ? key : fill(w[lang], params);
}

/** A text given in both languages ({ sv, en }) in the page's language. */
export function both(texts) {
  return texts === undefined || texts === null ? '' : (texts[lang] ?? texts.en ?? '');
}

/** A share from 0 to 1 as a percentage in the page's language. */
export function percent(share) {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** GET or POST to the server; the JSON answer and its status (0 when the server is gone). */
export async function api(path, method = 'GET') {
  try {
    const r = await fetch(path, { method, credentials: 'same-origin' });
    const body = await r.json().catch(() => null);
    return { status: r.status, body };
  } catch {
    return { status: 0, body: null };
  }
}
