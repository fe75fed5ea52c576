/** A detected encoding and dialect in words, for the reports people read. */
import type { Lang } from './messages.js';
import type { DetectedDialect } from './report.js';

const DELIMITERS: Record<string, { sv: string; en: string }> = {
  ',': { sv: 'kommatecken', en: 'comma' },
  ';': { sv: 'semikolon', en: 'semicolon' },
  '\t': { sv: 'tabb', en: 'tab' },
  '|': { sv: 'lodstreck', en: 'pipe' },
};
const ENCODINGS: Record<DetectedDialect['encoding'], string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' };
const BOM = { sv: 'med BOM', en: 'with BOM' };
const NO_BREAKS = { sv: 'inga radbrytningar', en: 'no line breaks' };

/** "UTF-8 with BOM, semicolon, CRLF". */
export function describeDialect(d: DetectedDialect, lang: Lang): string {
  const parts = [`${ENCODINGS[d.encoding]}${d.bom ? ` ${BOM[lang]}` : ''}`, DELIMITERS[d.delimiter]?.[lang] ?? JSON.stringify(d.delimiter)];
  if (d.quote !== '"') parts.push(`${d.quote}…${d.quote}`);
  parts.push(d.lineEnding === 'none' ? NO_BREAKS[lang] : d.lineEnding);
  return parts.join(', ');
}

/** Whether a file is written as the specs want it (UTF-8 without BOM, comma, double quotes). */
export function isSpecDialect(d: DetectedDialect): boolean {
  return d.encoding === 'utf-8' && !d.bom && d.delimiter === ',' && d.quote === '"' && d.lineEnding !== 'mixed' && d.lineEnding !== 'CR';
}
