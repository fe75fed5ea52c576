/** The words of `specs show`'s list of each attribute's rules in plain words (issue 19). */
import type { Templates } from './template.js';

export const SPEC_RULE_WORDS = {
  heading: { sv: 'Regler per attribut', en: 'Rules per attribute' },
  mandatory: { sv: 'obligatoriskt', en: 'mandatory' },
  optional: { sv: 'frivilligt', en: 'optional' },
  // A pattern, shown by an example of a value that has its form, or (without one) as the pattern itself.
  patternExample: { sv: 'i formen {example}', en: 'in the form {example}' },
  pattern: { sv: 'i den form mönstret {pattern} beskriver', en: 'in the form the pattern {pattern} describes' },
  example: { sv: 't.ex. {example}', en: 'e.g. {example}' },
  oneOf: { sv: 'ett av: {values}', en: 'one of: {values}' },
  always: { sv: 'alltid {value}', en: 'always {value}' },
  between: { sv: 'från {min} till {max}', en: 'from {min} to {max}' },
  atLeast: { sv: 'minst {min}', en: 'at least {min}' },
  atMost: { sv: 'högst {max}', en: 'at most {max}' },
  above: { sv: 'större än {min}', en: 'more than {min}' },
  below: { sv: 'mindre än {max}', en: 'less than {max}' },
  lengthBetween: { sv: '{min}–{max} tecken', en: '{min} to {max} characters' },
  lengthAtLeast: { sv: 'minst {min} {min|tecken|tecken}', en: 'at least {min} {min|character|characters}' },
  lengthAtMost: { sv: 'högst {max} {max|tecken|tecken}', en: 'at most {max} {max|character|characters}' },
  itemsAtLeast: { sv: 'minst {min} {min|värde|värden}', en: 'at least {min} {min|value|values}' },
  itemsAtMost: { sv: 'högst {max} {max|värde|värden}', en: 'at most {max} {max|value|values}' },
  unique: { sv: 'varje värde en gång', en: 'each value once' },
} as const satisfies Record<string, Templates>;
