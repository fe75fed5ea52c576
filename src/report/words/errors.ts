/**
 * Usage, configuration, spec and I/O errors (DatakollError): code -> template, in Swedish and
 * English. Code below the CLI throws a code with parameters; the CLI renders it in the run's
 * language (say). Parameters are given as text or numbers; `{n|one|other}` picks the plural.
 */
import type { Templates } from './template.js';

export const ERRORS = {
  'spec-unknown': {
    sv: 'Det finns ingen specifikation som heter "{spec}". De som finns: {known}.',
    en: 'Unknown spec "{spec}". Known specs: {known}',
  },
} as const satisfies Record<string, Templates>;

export type ErrorCode = keyof typeof ERRORS;
