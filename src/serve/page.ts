/**
 * The page: one HTML document, its script modules and its style, read once from the page folder
 * when the server starts and served from memory under their own fixed names (a request never
 * names a file). The document holds no script and no style of its own: the policy allows only these.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../report/index.js';
import { SERVE_WORDS } from '../report/index.js';
import { escapeHtml as escapeText } from '../formatters/index.js';

/** The page's files, by the name the page asks for them. */
const FILES: Readonly<Record<string, string>> = {
  'app.js': 'text/javascript; charset=utf-8',
  'check.js': 'text/javascript; charset=utf-8',
  'specs.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

export interface Asset {
  readonly type: string;
  readonly body: Buffer;
}

/** Reads the page's files (beside this module, in page/). */
export function loadAssets(): ReadonlyMap<string, Asset> {
  return new Map(Object.entries(FILES).map(([name, type]) => [name, { type, body: readFileSync(new URL(`./page/${name}`, import.meta.url)) }]));
}

/**
 * The browser's language from Accept-Language: the first Swedish or English tag by weight, else
 * `fallback` (the command line's language).
 */
export function browserLanguage(header: string | undefined, fallback: Lang): Lang {
  const tags = (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = Number(/q=([\d.]+)/.exec(rest.join(';'))?.[1] ?? '1');
      return { tag: tag ?? '', q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const t of tags) {
    if (t.tag === 'sv' || t.tag.startsWith('sv-')) return 'sv';
    if (t.tag === 'en' || t.tag.startsWith('en-')) return 'en';
  }
  return fallback;
}

/** The HTML document, in a language (the script takes over from there). */
export function pageHtml(lang: Lang): string {
  const w = (k: 'title' | 'noscript' | 'server-gone'): string => escapeText(SERVE_WORDS[k][lang]);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${w('title')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="app.css">
<script type="module" src="app.js"></script>
</head>
<body>
<noscript><p>${w('noscript')}</p></noscript>
<div id="app" data-gone="${w('server-gone')}"></div>
</body>
</html>
`;
}
