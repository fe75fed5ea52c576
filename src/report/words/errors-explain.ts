/** `datakoll explain`'s usage errors (see errors.ts): code -> template, in Swedish and English. */
import type { Templates } from './template.js';

export const EXPLAIN_ERRORS = {
  'code-unknown': {
    sv: 'Det finns ingen fyndkod som heter "{code}". Koderna står i rapporterna (t.ex. form-decimal-comma) och i docs/codes.md.',
    en: 'There is no finding code "{code}". The codes are given in the reports (such as form-decimal-comma) and in docs/codes.md.',
  },
  'code-unknown-meant': {
    sv: 'Det finns ingen fyndkod som heter "{code}". Menade du{count|| någon av} {meant}?',
    en: 'There is no finding code "{code}". Did you mean{count|| one of} {meant}?',
  },
} as const satisfies Record<string, Templates>;
