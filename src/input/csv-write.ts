/** Writes CSV the way the specs want it: comma, double quotes only where needed, LF. */

/** Quotes a cell when it holds a comma, a quote, a line break or white space at either end. */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}
