/**
 * The requirement levels of a specification table (KRAVNIVÅ, REQUIREMENT LEVEL): obligatoriskt,
 * valbart, rekommenderas, required, optional, recommended, and a requirement on a condition
 * ("obligatoriskt om adress anges", "required if inspectionPoints are published").
 */

export type Requirement = { readonly kind: 'required' } | { readonly kind: 'optional' } | { readonly kind: 'conditional'; readonly condition: string };

const REQUIRED = /^(?:obligatorisk[at]?|krav|kravs|krävs|ska|måste|required|mandatory|must|yes|ja)$/i;
// A recommended attribute may be absent as an optional one may: datakoll does not tell them apart.
const OPTIONAL = /^(?:valbar[at]?|valfri(?:tt)?|frivillig[at]?|rekommender(?:as|ad|at)|bör|kan|optional|recommended|should|may|no|nej)$/i;
const CONDITIONAL = /^(?:obligatorisk[at]?|krävs|required|mandatory)\s+(?:om|när|if|when)\s+(\S.*)$/i;

/** Reads a requirement level (case and the spaces and full stop around it aside); undefined when it is none. */
export function parseRequirement(text: string): Requirement | undefined {
  const t = text.trim().replace(/\.$/, '').trim().replace(/\s+/g, ' ');
  if (REQUIRED.test(t)) return { kind: 'required' };
  if (OPTIONAL.test(t)) return { kind: 'optional' };
  const m = CONDITIONAL.exec(t);
  return m === null ? undefined : { kind: 'conditional', condition: m[1] as string };
}

/** A name folded for a loose comparison: lower case, no accents, a doubled letter single (adress, address). */
function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Whether a condition is the presence of the object an attribute belongs to: it names the object
 * ("obligatoriskt om adress anges" in address). Such an attribute is required in its object; on any
 * other condition, which datakoll cannot check, it is optional.
 */
export function conditionNamesObject(condition: string, object: string | undefined): boolean {
  if (object === undefined) return false;
  const name = fold(object);
  return condition.split(/[^\p{L}\p{N}_-]+/u).some((w) => w !== '' && fold(w) === name);
}
