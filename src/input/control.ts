/**
 * Control characters inside text values: C0 other than tab, line feed and carriage return, DEL,
 * and C1. They are invisible, and many programs stop at or mangle them (a NUL ends a C string).
 */

/** One test per value: the first control character a text holds. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The first control character in a text, named as U+0000; undefined when there is none. */
export function controlCharacterIn(text: string): string | undefined {
  const m = CONTROL.exec(text);
  return m === null ? undefined : `U+${(m[0].charCodeAt(0)).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Whether a text (a stretch of a file, say) holds a control character anywhere outside tab, LF and CR. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}
