/**
 * Collects the evidence of a file's encoding from its bytes, chunk by chunk: a byte order mark,
 * UTF-16's NUL bytes, which lines are valid UTF-8 and which are not, and how the lines that are not
 * read in each single-byte encoding (SingleByteScores). Valid UTF-8 with å, ä or ö is very unlikely
 * by chance, so a file with such lines and lines that are not UTF-8 is mixed, never read as one
 * single-byte encoding.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import type { Encoding, EncodingConfidence, EncodingInfo } from './encodings.js';
import { SingleByteScores } from './encoding-score.js';
import type { ScoredEncoding } from './encoding-score.js';
import { LineSplitter } from './encoding-lines.js';

/** UTF-8 with lines that are not: which lines, and what they are most likely written in. */
export interface MixedLines {
  /** How many lines are not valid UTF-8. */
  readonly count: number;
  /** The first of them (physical lines, 1-based; at most ten). */
  readonly first: readonly number[];
  /** The encoding those lines read best in. */
  readonly encoding: ScoredEncoding;
  readonly confidence: Exclude<EncodingConfidence, 'certain'>;
}

/** What the evidence says of a file's encoding. */
export interface EncodingVerdict extends EncodingInfo {
  readonly confidence: EncodingConfidence;
  /** The encodings the file may be in, best first (only the encoding itself unless uncertain). */
  readonly candidates: readonly Encoding[];
  /** Present for UTF-8 (with or without a BOM) that has lines in another encoding. */
  readonly mixed?: MixedLines;
  /** The encoding was named by the user (--encoding), not detected. */
  readonly given?: boolean;
  /**
   * Another encoding than UTF-8 was named for bytes that are valid UTF-8 beyond ASCII: a word of
   * the file as UTF-8 reads it, and as the named encoding misreads it.
   */
  readonly contradicted?: { readonly word: string; readonly misread: string };
}

/** Bytes looked at for a BOM and for UTF-16's NUL bytes. */
const PREFIX = 512;
const MAX_LISTED = 10;
/** Bytes of lines that are not UTF-8 that are scored; enough to decide, and the time stays bounded. */
const SCORED_BYTES = 4 * 1024 * 1024;

/** Characters a Swedish text in UTF-8 has beyond ASCII: Latin-1 and Latin Extended-A letters and signs, dashes, quotation marks, €. */
const PLAUSIBLE = /^[\t\u0020-\u007e\u00a0-\u017f\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac\u2122]*$/;

/** Bytes of a head looked at for UTF-32 without a BOM. */
const UTF32_SAMPLE = 4096;

/**
 * UTF-32, which datakoll does not read: its BOM (FF FE 00 00, 00 00 FE FF; the first would
 * otherwise read as UTF-16 LE's BOM), or without one, four-byte units that are all code points
 * (at most U+10FFFF, no surrogates) and at least half of them ASCII characters, so three NUL
 * bytes a character. UTF-16 and UTF-8 text never look so (their units read as UTF-32 are far
 * above U+10FFFF), nor do NUL bytes alone.
 */
export function utf32Of(head: Uint8Array): 'le' | 'be' | undefined {
  const b = head;
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'be';
  const n = Math.min(b.length - (b.length % 4), UTF32_SAMPLE);
  if (n < 8) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, n);
  for (const little of [true, false]) {
    let ascii = 0;
    let i = 0;
    for (; i < n; i += 4) {
      const cp = view.getUint32(i, little);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) break;
      if (cp > 0 && cp < 0x80) ascii++;
    }
    if (i === n && ascii * 2 >= n / 4) return little ? 'le' : 'be';
  }
  return undefined;
}

