/** The words of `specs list`, `specs show` and `specs diff`, in Swedish and English. */
import type { Lang } from './findings.js';

/** Column heads and labels. */
export const SPEC_WORDS = {
  id: { sv: 'id', en: 'id' },
  version: { sv: 'version', en: 'version' },
  status: { sv: 'status', en: 'status' },
  rank: { sv: 'rang', en: 'rank' },
  title: { sv: 'titel', en: 'title' },
  attribute: { sv: 'attribut', en: 'attribute' },
  type: { sv: 'datatyp', en: 'datatype' },
  mandatory: { sv: 'obligatorisk', en: 'mandatory' },
  provenance: { sv: 'ursprung', en: 'provenance' },
  description: { sv: 'beskrivning', en: 'description' },
  yes: { sv: 'ja', en: 'yes' },
  no: { sv: 'nej', en: 'no' },
  official: { sv: 'Officiell specifikation', en: 'Official specification' },
  file: { sv: 'Fil', en: 'File' },
  uniqueKey: { sv: 'Unik nyckel', en: 'Unique key' },
  license: { sv: 'Licens', en: 'License' },
  reconstructionWarning: {
    sv: 'OBS: Detta är INTE den officiella modellen. Attributen är rekonstruerade och kan skilja sig från den officiella specifikationen; jämför med den innan du drar slutsatser.',
    en: 'NOTE: This is NOT the official model. Its attributes are reconstructed and may differ from the official specification; check against it before relying on the result.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** What changed between two versions of a spec (the kinds of authoring's SpecChange). */
export const SPEC_CHANGE_WORDS = {
  added: { sv: 'tillagd', en: 'added' },
  removed: { sv: 'borttagen', en: 'removed' },
  renamed: { sv: 'bytt namn', en: 'renamed' },
  retyped: { sv: 'ny datatyp', en: 'retyped' },
  'made-mandatory': { sv: 'nu obligatorisk', en: 'now mandatory' },
  'made-optional': { sv: 'nu frivillig', en: 'now optional' },
} as const satisfies Record<string, Record<Lang, string>>;
