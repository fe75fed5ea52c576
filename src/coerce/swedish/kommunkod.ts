/** SCB's municipality codes (kommunkod, four digits) and county codes (länskod, two digits). */
import { isKommunkod, isLanskod } from '../../data/kommuner.js';

/** What is wrong with a municipality or county code, and a value to write instead. */
export interface CodeProblem {
  readonly reason: 'form' | 'lost-zero' | 'unknown';
  /** The code with its lost leading zero restored, or a sample code. */
  readonly example: string;
}

/** A municipality code in the classification: 1480 (Göteborg). */
export const SAMPLE_KOMMUNKOD = '1480';
/** A county code in the classification: 14 (Västra Götalands län). */
export const SAMPLE_LANSKOD = '14';

interface CodeKind {
  /** A code's digits, and one digit fewer. */
  readonly full: RegExp;
  readonly short: RegExp;
  readonly known: (code: string) => boolean;
  readonly sample: string;
}

const MUNICIPALITY: CodeKind = { full: /^\d{4}$/, short: /^\d{3}$/, known: isKommunkod, sample: SAMPLE_KOMMUNKOD };
const COUNTY: CodeKind = { full: /^\d{2}$/, short: /^\d$/, known: isLanskod, sample: SAMPLE_LANSKOD };

/**
 * Checks a code against its list. A code one digit short that is known with a 0 in front lost
 * its leading zero, as spreadsheet programs do to 0180 (Stockholm).
 */
function checkCode(s: string, kind: CodeKind): CodeProblem | undefined {
  if (kind.full.test(s)) return kind.known(s) ? undefined : { reason: 'unknown', example: kind.sample };
  if (kind.short.test(s) && kind.known(`0${s}`)) return { reason: 'lost-zero', example: `0${s}` };
  return { reason: 'form', example: kind.sample };
}

/** Checks a municipality code (kommunkod) against SCB's list; undefined when it is one. */
export function kommunkodProblem(s: string): CodeProblem | undefined {
  return checkCode(s, MUNICIPALITY);
}

/** Checks a county code (länskod) against SCB's list; undefined when it is one. */
export function lanskodProblem(s: string): CodeProblem | undefined {
  return checkCode(s, COUNTY);
}
