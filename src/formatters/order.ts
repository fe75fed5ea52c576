/**
 * The order a report is read in (issue 19): first the findings a person must decide on, then what
 * `datakoll fix` repairs by itself, summarised one kind at a time (the codes marked fixable in the
 * catalogue, report/codes.ts), with the one command that repairs them. And a group's explanation
 * said once: the attribute's description once per attribute, one explanation per reason a group
 * mixes, beside the examples it fits.
 */
import type { Diagnostic, FileReport, FindingGroup, FixableCode, Lang, Severity } from '../report/index.js';
import { CODES, DELIMITERS, FIXABLE_TITLES, fixSay, isFixable, renderMessage, say } from '../report/index.js';
import { positionText } from './shared.js';

/** One kind of finding fix repairs: how many findings, in which columns. */
export interface FixableKind {
  readonly code: FixableCode;
  readonly severity: Severity;
  count: number;
  /** The columns of a cell finding, in the report's order (none for a finding about the file or the header). */
  readonly fields: string[];
  /** A cell it is in, to show (a cell finding's first example). */
  readonly example?: Diagnostic;
  /** The first finding's parameters (the file's delimiter, its encoding). */
  readonly params: Diagnostic['params'];
}

export interface ReportOrder {
  /** The groups a person must decide on, in the report's order. */
  readonly decide: readonly FindingGroup[];
  /** What fix repairs, one entry per code, most findings first. */
  readonly fixable: readonly FixableKind[];
  /** How many of the file's findings fix repairs. */
  readonly fixableCount: number;
  /** How many findings the file has (errors, warnings and notes). */
  readonly total: number;
}

/** A file's groups split into what a person decides on and what fix repairs. */
export function reportOrder(f: FileReport): ReportOrder {
  const decide: FindingGroup[] = [];
  const kinds = new Map<FixableCode, FixableKind>();
  let fixableCount = 0;
  for (const g of f.groups) {
    if (!isFixable(g.code)) {
      decide.push(g);
      continue;
    }
    fixableCount += g.count;
    let k = kinds.get(g.code);
    const example = CODES[g.code].scope === 'cell' ? g.examples.find((d) => d.row !== undefined) : undefined;
    if (k === undefined) kinds.set(g.code, (k = { code: g.code, severity: g.severity, count: 0, fields: [], params: g.examples[0]?.params ?? {}, ...(example === undefined ? {} : { example }) }));
    k.count += g.count;
    if (CODES[g.code].scope === 'cell' && g.field !== undefined && g.field !== '' && !k.fields.includes(g.field)) k.fields.push(g.field);
  }
  const fixable = [...kinds.values()].sort((a, b) => b.count - a.count);
  return { decide, fixable, fixableCount, total: f.stats.errors + f.stats.warnings + f.stats.infos };
}

/** A kind of fixable finding in words: its name, the columns and cells it is in (or the whole file), and a cell of it. */
export function fixableKindText(k: FixableKind, lang: Lang): string {
  const scope = CODES[k.code].scope;
  const where =
    scope === 'cell'
      ? fixSay('columns_cells', lang, { columns: k.fields.length, names: k.fields.join(', '), cells: k.count })
      : fixSay(scope === 'header' ? 'header' : 'whole_file', lang);
  const d = k.example;
  const eg = d === undefined ? '' : `, ${fixSay('eg', lang)} ${positionText(d, lang)}${d.value === undefined || d.value === '' ? '' : ` '${d.value}'`}`;
  const delimiter = String(k.params.delimiter ?? '');
  const title = say(FIXABLE_TITLES[k.code], lang, { ...k.params, delimiter: DELIMITERS[delimiter]?.[lang] ?? delimiter });
  return `${title}: ${where}${eg}`;
}

/** "38 of 49 findings can be fixed by datakoll fix". */
export function fixableShareText(o: ReportOrder, lang: Lang): string {
  return fixSay('share', lang, { fixable: o.fixableCount, total: o.total });
}

/** A word of a shell command, quoted when the shell would read it otherwise. */
function shellWord(s: string): string {
  return /^[\w./@:+,=-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

/** The name fix's output is given in the command: beside the input, `-fixed` before its ending (a workbook's is CSV). */
export function fixedName(file: string, format: FileReport['format']): string {
  const ending = format === 'xlsx' ? '.csv' : format === 'jsonl' ? '.jsonl' : `.${format}`;
  if (file === '-') return `fixed${ending}`;
  const name = file.includes('://') ? (file.split(/[?#]/)[0] as string).split('/').pop() || 'data' : file;
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  const stem = dot > slash + 1 ? name.slice(0, dot) : name;
  return `${stem}-fixed${ending}`;
}

/** The one command that repairs what fix repairs in a file: `datakoll fix <file> --spec <id> -o <out>`. */
export function fixCommand(f: FileReport): string {
  const spec = f.spec === undefined ? 'auto' : f.spec.bundled ? f.spec.id : f.spec.file;
  const sheet = f.sheet === undefined ? '' : ` --sheet ${shellWord(f.sheet)}`;
  return `datakoll fix ${shellWord(f.file)} --spec ${shellWord(spec)}${sheet} -o ${shellWord(fixedName(f.file, f.format))}`;
}

/** A group's examples split by the reason they give (an e-mail group mixing a missing domain and spaces), in order. */
export function examplesByReason(g: FindingGroup): Diagnostic[][] {
  const parts = new Map<string, Diagnostic[]>();
  for (const d of g.examples) {
    const key = String(d.params.reason ?? '');
    const part = parts.get(key);
    if (part === undefined) parts.set(key, [d]);
    else part.push(d);
  }
  return [...parts.values()];
}

/**
 * Says each attribute's description once: `message(d)` is the finding's message, with the
 * description the first time the attribute is met and without it after.
 */
export class DescribedOnce {
  private readonly described = new Set<string>();

  constructor(private readonly lang: Lang) {}

  message(d: Diagnostic | undefined, g: FindingGroup): string {
    if (d === undefined) return renderMessage(g.code, this.lang, { field: g.field ?? '' });
    const field = d.field ?? '';
    const again = field !== '' && this.described.has(field);
    if (field !== '' && d.params.description !== undefined) this.described.add(field);
    return renderMessage(d.code, this.lang, { ...d.params, field, value: d.value ?? '', ...(again ? { description: '' } : {}) });
  }
}
