/** The Swedish organisation number (organisationsnummer): ten digits, the last a Luhn check digit. */

/** What is wrong with an organisation number. */
export type OrganisationsnummerReason = 'characters' | 'length' | 'check-digit';

/** What is wrong with an organisation number that may be a sole trader's masked personal identity number. */
export type MaskedOrganisationsnummerReason = OrganisationsnummerReason | 'masked';

/**
 * The Luhn (mod 10) check digit of a string of digits, weighting them 2, 1, 2, … from the left,
 * as the Swedish Tax Agency's and Bolagsverket's numbers do (Skatteverket, SKV 707;
 * https://en.wikipedia.org/wiki/Luhn_algorithm).
 */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks an organisation number written as ten digits, with or without a hyphen after the sixth
 * (212000-1355, 2120001355); undefined when it is valid. A sole trader's number is a personal
 * identity number, which passes the same check, so the third digit is not required to be 2 or more.
 */
export function organisationsnummerReason(s: string): OrganisationsnummerReason | undefined {
  if (!/^[0-9-]+$/.test(s)) return 'characters';
  const digits = s.replace(/-/g, '');
  if (digits.length !== 10) return 'length';
  if (s.length === 11 && s[6] !== '-') return 'characters';
  if (s.length > 11) return 'characters';
  return luhnCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48 ? undefined : 'check-digit';
}

/** The ten digits of a valid organisation number (no hyphen), or undefined. */
export function organisationsnummerDigits(s: string): string | undefined {
  return organisationsnummerReason(s) === undefined ? s.replace('-', '') : undefined;
}

/**
 * An organisation number, or a sole trader's personal identity number with its last four digits
 * masked, as the livsmedelskontroller specification 2.0 allows (921115XXXX: six digits, then XXXX).
 */
export function maskedOrganisationsnummerReason(s: string): MaskedOrganisationsnummerReason | undefined {
  if (/^[0-9]{6}XXXX$/.test(s)) return undefined;
  if (/[Xx]/.test(s)) return 'masked';
  return organisationsnummerReason(s);
}
