/** Identifiers from outside registers: Wikidata items (Q-ids) and EU bathing waters (nutskod). */

export interface IdProblem<R extends string> {
  readonly reason: R;
  /** The id as it should be written, when the value holds it, or a sample. */
  readonly example: string;
}

/** Sweden's Wikidata item. */
export const SAMPLE_WIKIDATA = 'Q34';
const QID = /^Q[1-9][0-9]*$/;
const QID_IN_URL = /wikidata\.org\/(?:wiki|entity)\/(Q[1-9][0-9]*)\/?$/i;

/** Checks a Wikidata item id: Q followed by digits (Q34); undefined when it is one. */
export function wikidataProblem(s: string): IdProblem<'url' | 'case' | 'form'> | undefined {
  if (QID.test(s)) return undefined;
  const inUrl = QID_IN_URL.exec(s);
  if (inUrl !== null) return { reason: 'url', example: inUrl[1] as string };
  if (/^https?:/i.test(s)) return { reason: 'url', example: SAMPLE_WIKIDATA };
  if (QID.test(s.toUpperCase())) return { reason: 'case', example: s.toUpperCase() };
  return { reason: 'form', example: SAMPLE_WIKIDATA };
}

/** A Swedish bathing water's EU id, as seen in published badplatser data. */
export const SAMPLE_NUTSKOD = 'SE0A21493000001930';
const NUTSKOD = /^SE[0-9A-Z]{16}$/;

/**
 * Checks a Swedish EU bathing-water id (the "nutskod" of the badplatser spec): SE and 16 digits
 * or capitals, as the Swedish Agency for Marine and Water Management (HaV) lists them.
 */
export function nutskodProblem(s: string): IdProblem<'case' | 'country' | 'form'> | undefined {
  if (NUTSKOD.test(s)) return undefined;
  if (NUTSKOD.test(s.toUpperCase())) return { reason: 'case', example: s.toUpperCase() };
  if (!/^se/i.test(s)) return { reason: 'country', example: SAMPLE_NUTSKOD };
  return { reason: 'form', example: SAMPLE_NUTSKOD };
}
