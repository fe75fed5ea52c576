/**
 * Reads a data-model table as the spec documents publish it, in Markdown, CSV or a workbook's sheet:
 * `Namn | Kardinalitet | Datatyp | Beskrivning` (2023 on), `# | Kolumnnamn | Datatyp | Exempel och
 * förklaring`, or `ÄNDPUNKT | ATTRIBUT | TYP | FÖRKLARING | EXEMPEL | KRAVNIVÅ` (an object named in
 * the first column, its members in the rows under it, nested further by `address > postalCode`).
 */
import { fail } from './fail.js';
import type { ImportedTable } from './model.js';
import { TableReader } from './table-rows.js';
import type { Role, TableRow } from './table-rows.js';

export type { TableRow } from './table-rows.js';

const HEADINGS: Record<Role, RegExp> = {
  group: /^(ändpunkt|end-?point|objekt|object|grupp|group)$/i,
  name: /^(namn|name|kolumnnamn|kolumn|attribut|attribute|fält|field|column)$/i,
  datatype: /^(datatyp|datatype|typ|type)$/i,
  cardinality: /^(kardinalitet|cardinality|antal)$/i,
  requirement: /^(kravnivå|kravniva|krav|requirement level|requirement|obligatorisk|required|mandatory)$/i,
  description: /^(beskrivning|description|förklaring|explanation|exempel och förklaring|exempel|kommentar)$/i,
  example: /^(exempel|example|exempelvärde)$/i,
};

/** Splits a Markdown table row on unescaped pipes. */
function markdownCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').replace(/\*\*/g, '').trim());
}

/** The rows of the first Markdown table in a text, with their line numbers. */
export function markdownRows(text: string): TableRow[] {
  const rows: TableRow[] = [];
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

/** Where each role's column is in a header row (the first heading of a role counts); undefined when it has no name and datatype column. */
export function headerRoles(cells: readonly string[]): Partial<Record<Role, number>> | undefined {
  const at: Partial<Record<Role, number>> = {};
  cells.forEach((h, i) => {
    for (const role of Object.keys(HEADINGS) as Role[]) if (at[role] === undefined && HEADINGS[role].test(h.trim())) at[role] = i;
  });
  return at.name === undefined || at.datatype === undefined ? undefined : at;
}

/** Reads the model table from rows of cells (a header row first). */
export function importTableRows(rows: readonly TableRow[], file: string): ImportedTable {
  const header = rows[0];
  if (header === undefined) fail(file, 'import-no-table');
  const at = headerRoles(header.cells);
  if (at === undefined) fail(file, 'import-header', { line: header.line, found: header.cells.join(', ') });
  const reader = new TableReader(at, header.cells.length, file);
  for (const row of rows.slice(1)) reader.row(row);
  return reader.table();
}
