/** Rules across a record's attributes (x-rules): an end not before its start, a value required with another, one of several. */
import type { Rule } from '../registry/index.js';
import type { RecordView } from './check.js';

/** A broken rule: the code, the attribute it is reported at (or the fields joined by +), and the parameters. */
export type RuleFinding =
  | { readonly code: 'end-before-start'; readonly field: string; readonly params: { readonly start: string; readonly startValue: string } }
  | { readonly code: 'required-with-missing'; readonly field: string; readonly params: { readonly with: string; readonly withValue: string } }
  | { readonly code: 'one-of-required-missing'; readonly field: string; readonly params: { readonly fields: string } };

const MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

interface Moment {
  /** Milliseconds as if the local time were UTC, then shifted by the zone when there is one. */
  readonly ms: number;
  readonly hasTime: boolean;
  readonly hasZone: boolean;
}

function zoneMinutes(z: string): number {
  if (z === 'Z' || z === 'z') return 0;
  const digits = z.slice(1).replace(':', '');
  const m = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return z[0] === '-' ? -m : m;
}

/** Reads an ISO 8601 date or date-time as written by the date and date-time formats. */
export function parseMoment(s: string): Moment | undefined {
  const m = MOMENT.exec(s);
  if (m === null) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const fraction = Number(`0.${m[7] ?? '0'}`) * 1000;
  const local = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), fraction);
  const zone = m[8];
  return { ms: zone === undefined ? local : local - zoneMinutes(zone) * 60_000, hasTime: m[4] !== undefined, hasZone: zone !== undefined };
}

const DAY = 86_400_000;

/**
 * Whether end lies before start. Two numbers compare as numbers. Two moments compare exactly
 * when both or neither have a zone and both have a time; otherwise (a date, or one zone missing)
 * only by calendar day, so a finding is never a guess about time zones.
 */
export function isBefore(end: unknown, start: unknown): boolean {
  if (typeof end === 'number' && typeof start === 'number') return end < start;
  if (typeof end !== 'string' || typeof start !== 'string') return false;
  const e = parseMoment(end);
  const s = parseMoment(start);
  if (e === undefined || s === undefined) return false;
  if (e.hasTime && s.hasTime && e.hasZone === s.hasZone) return e.ms < s.ms;
  return end.slice(0, 10) < start.slice(0, 10) && Math.floor(e.ms / DAY) < Math.floor(s.ms / DAY);
}

/** Checks a record against a spec's rules, in the spec's order. */
export function checkRules(rules: readonly Rule[], record: RecordView): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const r of rules) {
    switch (r.type) {
      case 'not-before':
        if (isBefore(record.value(r.end), record.value(r.start))) out.push({ code: 'end-before-start', field: r.end, params: { start: r.start, startValue: record.text(r.start) } });
        break;
      case 'required-with': {
        const given = r.value === undefined ? record.present(r.with) : record.value(r.with) === r.value;
        if (given && !record.present(r.field)) out.push({ code: 'required-with-missing', field: r.field, params: { with: r.with, withValue: record.text(r.with) } });
        break;
      }
      case 'one-of-required':
        if (!r.fields.some((f) => record.present(f))) out.push({ code: 'one-of-required-missing', field: r.fields.join('+'), params: { fields: r.fields.join(', ') } });
        break;
    }
  }
  return out;
}
