/**
 * What a finding's code means, why the specification asks for it and how to fix it, with a wrong
 * and a right value (issue 19): `datakoll explain <code>` and docs/codes.md both come from here,
 * over the codes catalogue and its words, so neither can say what the other does not.
 */
import type { Code, ReasonCode } from './codes.js';
import { ALL_CODES, CODES } from './codes.js';
import { isFixable } from './fixable.js';
import type { CodeFamily } from './words/explain.js';
import { CODE_EXAMPLES, EXPLAIN_WORDS, FAMILY_HOW, FAMILY_WHY } from './words/explain.js';
import { MESSAGES, REASONS } from './words/findings.js';
import type { Lang } from './words/template.js';
import { fill } from './words/template.js';
import { UI } from './words/ui.js';
import { UNIT_WORDS } from './words/records.js';

/** The family of a code, by its name (and a few codes by themselves). */
export function familyOf(code: Code): CodeFamily {
  const own: { readonly [C in Code]?: CodeFamily } = {
    'remote-unreadable': 'file',
    'max-errors-reached': 'file',
    'record-not-object': 'json',
    'csv-malformed': 'dialect',
    'one-of-required-missing': 'rules',
    'control-character': 'format',
    'date-ambiguous': 'format',
    'unique-duplicate': 'unique',
    'end-before-start': 'rules',
    'required-with-missing': 'rules',
    'publisher-mismatch': 'rules',
  };
  const named = own[code];
  if (named !== undefined) return named;
  const prefixes: readonly (readonly [string, CodeFamily])[] = [
    ['file-', 'file'],
    ['workbook-', 'workbook'],
    ['json-', 'json'],
    ['encoding-', 'encoding'],
    ['dialect-', 'dialect'],
    ['header-', 'header'],
    ['row-', 'row'],
    ['form-', 'form'],
    ['invalid-', 'format'],
    ['coordinates-', 'position'],
  ];
  return prefixes.find(([p]) => code.startsWith(p))?.[1] ?? 'schema';
}

export interface Explanation {
  readonly code: Code;
  readonly severity: string;
  readonly scope: string;
  readonly meaning: string;
  /** For a code with reason tokens: each reason's phrase. */
  readonly reasons: readonly string[];
  readonly why: string;
  readonly how: string;
  readonly fixable: boolean;
  readonly wrong?: string;
  readonly right?: string;
}

/** A message's placeholder as an explanation shows it: ‹column›, ‹value›, ‹expected›. */
function placeholder(name: string, lang: Lang): string {
  const words: Readonly<Record<string, { readonly sv: string; readonly en: string }>> = { field: EXPLAIN_WORDS.param_field, value: EXPLAIN_WORDS.param_value, reason: EXPLAIN_WORDS.param_reason };
  // Where the first of a duplicate is: as most files have it, on a row (a JSON file's report says "in record").
  if (name === 'unit') return UNIT_WORDS['']?.[lang] ?? '';
  return `‹${words[name]?.[lang] ?? name}›`;
}

/** A template with its placeholders shown as such, the description left out (plurals as for many). */
function general(template: string, lang: Lang): string {
  return fill(template, lang, (name) => (name === 'description' ? '' : placeholder(name, lang)), () => 2);
}

/** What a code's findings mean, why, how to fix them, and an example, in a language. */
export function explainCode(code: Code, lang: Lang): Explanation {
  const info = CODES[code];
  const family = familyOf(code);
  const phrases = !('reasons' in info) ? {} : (REASONS[code as ReasonCode] as Readonly<Record<string, { sv: string; en: string }>>);
  const reasons = Object.values(phrases).map((p) => general(p[lang], lang));
  const meaning = general(MESSAGES[code][lang], lang).replace(/\s+$/, '');
  const example = CODE_EXAMPLES[code];
  const fixable = isFixable(code);
  const how = fixable ? EXPLAIN_WORDS.fixable[lang] : FAMILY_HOW[family][lang];
  const severity = UI[info.severity][lang];
  return {
    code,
    severity,
    scope: EXPLAIN_WORDS[`scope_${info.scope}`][lang],
    meaning,
    reasons,
    why: FAMILY_WHY[family][lang],
    how,
    fixable,
    ...(example === undefined ? {} : { wrong: example[0], right: example[1] }),
  };
}

/** An example value as shown: quoted, or (empty). */
function shown(v: string, lang: Lang): string {
  return v === '' ? EXPLAIN_WORDS.empty[lang] : `'${v}'`;
}

/** The command that explains a code: `datakoll explain <code>`. */
export function explainCommand(code: Code): string {
  return `datakoll explain ${code}`;
}

/** A report's line pointing to datakoll explain with one of its codes. */
export function explainHint(code: Code, lang: Lang): string {
  return fill(EXPLAIN_WORDS.hint[lang], lang, () => code);
}

/** The explanation as text for a terminal. */
export function explainText(code: Code, lang: Lang): string {
  const x = explainCode(code, lang);
  const w = EXPLAIN_WORDS;
  const out = [`${x.code} (${x.severity}; ${w.scope[lang].toLowerCase()} ${x.scope})`, '', `${w.meaning[lang]}:`, `  ${x.meaning}`];
  if (x.reasons.length > 0) out.push(`${w.reasons[lang]}:`, ...x.reasons.map((r) => `  - ${r}`));
  out.push(`${w.why[lang]}:`, `  ${x.why}`, `${w.how[lang]}:`, `  ${x.how}`);
  if (x.wrong !== undefined && x.right !== undefined) out.push(`${w.wrong[lang]}: ${shown(x.wrong, lang)}`, `${w.right[lang]}: ${shown(x.right, lang)}`);
  return `${out.join('\n')}\n`;
}

/** Markdown text, with what Markdown would read as markup escaped. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** docs/codes.md: every code of the catalogue, explained in English and Swedish. */
export function codesMarkdown(): string {
  const w = EXPLAIN_WORDS;
  const out = [`# ${w.docs_title.en} / ${w.docs_title.sv}`, '', w.docs_intro.en, '', w.docs_intro.sv, ''];
  for (const code of ALL_CODES) {
    out.push(`## ${code}`, '');
    for (const lang of ['en', 'sv'] as const) {
      const x = explainCode(code, lang);
      out.push(`- **${w.severity[lang]}**: ${x.severity}; **${w.scope[lang]}**: ${x.scope}`, `- **${w.meaning[lang]}**: ${md(x.meaning)}`);
      if (x.reasons.length > 0) out.push(`- **${w.reasons[lang]}**:`, ...x.reasons.map((r) => `  - ${md(r)}`));
      out.push(`- **${w.why[lang]}**: ${md(x.why)}`, `- **${w.how[lang]}**: ${md(x.how)}`);
      const value = (v: string): string => (v === '' ? w.empty[lang] : `\`${v}\``);
      if (x.wrong !== undefined && x.right !== undefined) out.push(`- **${w.wrong[lang]}**: ${value(x.wrong)} · **${w.right[lang]}**: ${value(x.right)}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
