/** The formats datakoll checks itself, by JSON Schema format name: each says what is wrong, as a code and parameters. */
import type { Code, ParamValue } from '../report/index.js';
import { dateOrDateTimeReason, isDate, isDateTime, isTime, isUri } from './formats.js';
import { emailReason, urlProblem } from './web.js';
import { nutskodProblem, wikidataProblem } from './ids.js';
import { maskedOrganisationsnummerReason, organisationsnummerReason } from './swedish/organisationsnummer.js';
import { kommunkodProblem, lanskodProblem } from './swedish/kommunkod.js';
import { postnummerProblem } from './swedish/postnummer.js';
import { telefonnummerProblem } from './swedish/telefonnummer.js';

/** What is wrong with a value: the diagnostic code and its message parameters. */
export interface FormatProblem {
  readonly code: Code;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** Checks a text; undefined when it has the format. */
export type FormatCheck = (s: string) => FormatProblem | undefined;

const plain =
  (code: Code, ok: (s: string) => boolean): FormatCheck =>
  (s) =>
    ok(s) ? undefined : { code, params: {} };

/** A check whose problem is a reason token, or a reason with an example of what to write. */
const explained =
  (code: Code, problem: (s: string) => string | { readonly reason: string; readonly example: string } | undefined): FormatCheck =>
  (s) => {
    const p = problem(s);
    if (p === undefined) return undefined;
    const params: Record<string, string> = typeof p === 'string' ? { reason: p } : { reason: p.reason, example: p.example };
    return { code, params };
  };

/**
 * A date written with the day and the month as numbers of 12 or less, in an order that cannot be
 * told (03/04/2024: 3 April or March 4): both readings, never one picked.
 */
function ambiguousDate(s: string): FormatProblem | undefined {
  const m = /^([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})$/.exec(s.trim());
  if (m === null) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[3]), m[4] as string];
  if (a < 1 || b < 1 || a > 12 || b > 12 || a === b) return undefined;
  const iso = (month: number, day: number): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { code: 'date-ambiguous', params: { dayFirst: iso(b, a), monthFirst: iso(a, b) } };
}

/**
 * The source column of the 2021-22 specs: the publisher's municipality code (up to four digits
 * are read as one) or its organisation number.
 */
const kommunkodOrOrganisationsnummer: FormatCheck = (s) => {
  if (/^[0-9]{1,4}$/.test(s)) return explained('invalid-kommunkod', kommunkodProblem)(s);
  const reason = organisationsnummerReason(s);
  return reason === undefined ? undefined : { code: 'invalid-organisationsnummer', params: { reason: reason === 'length' ? 'neither' : reason, either: 'kommunkod', example: '1480' } };
};

/** Every format datakoll reads itself; the schema layer registers them with Ajv, so CSV and JSON agree. */
export const FORMAT_CHECKS = {
  date: (s) => (isDate(s) ? undefined : ambiguousDate(s) ?? { code: 'invalid-date', params: {} }),
  'date-time': plain('invalid-date-time', isDateTime),
  'date-or-date-time': explained('invalid-date-or-date-time', dateOrDateTimeReason),
  time: plain('invalid-time', isTime),
  uri: plain('invalid-uri', isUri),
  email: explained('invalid-email', emailReason),
  url: explained('invalid-url', urlProblem),
  organisationsnummer: explained('invalid-organisationsnummer', organisationsnummerReason),
  'organisationsnummer-maskerat': explained('invalid-organisationsnummer', maskedOrganisationsnummerReason),
  kommunkod: explained('invalid-kommunkod', kommunkodProblem),
  lanskod: explained('invalid-lanskod', lanskodProblem),
  'kommunkod-eller-organisationsnummer': kommunkodOrOrganisationsnummer,
  postnummer: explained('invalid-postnummer', (s) => postnummerProblem(s, 'any')),
  'postnummer-nnn-nn': explained('invalid-postnummer', (s) => postnummerProblem(s, 'spaced')),
  'postnummer-nnnnn': explained('invalid-postnummer', (s) => postnummerProblem(s, 'compact')),
  telefonnummer: explained('invalid-telefonnummer', telefonnummerProblem),
  wikidata: explained('invalid-wikidata', wikidataProblem),
  nutskod: explained('invalid-nutskod', nutskodProblem),
} as const satisfies Record<string, FormatCheck>;

export type OwnFormat = keyof typeof FORMAT_CHECKS;

export function isOwnFormat(f: unknown): f is OwnFormat {
  return typeof f === 'string' && Object.hasOwn(FORMAT_CHECKS, f);
}

/** The own formats as yes/no tests, as Ajv wants them. */
export const OWN_FORMATS = Object.fromEntries(Object.entries(FORMAT_CHECKS).map(([name, check]) => [name, (s: string) => check(s) === undefined])) as Readonly<
  Record<OwnFormat, (s: string) => boolean>
>;

/**
 * What an Ajv format error on a value means: an own format's precise code and parameters, or
 * invalid-format naming a format of ajv-formats (ipv4, uuid, …).
 */
export function formatProblem(format: string, value: unknown): FormatProblem {
  if (!isOwnFormat(format)) return { code: 'invalid-format', params: { format } };
  const check: FormatCheck = FORMAT_CHECKS[format];
  return check(String(value)) ?? { code: 'invalid-format', params: { format } };
}
