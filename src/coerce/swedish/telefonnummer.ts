/**
 * Swedish phone numbers in the national form (031-365 00 00, 070-123 45 67) or the international
 * one (+46 31 365 00 00): the national significant number, after the 0 or +46, has 7 to 9 digits
 * (the Swedish numbering plan of the Post and Telecom Authority, PTS).
 */

export interface TelefonnummerProblem {
  readonly reason: 'characters' | 'prefix' | 'international' | 'zero-after-country-code' | 'foreign' | 'length';
  /** The number rewritten when the fix is clear, or a sample. */
  readonly example: string;
}

/** A number in the national form. */
export const SAMPLE_TELEFONNUMMER = '031-365 00 00';

const ALLOWED = /^\+?[0-9 ()-]+$/;

/** The significant number's length and first digit are right. */
function significant(nsn: string): boolean {
  return nsn.length >= 7 && nsn.length <= 9 && nsn[0] !== '0';
}

/** Checks a Swedish phone number; undefined when it is one. */
export function telefonnummerProblem(s: string): TelefonnummerProblem | undefined {
  if (!ALLOWED.test(s) || s.indexOf('+', 1) >= 0) return { reason: 'characters', example: SAMPLE_TELEFONNUMMER };
  const compact = s.replace(/[ ()-]/g, '');
  let nsn: string;
  if (compact.startsWith('+46')) {
    nsn = compact.slice(3);
    // +46 (0)31 …: the 0 is dialled only inside Sweden.
    if (nsn.startsWith('0')) return { reason: 'zero-after-country-code', example: `+46${nsn.slice(1)}` };
  } else if (compact.startsWith('0046')) {
    const rest = compact.slice(4);
    return { reason: 'international', example: `+46${rest.startsWith('0') ? rest.slice(1) : rest}` };
  } else if (compact.startsWith('+') || compact.startsWith('00')) {
    return { reason: 'foreign', example: SAMPLE_TELEFONNUMMER };
  } else if (compact.startsWith('0')) {
    nsn = compact.slice(1);
  } else {
    // 46313650000 lost its +; 313650000 lost its 0.
    const example = compact.startsWith('46') && significant(compact.slice(2)) ? `+${compact}` : significant(compact) ? `0${compact}` : SAMPLE_TELEFONNUMMER;
    return { reason: 'prefix', example };
  }
  return significant(nsn) ? undefined : { reason: 'length', example: SAMPLE_TELEFONNUMMER };
}
