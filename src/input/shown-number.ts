/**
 * A workbook's number as Excel shows it: Excel keeps up to 17 significant digits in the file
 * (0.30000000000000004, 57.631200000000007) but shows and computes with 15, so a number cell's
 * text with more is read at 15 (0.3, 57.6312). Other numbers are kept as written.
 */
const EXCEL_DIGITS = 15;

export function shownNumber(text: string): string {
  const digits = text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '');
  if (digits.length <= EXCEL_DIGITS || !/^-?\d+\.\d+$/.test(text)) return text;
  const n = Number(Number(text).toPrecision(EXCEL_DIGITS));
  const shown = String(n);
  return /e/i.test(shown) ? text : shown;
}
