import { describe, expect, it } from 'vitest';
import { checkRules, isBefore, parseMoment } from '../../src/checks/rules.js';
import type { RecordView } from '../../src/checks/check.js';
import type { Rule } from '../../src/registry/index.js';

/** A record view over a plain object: empty strings and null count as absent. */
function view(record: Record<string, unknown>): RecordView {
  const present = (n: string): boolean => record[n] !== undefined && record[n] !== null && record[n] !== '';
  return { record, value: (n) => record[n], asRead: (n) => record[n], present, text: (n) => (present(n) ? String(record[n]) : '') };
}

describe('isBefore', () => {
  it('compares date-times exactly when both have a zone, or both have none', () => {
    expect(isBefore('2024-06-15T17:00:00+02:00', '2024-06-15T18:00:00+02:00')).toBe(true);
    expect(isBefore('2024-06-15T18:00:00+02:00', '2024-06-15T18:00:00+02:00')).toBe(false);
    // 17:00 in London is 18:00 in Stockholm: not before.
    expect(isBefore('2024-06-15T17:00:00+01:00', '2024-06-15T18:00:00+02:00')).toBe(false);
    expect(isBefore('2024-06-15T16:59:59Z', '2024-06-15T18:00:00+0100')).toBe(true);
    expect(isBefore('2024-06-15T08:00', '2024-06-15T09:30')).toBe(true);
    expect(isBefore('2024-06-15T10:00:00.5', '2024-06-15T10:00:00.25')).toBe(false);
  });
  it('compares by calendar day when one side is a date or lacks a zone', () => {
    expect(isBefore('2024-06-14', '2024-06-15')).toBe(true);
    expect(isBefore('2024-06-15', '2024-06-15T18:00:00+02:00')).toBe(false);
    expect(isBefore('2024-06-15T01:00', '2024-06-15T18:00:00+02:00')).toBe(false);
    expect(isBefore('2024-06-14T23:00', '2024-06-15T18:00:00+02:00')).toBe(true);
  });
  it('compares numbers, and leaves values it cannot read alone', () => {
    expect(isBefore(3, 5)).toBe(true);
    expect(isBefore(5, 5)).toBe(false);
    expect(isBefore('15/06/2024', '2024-06-16')).toBe(false);
    expect(isBefore(undefined, '2024-06-16')).toBe(false);
    expect(isBefore('2024-06-16', 5)).toBe(false);
  });
  it('reads zones with and without a colon', () => {
    expect(parseMoment('2024-01-01T00:00+0100')?.ms).toBe(Date.UTC(2023, 11, 31, 23, 0));
    expect(parseMoment('2024-01-01T00:00-01:30')?.ms).toBe(Date.UTC(2024, 0, 1, 1, 30));
    expect(parseMoment('2024-01-01')).toMatchObject({ hasTime: false, hasZone: false });
  });
});

describe('checkRules', () => {
  const rules: Rule[] = [
    { type: 'not-before', start: 'start', end: 'end' },
    { type: 'required-with', field: 'fee_description', with: 'fee', value: true },
    { type: 'required-with', field: 'unit', with: 'amount' },
    { type: 'one-of-required', fields: ['email', 'phone', 'url'] },
  ];
  it('passes a record that keeps every rule', () => {
    expect(checkRules(rules, view({ start: '2024-01-01', end: '2024-01-02', fee: false, amount: 3, unit: 'kg', phone: '031-365 00 00' }))).toEqual([]);
  });
  it('reports each broken rule at the attribute to fix', () => {
    expect(checkRules(rules, view({ start: '2024-01-02', end: '2024-01-01', fee: true, amount: 0 }))).toEqual([
      { code: 'end-before-start', field: 'end', params: { start: 'start', startValue: '2024-01-02' } },
      { code: 'required-with-missing', field: 'fee_description', params: { with: 'fee', withValue: 'true' } },
      { code: 'required-with-missing', field: 'unit', params: { with: 'amount', withValue: '0' } },
      { code: 'one-of-required-missing', field: 'email+phone+url', params: { fields: 'email, phone, url' } },
    ]);
  });
  it('a value that is present but unreadable counts as given', () => {
    const record: RecordView = { record: {}, value: () => undefined, asRead: () => undefined, present: (n) => n === 'email' || n === 'fee', text: () => 'x' };
    expect(checkRules(rules, record)).toEqual([]);
  });
});
