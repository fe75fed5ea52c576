/** Reads the --publisher value: a municipality code, an organisation number, or one of each. */
import { kommunkodProblem, organisationsnummerReason } from '../coerce/index.js';
import type { Publisher } from '../checks/index.js';

/** Why a --publisher value was refused, in English for the usage error. */
export interface PublisherProblem {
  readonly value: string;
  readonly problem: string;
}

const ORGNR_PROBLEMS = {
  characters: 'an organisation number holds only digits, with a hyphen after the first six',
  length: 'an organisation number has ten digits, and a municipality code four',
  'check-digit': 'its check digit (the last digit) does not match the first nine',
} as const;

/** Reads one or more ids (also comma-separated) into a Publisher, or says which one is wrong and why. */
export function parsePublisher(values: string | readonly string[]): Publisher | PublisherProblem {
  const ids = (typeof values === 'string' ? [values] : values).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (ids.length === 0) return { value: '', problem: 'no municipality code or organisation number was given' };
  let kommunkod: string | undefined;
  let organisationsnummer: string | undefined;
  for (const id of ids) {
    if (/^\d{1,4}$/.test(id)) {
      const p = kommunkodProblem(id);
      if (p !== undefined) return { value: id, problem: p.reason === 'lost-zero' ? `the leading zero is missing (${p.example})` : p.reason === 'unknown' ? 'no municipality has this code in SCB\'s classification' : 'a municipality code has four digits' };
      if (kommunkod !== undefined && kommunkod !== id) return { value: id, problem: `a second municipality code (after ${kommunkod}); a file has one publisher` };
      kommunkod = id;
    } else {
      const reason = organisationsnummerReason(id);
      if (reason !== undefined) return { value: id, problem: ORGNR_PROBLEMS[reason] };
      const digits = id.replace('-', '');
      if (organisationsnummer !== undefined && organisationsnummer !== digits) return { value: id, problem: `a second organisation number (after ${organisationsnummer}); a file has one publisher` };
      organisationsnummer = digits;
    }
  }
  return { ...(kommunkod !== undefined ? { kommunkod } : {}), ...(organisationsnummer !== undefined ? { organisationsnummer } : {}) };
}

export function isPublisherProblem(p: Publisher | PublisherProblem): p is PublisherProblem {
  return 'problem' in p;
}
