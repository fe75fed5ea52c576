/** Whether a CSV record is blank: no cell holds anything but white space. */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as string;
    if (c !== '' && c.trim() !== '') return false;
  }
  return true;
}
