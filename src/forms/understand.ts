/**
 * The one rule for a value in the wrong form whose meaning is clear, used by validate (which
 * reports it with its canonical form, and checks it with its meaning) and by fix (which writes the
 * canonical form): spaces around a value its column reads, a placeholder for "empty", or a known
 * form (decimal comma, ja/nej, day-first date, ...) whose canonical text the column reads.
 */
import { FAIL } from '../coerce/index.js';
import type { Coercer } from '../coerce/index.js';
import { placeholder, recognize } from './forms.js';
import type { FormKind, ValueKind } from './forms.js';

/** A value understood: its form, its canonical text ('' for empty) and its typed value (undefined for empty). */
export interface Understood {
  readonly kind: FormKind;
  readonly canonical: string;
  readonly value: unknown;
}

/** What `raw` means in a column of this kind read by `coerce`, when its form is wrong but its meaning clear. */
export function understand(raw: string, kind: ValueKind, coerce: Coercer): Understood | undefined {
  const trimmed = raw.trim();
  if (trimmed !== raw && trimmed !== '') {
    const v = coerce(trimmed);
    if (v !== FAIL) return { kind: 'spaces-around', canonical: trimmed, value: v };
  }
  const r = recognize(raw, kind);
  if (r === undefined) return undefined;
  if (r.canonical === '') return { kind: r.kind, canonical: '', value: undefined };
  const v = coerce(r.canonical);
  return v === FAIL ? undefined : { kind: r.kind, canonical: r.canonical, value: v };
}

/**
 * Whether a column is plain text (text without a format), where a value the column reads may still
 * be a placeholder for "empty" (NULL, N/A, only spaces).
 */
export function isPlainText(kind: ValueKind | undefined, format: string | undefined, types: readonly string[]): boolean {
  return kind === 'text' && format === undefined && types.includes('string');
}

/**
 * A cheap first look for a text placeholder (NULL, N/A, #N/A, only spaces), so that ordinary text
 * cells cost one character test; understand() then says what it is.
 */
export function maybePlaceholder(raw: string): boolean {
  const c0 = raw.charCodeAt(0);
  if (c0 <= 32) return raw.trim() === '';
  return raw.length <= 4 && (c0 === 78 || c0 === 110 || c0 === 35) && placeholder(raw, 'text') !== undefined;
}
