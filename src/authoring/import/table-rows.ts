/**
 * The rows of a specification table under its header: each a column (an attribute) or an object
 * that the rows under it, or the names with `>` in them, are the members of.
 */
import { KNOWN_DATATYPES, mapDatatype, parseCardinality } from './datatypes.js';
import type { TypeMapping } from './datatypes.js';
import { exampleValue } from './example.js';
import type { ImportedColumn, ImportedObject, ImportedTable } from './model.js';
import { conditionNamesObject, parseRequirement } from './requirement.js';
import { fail } from './fail.js';

export type Role = 'group' | 'name' | 'datatype' | 'cardinality' | 'requirement' | 'description' | 'example';

export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
}

const MANDATORY = /obligatorisk/i;

function clean(text: string): string {
  return text.replace(/`/g, '').trim();
}

/** A required text may not be empty, unless a format, pattern or list of values says more already. */
function notEmpty(schema: Record<string, unknown>, required: boolean): Record<string, unknown> {
  const said = schema.format !== undefined || schema.pattern !== undefined || schema.enum !== undefined || schema.minLength !== undefined;
  return required && schema.type === 'string' && !said ? { ...schema, minLength: 1 } : schema;
}

export class TableReader {
  private readonly columns: ImportedColumn[] = [];
  private readonly objects: ImportedObject[] = [];
  /** The object named in the group column that the rows below belong to. */
  private group: string[] = [];
  private readonly taken = new Map<string, 'object' | 'column'>();

  constructor(
    private readonly at: Partial<Record<Role, number>>,
    private readonly width: number,
    private readonly file: string,
  ) {}

  row(row: TableRow): void {
    const cells = this.joined(row.cells);
    const cell = (role: Role): string => (this.at[role] === undefined ? '' : (cells[this.at[role]] ?? ''));
    const groupName = clean(cell('group'));
    const name = clean(cell('name'));
    if (groupName !== '') this.group = [groupName];
    const shown = name === '' ? groupName : name;
    if (shown === '') return;
    const path = name === '' ? [groupName] : [...this.group, ...name.split('>').map((p) => p.trim()).filter((p) => p !== '')];
    const word = cell('datatype');
    const mapped = word.trim() === '' && name === '' ? undefined : mapDatatype(word);
    if (mapped === undefined && name !== '') fail(this.file, 'import-table-datatype', { line: row.line, name: shown, datatype: word, known: KNOWN_DATATYPES.join(', ') });
    if (mapped === undefined || mapped.shape === 'object') this.object(path, row, cell);
    else this.column(path, mapped, row, cell);
  }

  table(): ImportedTable {
    if (this.columns.length === 0) fail(this.file, 'import-no-rows');
    return this.objects.length === 0 ? { columns: this.columns } : { columns: this.columns, objects: this.objects };
  }

  /** An enumeration written with bare pipes in the datatype column splits a Markdown row: joined back. */
  private joined(cells: readonly string[]): readonly string[] {
    const d = this.at.datatype;
    if (cells.length <= this.width || d === undefined) return cells;
    const extra = cells.length - this.width;
    return [...cells.slice(0, d), cells.slice(d, d + extra + 1).join(' | '), ...cells.slice(d + extra + 1)];
  }

  /** Whether the row's attribute is required in its object, and whether it is a list (by its cardinality). */
  private requirement(path: readonly string[], row: TableRow, cell: (role: Role) => string): { required: boolean | undefined; many: boolean } {
    const name = path.join('.');
    const level = cell('requirement').trim();
    if (level !== '') {
      const r = parseRequirement(level);
      if (r === undefined) fail(this.file, 'import-requirement', { line: row.line, name, given: level });
      const required = r.kind === 'conditional' ? conditionNamesObject(r.condition, path[path.length - 2]) : r.kind === 'required';
      return { required, many: false };
    }
    const cardText = cell('cardinality').trim();
    if (cardText === '') return { required: MANDATORY.test(cell('description')) ? true : undefined, many: false };
    const card = parseCardinality(cardText);
    if (card === undefined) fail(this.file, 'import-cardinality', { line: row.line, name, given: cardText });
    return card;
  }

  private claim(path: readonly string[], kind: 'object' | 'column', row: TableRow): void {
    for (let i = 1; i <= path.length; i++) {
      const key = path.slice(0, i).join('.');
      const had = this.taken.get(key);
      if (had === 'column' || (i === path.length && had !== undefined && (kind === 'column' || had !== kind))) fail(this.file, 'import-name-twice', { line: row.line, name: key });
    }
    this.taken.set(path.join('.'), kind);
  }

  private object(path: readonly string[], row: TableRow, cell: (role: Role) => string): void {
    this.claim(path, 'object', row);
    const { required } = this.requirement(path, row, cell);
    this.objects.push({ path, ...(required !== undefined ? { required } : {}), description: cell('description'), before: this.columns.length });
  }

  private column(path: readonly string[], mapped: TypeMapping, row: TableRow, cell: (role: Role) => string): void {
    this.claim(path, 'column', row);
    const { required: said, many } = this.requirement(path, row, cell);
    const required = said === true;
    const schema = notEmpty(mapped.schema, required && !many);
    const example = exampleValue(cell('example'), many ? { type: 'array', items: schema } : schema);
    const description = cell('description').replace(/^obligatoriskt\s*[-–:]\s*/i, '');
    this.columns.push({
      name: path.join('.'),
      ...(path.length > 1 ? { path } : {}),
      datatype: mapped.datatype,
      schema,
      required,
      many,
      description,
      ...(example !== undefined ? { example } : {}),
      ...(mapped.shape === 'array' ? { csvArray: 'json' as const } : {}),
    });
  }
}
