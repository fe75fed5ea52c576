/** The shared strings part: every string, in order, held in memory (cells refer to them by number). */
import { WorkbookError } from './types.js';
import type { PackageReader } from './package.js';

/** OOXML's escape of a character XML cannot carry (`_x000D_`); `_x005F_` is an underscore, so `_x005F_x000D_` stays `_x000D_`. */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A string with OOXML's `_xHHHH_` escapes decoded. */
export function unescapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Collects the text of `<t>` elements that are not phonetic readings (`<rPh>`), bounded in characters. */
export class TextRuns {
  private depthT = 0;
  private inPhonetic = false;
  private parts: string[] = [];
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  open(element: string): void {
    if (element === 't' && !this.inPhonetic) this.depthT++;
    else if (element === 'rPh') this.inPhonetic = true;
  }

  close(element: string): void {
    if (element === 't' && this.depthT > 0 && !this.inPhonetic) this.depthT--;
    else if (element === 'rPh') this.inPhonetic = false;
  }

  text(text: string): void {
    if (this.depthT === 0) return;
    this.chars += text.length;
    if (this.chars > this.maxChars) throw new WorkbookError('too-large', `a text of more than ${this.maxChars} characters`);
    this.parts.push(text);
  }

  /** The text collected since the last take, decoded, and a fresh start. */
  take(): string {
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.chars = 0;
    this.depthT = 0;
    this.inPhonetic = false;
    return unescapeXstring(text);
  }
}

/** Reads `sharedStrings.xml` (rich text runs joined, phonetic readings left out), within its limit. */
export async function readSharedStrings(pkg: PackageReader, part: string | undefined): Promise<readonly string[]> {
  if (part === undefined) return [];
  const strings: string[] = [];
  const runs = new TextRuns(pkg.limits.maxCellChars);
  let inItem = false;
  await pkg.part(
    part,
    { name: 'sst', problem: 'corrupt' },
    {
      open(element) {
        if (element === 'si') {
          inItem = true;
          runs.take();
        } else if (inItem) runs.open(element);
      },
      close(element) {
        if (element === 'si') {
          inItem = false;
          // A copy, so the string holds none of the decoded chunk it was cut from.
          strings.push(copy(runs.take()));
        } else if (inItem) runs.close(element);
      },
      text: (text) => {
        if (inItem) runs.text(text);
      },
    },
    pkg.limits.maxSharedStringsBytes,
  );
  return strings;
}

/** A flat copy of a string (V8 keeps a slice's whole source alive). */
function copy(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
