/** JSON Pointers (RFC 6901) as --records takes them: read into keys, and written back as the user wrote them. */

/** Parses a JSON Pointer (/data/items) into keys; "" and "/" mean the document itself. */
export function pointerKeys(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  if (!pointer.startsWith('/')) throw new Error(`a JSON Pointer starts with "/": ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A key path as a JSON Pointer, escaped ("~0", "~1") as pointerKeys reads it: the pointer as it was written. */
export function pointerText(keys: readonly string[]): string {
  return `/${keys.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}
