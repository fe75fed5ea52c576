/**
 * The one rule for fixing a value, for CSV cells and JSON values alike: a value the attribute's
 * reader accepts stays (but for a placeholder such as NULL in a text column); otherwise spaces
 * around it, or a known wrong form (decimal comma, ja/nej, day-first date, ...), are fixed when
 * the result is unambiguous and accepted; anything else is left as it was.
 */
import { compileCoercer, FAIL } from '../coerce/index.js';
import { recognize, valueKindOf } from '../forms/forms.js';
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
  const plainText = kind === 'text';
  return (raw) => {
    if (raw === '') return EMPTY;
    const v = coerce(raw);
    if (v !== FAIL) {
      // Valid as it is, but a placeholder for "empty" in a text column is still not a value.
      const p = plainText && raw !== '' ? recognize(raw, 'text') : undefined;
      return p === undefined ? { status: 'valid', value: v } : { status: 'fixed', text: p.canonical, kind: p.kind, value: undefined };
    }
    const trimmed = raw.trim();
    if (trimmed !== raw && trimmed !== '') {
      const t = coerce(trimmed);
      if (t !== FAIL) return { status: 'fixed', text: trimmed, kind: 'spaces-around', value: t };
    }
    const r = recognize(raw, kind);
    if (r === undefined) return UNFIXABLE;
    if (r.canonical === '') return { status: 'fixed', text: '', kind: r.kind, value: undefined };
    const c = coerce(r.canonical);
    return c === FAIL ? UNFIXABLE : { status: 'fixed', text: r.canonical, kind: r.kind, value: c };
  };
}
