/** Swedish postal codes (postnummer): five digits, the first not 0, written 412 63 or 41263. */

/** How a spec writes postal codes: either way, with the space (412 63), or without it (41263). */
export type PostnummerForm = 'any' | 'spaced' | 'compact';

export interface PostnummerProblem {
  readonly reason: 'form' | 'leading-zero' | 'space-expected' | 'space-unexpected';
  /** The value rewritten in the spec's form when its digits allow, or a sample. */
  readonly example: string;
}

const SHAPE = /^([0-9]{3}) ?([0-9]{2})$/;

function written(digits: string, form: PostnummerForm): string {
  return form === 'compact' ? digits : `${digits.slice(0, 3)} ${digits.slice(3)}`;
}

/** Checks a postal code in the form a spec uses; undefined when it is fine. */
export function postnummerProblem(s: string, form: PostnummerForm): PostnummerProblem | undefined {
  const sample = written('41263', form);
  const m = SHAPE.exec(s);
  if (m === null) {
    // 412-63, S-412 63, 412  63: five digits in another form can be rewritten.
    const digits = s.replace(/^SE?-/i, '').replace(/\D/g, '');
    const rewritten = digits.length === 5 && digits[0] !== '0' ? written(digits, form) : sample;
    return { reason: 'form', example: rewritten };
  }
  if (s[0] === '0') return { reason: 'leading-zero', example: sample };
  const digits = `${m[1] as string}${m[2] as string}`;
  const spaced = s.length === 6;
  if (form === 'spaced' && !spaced) return { reason: 'space-expected', example: written(digits, form) };
  if (form === 'compact' && spaced) return { reason: 'space-unexpected', example: digits };
  return undefined;
}
