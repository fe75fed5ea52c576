/** Compares a record's publisher attribute (source) with the publisher named by --publisher. */

/** The organisation publishing a file: its municipality code, its organisation number (ten digits), or both. */
export interface Publisher {
  readonly kommunkod?: string;
  readonly organisationsnummer?: string;
}

/**
 * The publisher id a value should have been, when it is not the publisher's; undefined when it is,
 * or when it cannot be told: a value that is not a code of a kind the publisher was given as
 * (a municipality code when only the organisation number is known) is left alone.
 */
export function publisherMismatch(value: unknown, publisher: Publisher): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const digits = String(value).replace(/[-\s]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const expected = digits.length === 4 ? publisher.kommunkod : digits.length === 10 ? publisher.organisationsnummer : undefined;
  return expected === undefined || digits === expected ? undefined : expected;
}
