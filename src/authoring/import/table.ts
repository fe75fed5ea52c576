/**
 * Reads a data-model table as the spec documents publish it, in Markdown or CSV:
 * `Namn | Kardinalitet | Datatyp | Beskrivning` (2023 on) or `# | Kolumnnamn | Datatyp | Exempel och förklaring`.
 */
import { DatakollError } from '../../errors.js';
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

function fail(file: string, message: string): never {
  throw new DatakollError('usage', 'import-failed', `${file}: ${message}`, { file });
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
  if (header === undefined) fail(file, 'no table found (expected a header row such as "Namn | Kardinalitet | Datatyp | Beskrivning")');
  const at: Partial<Record<Role, number>> = {};
  header.cells.forEach((h, i) => {
    for (const role of Object.keys(HEADINGS) as Role[]) if (at[role] === undefined && HEADINGS[role].test(h.trim())) at[role] = i;
  });
  if (at.name === undefined || at.datatype === undefined) fail(file, `line ${header.line}: the header row needs a name column (Namn, Kolumnnamn, name) and a datatype column (Datatyp, datatype); found: ${header.cells.join(', ')}`);
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
    if (mapped === undefined) fail(file, `line ${row.line} (${name}): unknown datatype "${word}"; known: ${KNOWN_DATATYPES.join(', ')}, or an enumeration "a | b"`);
    const description = at.description === undefined ? '' : (cells[at.description] ?? '');
    const cardText = at.cardinality === undefined ? undefined : (cells[at.cardinality] ?? '');
    const card = cardText === undefined || cardText === '' ? undefined : parseCardinality(cardText);
    if (cardText !== undefined && cardText !== '' && card === undefined) fail(file, `line ${row.line} (${name}): unreadable cardinality "${cardText}" (expected 1, 0..1, 1..* or 0..*)`);
    const required = card !== undefined ? card.required : MANDATORY.test(description);
    columns.push({ name, datatype: mapped.datatype, schema: mapped.schema, required, many: card?.many === true, description: description.replace(/^obligatoriskt\s*[-–:]\s*/i, '') });
  }
  if (columns.length === 0) fail(file, 'the table has no attribute rows');
  return { columns };
}
