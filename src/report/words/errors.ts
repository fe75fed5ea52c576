/**
 * Usage, configuration, spec and I/O errors (DatakollError): code -> template, in Swedish and
 * English. Code below the CLI throws a code with parameters; the CLI renders it in the run's
 * language (say). Parameters are given as text or numbers; `{n|one|other}` picks the plural.
 */
import type { Templates } from './template.js';
import { USAGE_ERRORS } from './usage.js';
import { REFUSAL_ERRORS } from './errors-refusals.js';
import { FIX_ERRORS } from './errors-fix.js';
import { IO_ERRORS } from './errors-io.js';
import { SPEC_ERRORS } from './errors-specs.js';
import { SPEC_SOURCE_ERRORS } from './errors-spec-sources.js';
import { HARVEST_ERRORS } from './harvest.js';
import { SERVE_ERRORS } from './serve.js';
import { CONFIG_FLAG_ERRORS } from './usage-config.js';
import { EXPLAIN_ERRORS } from './errors-explain.js';

export { FIX_PHRASES } from './errors-fix.js';
export { IO_PHRASES, WRITE_REASONS } from './errors-io.js';
export { IMPORT_WORDS, PATTERN_SYNTAX, SPEC_META_PROBLEMS, SPEC_PROBLEMS } from './errors-specs.js';

export const ERRORS = {
  ...USAGE_ERRORS,
  ...REFUSAL_ERRORS,
  ...FIX_ERRORS,
  ...IO_ERRORS,
  ...SPEC_ERRORS,
  ...SPEC_SOURCE_ERRORS,
  ...HARVEST_ERRORS,
  ...SERVE_ERRORS,
  ...CONFIG_FLAG_ERRORS,
  ...EXPLAIN_ERRORS,
  'spec-unknown': {
    sv: 'Det finns ingen specifikation som heter "{spec}". De som finns: {known}.',
    en: 'Unknown spec "{spec}". Known specs: {known}.',
  },
  'spec-unknown-meant': {
    sv: 'Det finns ingen specifikation som heter "{spec}". Menade du{count|| en av} {meant}? (datakoll specs list visar alla.)',
    en: 'Unknown spec "{spec}". Did you mean{count|| one of} {meant}? (datakoll specs list shows them all.)',
  },
  'spec-url-unknown': {
    sv: 'Ingen specifikation som datakoll känner till finns på adressen {spec}. Närmast till namnet ligger: {closest}. Ange en av dem med --spec <id>.',
    en: 'No spec datakoll knows is published at {spec}. The closest by name: {closest}. Name one of them with --spec <id>.',
  },
  'spec-url-version': {
    sv: 'Adressen {spec} gäller version {version} av {id}, men datakoll har bara {versions}. Ange --spec {id}@<version> om du vill kontrollera mot den ändå.',
    en: 'The address {spec} is version {version} of {id}, but datakoll has only {versions}. Give --spec {id}@<version> to check against it all the same.',
  },
  'xlsx-cell-too-long': {
    sv: 'Arbetsboken kan inte skrivas: cell {cell} skulle få {chars} tecken, men en cell i Excel rymmer högst {max}. Skriv mallen som CSV i stället (--format csv).',
    en: 'The workbook cannot be written: cell {cell} would hold {chars} characters, but an Excel cell holds at most {max}. Write the template as CSV instead (--format csv).',
  },
} as const satisfies Record<string, Templates>;

export type ErrorCode = keyof typeof ERRORS;
