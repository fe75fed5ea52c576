/** A detected encoding and dialect in words, for the reports people read. */
import type { Lang, Templates } from './template.js';
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
const MIXED = { sv: 'med rader i {encoding}', en: 'with lines in {encoding}' };
const NO_BREAKS = { sv: 'inga radbrytningar', en: 'no line breaks' };

/** "Windows-1252 (uncertain)", "UTF-8 with BOM", "UTF-8 with lines in Windows-1252". */
function describeEncoding(d: DetectedDialect, lang: Lang): string {
  let text = ENCODING_LABELS[d.encoding];
  if (d.encodingConfidence === 'uncertain') text += ` (${UNCERTAIN[lang]})`;
  if (d.bom) text += ` ${BOM[lang]}`;
  if (d.encodingMixedWith !== undefined) text += ` ${MIXED[lang].replace('{encoding}', ENCODING_LABELS[d.encodingMixedWith])}`;
  return text;
}

/** "UTF-8 with BOM, semicolon, CRLF". */
export function describeDialect(d: DetectedDialect, lang: Lang): string {
  const parts = [describeEncoding(d, lang), DELIMITERS[d.delimiter]?.[lang] ?? JSON.stringify(d.delimiter)];
  if (d.quote !== '"') parts.push(`${d.quote}…${d.quote}`);
  parts.push(d.lineEnding === 'none' ? NO_BREAKS[lang] : d.lineEnding);
  return parts.join(', ');
}

/** Whether a file is written as the specs want it (UTF-8 without BOM, comma, double quotes). */
export function isSpecDialect(d: DetectedDialect): boolean {
  return d.encoding === 'utf-8' && !d.bom && d.encodingMixedWith === undefined && d.delimiter === ',' && d.quote === '"' && d.lineEnding !== 'mixed' && d.lineEnding !== 'CR';
}
