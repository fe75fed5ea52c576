/** A detected encoding and dialect in words, for the reports people read. */
import type { Lang, Templates } from './template.js';
import { say } from './template.js';
import type { DetectedDialect } from '../report.js';
import { ENCODING_LABELS } from '../encodings.js';

/** The names of the delimiters: the one table the dialect line and the dialect-delimiter finding take them from. */
export const DELIMITERS: Readonly<Record<string, Templates>> = {
  ',': { sv: 'kommatecken', en: 'comma' },
  ';': { sv: 'semikolon', en: 'semicolon' },
  '\t': { sv: 'tabb', en: 'tab' },
  '|': { sv: 'lodstreck', en: 'pipe' },
};
const BOM = { sv: 'med BOM', en: 'with BOM' };
const UNCERTAIN = { sv: 'osäkert', en: 'uncertain' };
const MIXED: Templates = { sv: 'med rader i {encoding}', en: 'with lines in {encoding}' };
const FIELDS: Templates = { sv: '{delimiter} mellan fälten', en: '{delimiter} between the fields' };
const QUOTES: Templates = { sv: 'fälten inom {quote}…{quote}', en: 'fields in {quote}…{quote}' };
const LINE_ENDS: Templates = { sv: 'radslut {ending}', en: '{ending} line endings' };
const MIXED_LINE_ENDS = { sv: 'blandade radslut', en: 'mixed line endings' };
const NO_BREAKS = { sv: 'inga radbrytningar', en: 'no line breaks' };

/** "Windows-1252 (uncertain)", "CP850 (DOS, uncertain)", "UTF-8 with BOM", "UTF-8 with lines in Windows-1252". */
function describeEncoding(d: DetectedDialect, lang: Lang): string {
  let text: string = ENCODING_LABELS[d.encoding];
  // "CP850 (DOS, osäkert)", not "CP850 (DOS) (osäkert)".
  if (d.encodingConfidence === 'uncertain') text = text.endsWith(')') ? `${text.slice(0, -1)}, ${UNCERTAIN[lang]})` : `${text} (${UNCERTAIN[lang]})`;
  if (d.bom) text += ` ${BOM[lang]}`;
  if (d.encodingMixedWith !== undefined) text += ` ${say(MIXED, lang, { encoding: ENCODING_LABELS[d.encodingMixedWith] })}`;
  return text;
}

function describeLineEnding(d: DetectedDialect, lang: Lang): string {
  if (d.lineEnding === 'none') return NO_BREAKS[lang];
  if (d.lineEnding === 'mixed') return MIXED_LINE_ENDS[lang];
  return say(LINE_ENDS, lang, { ending: d.lineEnding });
}

/** "UTF-8 med BOM, semikolon mellan fälten, radslut CRLF". */
export function describeDialect(d: DetectedDialect, lang: Lang): string {
  const parts = [describeEncoding(d, lang), say(FIELDS, lang, { delimiter: DELIMITERS[d.delimiter]?.[lang] ?? JSON.stringify(d.delimiter) })];
  if (d.quote !== '"') parts.push(say(QUOTES, lang, { quote: d.quote }));
  parts.push(describeLineEnding(d, lang));
  return parts.join(', ');
}

/** Whether a file is written as the specs want it (UTF-8 without BOM, comma, double quotes). */
export function isSpecDialect(d: DetectedDialect): boolean {
  return d.encoding === 'utf-8' && !d.bom && d.encodingMixedWith === undefined && d.delimiter === ',' && d.quote === '"' && d.lineEnding !== 'mixed' && d.lineEnding !== 'CR';
}
