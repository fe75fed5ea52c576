/** A cell as the XML holds it (its type, style, value, inline text, formula) to a typed WorkbookCell. */
import { WorkbookError } from './types.js';
import type { WorkbookCell } from './types.js';
import { serialDate } from './dates.js';
import { unescapeXstring } from './strings.js';
import type { StyleFormats } from './styles.js';

/** What a sheet's cells are read with: the shared strings, the styles' date kinds, the date system. */
export interface CellContext {
  readonly strings: readonly string[];
  readonly formats: StyleFormats;
  readonly date1904: boolean;
}

/** One `<c>` as read. `value` is the text of `<v>` (undefined when there is none), `inline` that of `<is>`. */
export interface RawCell {
  col: number;
  type: string | undefined;
  style: number;
  value: string | undefined;
  inline: string | undefined;
  formula: boolean;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** An ISO date (kind date), date and time (datetime) or time (time), as `t="d"` cells hold them. */
function isoKind(text: string): WorkbookCell['kind'] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'date';
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return 'datetime';
  if (/^\d{2}:\d{2}/.test(text)) return 'time';
  return 'text';
}

function numberCell(col: number, v: string, style: number, ctx: CellContext): WorkbookCell {
  if (!NUMBER.test(v)) return { col, kind: 'text', text: v };
  const format = ctx.formats[style];
  const date = format === undefined ? undefined : serialDate(Number(v), format, ctx.date1904);
  return date === undefined ? { col, kind: 'number', text: v } : { col, kind: date.kind, text: date.text };
}

function sharedString(v: string, ctx: CellContext): string {
  const index = Number(v);
  const text = Number.isInteger(index) ? ctx.strings[index] : undefined;
  if (text === undefined) throw new WorkbookError('corrupt', `shared string ${v} of ${ctx.strings.length}`);
  return text;
}

/**
 * The typed cell, or undefined for a cell with no value: only a style, or an empty value (a text
 * of length 0, a formula whose saved result is the empty text: both show as an empty cell). A
 * formula with no saved result at all is `empty-formula`.
 */
export function toCell(raw: RawCell, ctx: CellContext): WorkbookCell | undefined {
  const { col, type, value } = raw;
  if (type === 'inlineStr') {
    const text = raw.inline ?? value;
    if (text === undefined) return raw.formula ? { col, kind: 'empty-formula', text: '' } : undefined;
    return text === '' ? undefined : { col, kind: 'text', text };
  }
  if (value === undefined) return raw.formula ? { col, kind: 'empty-formula', text: '' } : undefined;
  if (value === '') return undefined;
  switch (type) {
    case undefined:
    case 'n':
      return numberCell(col, value, raw.style, ctx);
    case 's': {
      const text = sharedString(value, ctx);
      return text === '' ? undefined : { col, kind: 'text', text };
    }
    case 'b':
      if (value === '1' || value === 'true') return { col, kind: 'boolean', text: 'true' };
      if (value === '0' || value === 'false') return { col, kind: 'boolean', text: 'false' };
      return { col, kind: 'text', text: value };
    case 'e':
      return { col, kind: 'error', text: value };
    case 'str':
      return { col, kind: 'text', text: unescapeXstring(value) };
    case 'd':
      return { col, kind: isoKind(value), text: value };
    default:
      return { col, kind: 'text', text: value };
  }
}