/** A BOM, or UTF-16 without one (many NUL bytes on one side of each pair), from a file's first bytes. */
export function encodingFromStart(head: Uint8Array): EncodingVerdict | undefined {
  const sure = (encoding: Encoding, bom: boolean, confidence: EncodingConfidence): EncodingVerdict => ({ encoding, bom, confidence, candidates: [encoding] });
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return sure('utf-8', true, 'certain');
  if (head[0] === 0xff && head[1] === 0xfe) return sure('utf-16le', true, 'certain');
  if (head[0] === 0xfe && head[1] === 0xff) return sure('utf-16be', true, 'certain');
  const n = Math.min(head.length - (head.length % 2), PREFIX);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  if (oddNul > n / 4 && evenNul === 0) return sure('utf-16le', false, 'likely');
  if (evenNul > n / 4 && oddNul === 0) return sure('utf-16be', false, 'likely');
  return undefined;
}

/**
 * The evidence of a whole file (or of its first bytes): write() its chunks in order (they may be
 * reused by the caller afterwards), then ask for the verdict once.
 */
export class EncodingEvidence {
  private prefix: Buffer[] | undefined = [];
  private prefixBytes = 0;
  private start: EncodingVerdict | undefined;
  private readonly lines = new LineSplitter((bytes, line) => this.line(bytes, line));
  private badLines = 0;
  private readonly firstBad: number[] = [];
  /** The number of the last line found not to be UTF-8 (a long line comes in pieces). */
  private lastBad = 0;
  private sawUtf8 = false;
  private readonly scores = new SingleByteScores();
  private scored = 0;
  private result: EncodingVerdict | undefined;

  /** The next chunk of the file. */
  write(chunk: Uint8Array): void {
    if (this.prefix === undefined) return this.start === undefined || this.start.encoding === 'utf-8' ? this.lines.write(chunk, this.wantsLines()) : undefined;
    this.prefix.push(Buffer.from(chunk));
    this.prefixBytes += chunk.length;
    if (this.prefixBytes >= PREFIX) this.open();
  }

  /** Decides from the first bytes whether a BOM or UTF-16 settles it, then reads them as lines. */
  private open(): void {
    const head = Buffer.concat(this.prefix ?? []);
    this.prefix = undefined;
    this.start = encodingFromStart(head);
    if (this.start === undefined) this.lines.write(head, this.wantsLines());
    else if (this.start.encoding === 'utf-8') this.lines.write(head.subarray(3), this.wantsLines());
  }

  /** Whether valid lines still need a look: only until one with UTF-8 letters is found. */
  private wantsLines(): boolean {
    return !this.sawUtf8;
  }

  /** One line (or a piece of a very long one), without its line break. */
  private line(bytes: Buffer, line: number): void {
    if (isUtf8(bytes)) {
      if (!this.sawUtf8 && !isAscii(bytes) && PLAUSIBLE.test(bytes.toString('utf8'))) this.sawUtf8 = true;
      return;
    }
    if (this.lastBad !== line) {
      this.lastBad = line;
      this.badLines++;
      if (this.firstBad.length < MAX_LISTED) this.firstBad.push(line);
    }
    if (this.scored < SCORED_BYTES) {
      this.scores.line(bytes);
      this.scored += bytes.length;
    }
  }

  /** The verdict on everything written; the file ends here. */
  verdict(): EncodingVerdict {
    if (this.result !== undefined) return this.result;
    if (this.prefix !== undefined) this.open();
    if (this.start !== undefined && this.start.encoding !== 'utf-8') return (this.result = this.start);
    this.lines.end();
    const bom = this.start?.bom === true;
    if (this.badLines === 0) return (this.result = { encoding: 'utf-8', bom, confidence: 'certain', candidates: ['utf-8'] });
    const s = this.scores.verdict();
    if (bom || this.sawUtf8) {
      const mixed: MixedLines = { count: this.badLines, first: [...this.firstBad], encoding: s.encoding, confidence: s.confidence };
      return (this.result = { encoding: 'utf-8', bom, confidence: 'likely', candidates: ['utf-8'], mixed });
    }
    return (this.result = { encoding: s.encoding, bom: false, confidence: s.confidence, candidates: s.candidates });
  }
}
