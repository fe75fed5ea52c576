/**
 * The harvest as JUnit XML for a CI test tab: one testsuite per spec claimed (and one for the
 * distributions checked against none), one testcase per distribution. Not conforming is a
 * failure, unreadable an error, not checked (no claim, an unknown spec, no address) skipped.
 */
import { escapeXml, printable } from '../../formatters/shared.js';
import type { Lang } from '../../report/index.js';
import type { HarvestEntry, HarvestReport } from '../types.js';
import { groupLinesOf, hw, problemOf, statusOf, titleOf, titleText } from './words.js';

const x = (s: string): string => escapeXml(printable(s));

function testcase(e: HarvestEntry, suite: string, lang: Lang): string {
  const name = `${titleText(e, lang)} — ${e.url || e.distribution || e.dataset}`;
  const open = `    <testcase classname="${x(suite)}" name="${x(name)}">`;
  const lines = [statusOf(e, lang), problemOf(e, lang), ...groupLinesOf(e, lang)].filter((s) => s !== '');
  // Each line escaped on its own: a line break between them stays one.
  const detail = lines.map(x).join('\n');
  if (e.status === 'valid') return `${open}<system-out>${detail}</system-out></testcase>`;
  if (e.status === 'invalid') return `${open}<failure message="${x(statusOf(e, lang))}">${detail}</failure></testcase>`;
  if (e.status === 'unreadable') return `${open}<error message="${x(problemOf(e, lang))}">${detail}</error></testcase>`;
  return `${open}<skipped message="${x(lines.join(' — '))}"/></testcase>`;
}

export function harvestJunit(r: HarvestReport, lang: Lang): string {
  const suites = new Map<string, HarvestEntry[]>();
  for (const e of r.entries) {
    const key = e.spec ?? hw('none', lang);
    const list = suites.get(key);
    if (list === undefined) suites.set(key, [e]);
    else list.push(e);
  }
  const t = r.summary.total;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${x(titleOf(r, lang))}" tests="${r.entries.length}" failures="${t.checked - t.conforming - t.unreadable}" errors="${t.unreadable}">`];
  for (const [name, entries] of [...suites].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const failures = entries.filter((e) => e.status === 'invalid').length;
    const errors = entries.filter((e) => e.status === 'unreadable').length;
    const skipped = entries.filter((e) => e.status !== 'valid' && e.status !== 'invalid' && e.status !== 'unreadable').length;
    out.push(`  <testsuite name="${x(name)}" tests="${entries.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`);
    for (const e of entries) out.push(testcase(e, name, lang));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
