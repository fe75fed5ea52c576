/** Reads the --publisher value: a municipality code, an organisation number, or one of each. */
import { kommunkodProblem, organisationsnummerReason } from '../coerce/index.js';
import type { Publisher } from '../checks/index.js';
import type { Localized } from '../report/index.js';
import { PUBLISHER_PROBLEMS, say } from '../report/index.js';

/** Why a --publisher value was refused, in both languages (the catalogue's PUBLISHER_PROBLEMS), for the usage error. */
export interface PublisherProblem {
  readonly value: string;
  readonly problem: Localized;
}

function problem(value: string, why: keyof typeof PUBLISHER_PROBLEMS, params: Record<string, string> = {}): PublisherProblem {
  const t = PUBLISHER_PROBLEMS[why];
  return { value, problem: { sv: say(t, 'sv', params), en: say(t, 'en', params) } };
}

/** Reads one or more ids (also comma-separated) into a Publisher, or says which one is wrong and why. */
export function parsePublisher(values: string | readonly string[]): Publisher | PublisherProblem {
  const ids = (typeof values === 'string' ? [values] : values).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (ids.length === 0) return problem('', 'none');
  let kommunkod: string | undefined;
  let organisationsnummer: string | undefined;
  for (const id of ids) {
    if (/^\d{1,4}$/.test(id)) {
      const p = kommunkodProblem(id);
      if (p !== undefined) return p.reason === 'lost-zero' ? problem(id, 'lost-zero', { example: p.example ?? '' }) : problem(id, p.reason === 'unknown' ? 'unknown' : 'kommunkod-form');
      if (kommunkod !== undefined && kommunkod !== id) return problem(id, 'second-kommunkod', { after: kommunkod });
      kommunkod = id;
    } else {
      const reason = organisationsnummerReason(id);
      if (reason !== undefined) return problem(id, reason);
      const digits = id.replace('-', '');
      if (organisationsnummer !== undefined && organisationsnummer !== digits) return problem(id, 'second-organisationsnummer', { after: organisationsnummer });
      organisationsnummer = digits;
    }
  }
  return { ...(kommunkod !== undefined ? { kommunkod } : {}), ...(organisationsnummer !== undefined ? { organisationsnummer } : {}) };
}

export function isPublisherProblem(p: Publisher | PublisherProblem): p is PublisherProblem {
  return 'problem' in p;
}
