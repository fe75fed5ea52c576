/** Reading a record's values by path, the same for CSV's typed cells and JSON's values. */

/** The value at a path inside a record. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let v = record;
  for (const s of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}
