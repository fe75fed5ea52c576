/** A spec file's claims of where its attributes were seen (x-source, x-seen-in), refused when they do not hold (see errors.ts): code -> template, in Swedish and English. */
import type { Templates } from './template.js';

export const SPEC_SOURCE_ERRORS = {
  'spec-seen-in-unknown': {
    sv: 'Specifikationsfilen {file} är inte en giltig datakoll-specifikation: attributet {attribute} anger i x-seen-in att det har setts i källan "{source}", men x-source har ingen källa med det namnet. Källorna i x-source: {known}.',
    en: 'Spec file {file} is not a valid datakoll spec: attribute {attribute} says in x-seen-in that it was seen in the source "{source}", but x-source has no source of that name. The sources in x-source: {known}.',
  },
  'spec-seen-in-not-seen': {
    sv: 'Specifikationsfilen {file} är inte en giltig datakoll-specifikation: attributet {attribute} anger i x-seen-in var det har setts, men dess x-provenance är "{provenance}", inte "seen". Ta bort x-seen-in eller ändra x-provenance till "seen".',
    en: 'Spec file {file} is not a valid datakoll spec: attribute {attribute} says in x-seen-in where it was seen, but its x-provenance is "{provenance}", not "seen". Remove x-seen-in or make x-provenance "seen".',
  },
  'spec-source-twice': {
    sv: 'Specifikationsfilen {file} är inte en giltig datakoll-specifikation: x-source har två källor som heter "{source}". Ge varje källa ett eget namn.',
    en: 'Spec file {file} is not a valid datakoll spec: x-source has two sources named "{source}". Give each source a name of its own.',
  },
} as const satisfies Record<string, Templates>;
