/** The HTML report's inline style and script, and the Content-Security-Policy that allows exactly these two. */
import { createHash } from 'node:crypto';

export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #666; --line: #ddd; --err: #c62828; --warn: #b26a00; --info: #1565c0; --ok: #2e7d32; }
@media (prefers-color-scheme: dark) { :root { --fg: #eee; --bg: #161616; --muted: #aaa; --line: #333; --err: #ef5350; --warn: #ffb74d; --info: #64b5f6; --ok: #66bb6a; } }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; padding: 1.5rem; max-width: 72rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; overflow-wrap: anywhere; } h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { font-weight: 600; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.msg, td.val { word-break: break-word; }
td { overflow-wrap: break-word; } td.field { white-space: nowrap; }
.scroll { overflow-x: auto; max-width: 100%; }
.score { display: inline-block; font-weight: 700; padding: .15rem .6rem; border-radius: .3rem; color: #fff; }
.level-A { background: #2e7d32; } .level-B { background: #4c9a1f; } .level-C { background: #b58900; } .level-D { background: #d9640c; } .level-F { background: #c62828; }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); } .ok { color: var(--ok); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; } dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
#filters { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line); padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; z-index: 1; }
#filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
#filters select { font: inherit; min-width: 10rem; max-width: 20rem; }
@media (max-width: 480px) { body { padding: .75rem; } #filters select { min-width: 0; max-width: calc(100vw - 2rem); } dl { grid-template-columns: 1fr; } }
svg.chart { max-width: 100%; height: auto; } svg.chart text { fill: var(--fg); font-size: 12px; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; margin: .25rem 0; font-size: .9rem; }
.sw { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; vertical-align: -.05rem; } .sw-error { background: #c62828; } .sw-warning { background: #e69500; } .sw-info { background: #1e88e5; }
[hidden] { display: none !important; }
`;

/**
 * Filters by severity, column and code: rows carry data-sev, data-field and data-code (a kind of
 * finding fix repairs also data-fields, its columns as a JSON list), written
 * escaped by the formatter. The script only compares attribute values and sets `hidden`; it never
 * turns data into markup.
 */
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var bar = document.getElementById('filters');
  var sev = document.getElementById('f-sev');
  var col = document.getElementById('f-field');
  var code = document.getElementById('f-code');
  var shown = document.getElementById('f-shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-sev]'));
  // The column filter's choice of the findings about no column (the file, the header).
  function whole() { var o = col.options[col.selectedIndex]; return o !== undefined && o.hasAttribute('data-whole'); }
  // The run's time in the reader's own time, the zone named.
  var at = document.getElementById('run-at');
  if (at !== null) {
    var d = new Date(at.getAttribute('datetime'));
    if (!isNaN(d.getTime())) at.textContent = d.toLocaleString(document.documentElement.lang === 'sv' ? 'sv-SE' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  }
  // A kind of finding fix repairs lists its columns as a JSON list of names.
  function inFields(r, name) {
    var list = r.getAttribute('data-fields');
    try { return list !== null && JSON.parse(list).indexOf(name) >= 0; } catch (err) { return false; }
  }
  function apply() {
    var n = 0;
    rows.forEach(function (r) {
      var ok = (sev.value === '' || r.getAttribute('data-sev') === sev.value) &&
        (whole() ? r.getAttribute('data-field') === '' : col.value === '' || r.getAttribute('data-field') === col.value || inFields(r, col.value)) &&
        (code.value === '' || r.getAttribute('data-code') === code.value);
      r.hidden = !ok;
      if (ok && r.classList.contains('group')) n++;
    });
    shown.textContent = String(n);
  }
  [sev, col, code].forEach(function (s) { s.addEventListener('change', apply); });
  bar.hidden = false;
  apply();
})();
`;

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** Nothing loads from anywhere; only this style and this script run, whatever a cell holds. */
export const HTML_CSP = `default-src 'none'; style-src ${sha256(HTML_STYLE)}; script-src ${sha256(HTML_SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
