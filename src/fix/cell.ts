/**
 * The one rule for fixing a value, for CSV cells and JSON values alike: a value the attribute's
 * reader accepts stays (but for a placeholder such as NULL in a text column); otherwise spaces
 * around it, or a known wrong form (decimal comma, ja/nej, day-first date, ...), are fixed when
 * the result is unambiguous and accepted; anything else is left as it was.
 */
import { compileCoercer, FAIL } from '../coerce/index.js';
import { valueKindOf } from '../forms/forms.js';
import { isPlainText, maybePlaceholder, understand } from '../forms/understand.js';
import type { FormKind, ValueKind } from '../forms/forms.js';
import type { Attribute } from '../registry/index.js';

/** What the rule says of one value's text. */
export type CellVerdict =
  | { readonly status: 'valid'; readonly value: unknown }
  | { readonly status: 'fixed'; readonly text: string; readonly kind: FormKind; readonly value: unknown }
  | { readonly status: 'unfixable' };

const UNFIXABLE: CellVerdict = { status: 'unfixable' };
const EMPTY: CellVerdict = { status: 'valid', value: undefined };

/** Compiles the rule for one attribute: text in, verdict out. */
export function compileCellFixer(attribute: Attribute): (raw: string) => CellVerdict {
  const coerce = compileCoercer(attribute).coerce;
  const kind: ValueKind = valueKindOf(attribute.types, attribute.items === undefined ? attribute.format : undefined);
  const plainText = isPlainText(kind, attribute.format, attribute.types);
  return (raw) => {
    if (raw === '') return EMPTY;
    const v = coerce(raw);
    if (v !== FAIL) {
      // Valid as it is, but a placeholder for "empty" in a text column is still not a value
      // (where validate reports one: the same first look and the same rule).
      const p = plainText && maybePlaceholder(raw) ? understand(raw, 'text', coerce) : undefined;
      return p === undefined ? { status: 'valid', value: v } : { status: 'fixed', text: p.canonical, kind: p.kind, value: p.value };
    }
    // The rule validate reports by: what it understands, fix writes.
    const u = understand(raw, kind, coerce);
    return u === undefined ? UNFIXABLE : { status: 'fixed', text: u.canonical, kind: u.kind, value: u.value };
  };
}
