/**
 * Reads a data-model table as the spec documents publish it, in Markdown or CSV:
 * `Namn | Kardinalitet | Datatyp | Beskrivning` (2023 on) or `# | Kolumnnamn | Datatyp | Exempel och förklaring`.
 */
import { DatakollError } from '../../errors.js';
import { SPEC_PROBLEMS, sayBoth } from '../../report/index.js';
import { KNOWN_DATATYPES, mapDatatype, parseCardinality } from './datatypes.js';
import type { ImportedColumn, ImportedTable } from './model.js';

type Role = 'name' | 'datatype' | 'cardinality' | 'description';

const HEADINGS: Record<Role, RegExp> = {
  name: /^(namn|name|kolumnnamn|kolumn|attribut|attribute|fält|field|column)$/i,
  datatype: /^(datatyp|datatype|typ|type)$/i,
  cardinality: /^(kardinalitet|cardinality|antal)$/i,
  description: /^(beskrivning|description|exempel och förklaring|förklaring|exempel|kommentar)$/i,
};

const MANDATORY = /obligatorisk/i;

function fail(file: string, problem: keyof typeof SPEC_PROBLEMS, params: Readonly<Record<string, string | number>> = {}): never {
  throw new DatakollError('usage', 'import-failed', { file, problem: sayBoth(SPEC_PROBLEMS[problem], params) });
}

/** Splits a Markdown table row on unescaped pipes. */
function markdownCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').replace(/\*\*/g, '').trim());
}

/** The rows of the first Markdown table in a text, with their line numbers. */
export function markdownRows(text: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim().startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    // (trimStart first: /^\s*\|?\s*/ is quadratic on a line of spaces.)
    if (/^\|?\s*:?-{2,}/.test(line.trimStart())) continue;
    rows.push({ cells: markdownCells(line), line: i + 1 });
  }
  return rows;
}

/** Reads the model table from rows of cells (a header row first). */
export function importTableRows(rows: readonly { cells: string[]; line: number }[], file: string): ImportedTable {
  const header = rows[0];
  if (header === undefined) fail(file, 'import-no-table');
  const at: Partial<Record<Role, number>> = {};
  header.cells.forEach((h, i) => {
    for (const role of Object.keys(HEADINGS) as Role[]) if (at[role] === undefined && HEADINGS[role].test(h.trim())) at[role] = i;
  });
  if (at.name === undefined || at.datatype === undefined) fail(file, 'import-header', { line: header.line, found: header.cells.join(', ') });
  const width = header.cells.length;
  const columns: ImportedColumn[] = [];
  for (const row of rows.slice(1)) {
    let cells = row.cells;
    // An enumeration written with bare pipes in the datatype column splits the row: join it back.
    if (cells.length > width) {
      const extra = cells.length - width;
      const d = at.datatype;
      cells = [...cells.slice(0, d), cells.slice(d, d + extra + 1).join(' | '), ...cells.slice(d + extra + 1)];
    }
    const name = (cells[at.name] ?? '').replace(/`/g, '').trim();
    if (name === '') continue;
    const word = cells[at.datatype] ?? '';
    const mapped = mapDatatype(word);
    if (mapped === undefined) fail(file, 'import-table-datatype', { line: row.line, name, datatype: word, known: KNOWN_DATATYPES.join(', ') });
    const description = at.description === undefined ? '' : (cells[at.description] ?? '');
    const cardText = at.cardinality === undefined ? undefined : (cells[at.cardinality] ?? '');
    const card = cardText === undefined || cardText === '' ? undefined : parseCardinality(cardText);
    if (cardText !== undefined && cardText !== '' && card === undefined) fail(file, 'import-cardinality', { line: row.line, name, given: cardText });
    const required = card !== undefined ? card.required : MANDATORY.test(description);
    columns.push({ name, datatype: mapped.datatype, schema: mapped.schema, required, many: card?.many === true, description: description.replace(/^obligatoriskt\s*[-–:]\s*/i, '') });
  }
  if (columns.length === 0) fail(file, 'import-no-rows');
  return { columns };
}
