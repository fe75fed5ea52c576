/**
 * Weighs how much lines that are not UTF-8 look like Swedish text in each single-byte encoding a
 * Swedish file comes in: Windows-1252 (which also stands for ISO-8859-1: the letters are the same
 * bytes), CP850 (DOS) and Mac OS Roman. Each byte from 0x80 up is read in each encoding and scored
 * with its neighbours: å, ä or ö inside a word is strong evidence, é and ü less so, another Latin
 * letter a little; an uppercase letter inside a lowercase word, a letter alone between digits, a
 * quotation mark glued between letters, † Œ ‰, a box-drawing or a control character count against.
 */
import type { EncodingConfidence } from './encodings.js';
import { iconvName, loadIconv } from './encodings.js';

/** The single-byte encodings told apart by evidence, in the order that wins a tie (the most common first). */
export const SCORED = ['windows-1252', 'cp850', 'macroman'] as const;
export type ScoredEncoding = (typeof SCORED)[number];

// Kinds of a character next to the byte scored.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;

// Flags of a symbol: fine before a letter (an opening quotation mark), fine between letters (an apostrophe).
const OPENING = 1;
const APOSTROPHE = 2;

const SWEDISH = 'åäöÅÄÖ';
const COMMON = 'éÉüÜ';
const NEUTRAL = '€‚„…•–—‘’“”™°±§«»·½¼¾²³µ×©®¡¿\u00a0\u00ad¢£¥´¨';
const OPENERS = '‚„‘“«¿¡';

/** What each byte 0x80-0xFF reads as in one encoding: its weight, kind and flags. */
interface Table {
  readonly weight: Int8Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
}

/** The base weight of a character: how much it looks like part of Swedish (or European) text. */
function weightOf(c: string): number {
  if (SWEDISH.includes(c)) return 3;
  if (COMMON.includes(c)) return 2;
  if (c >= '\u00c0' && c <= '\u00ff' && c !== '×' && c !== '÷') return 1;
  if (/\p{L}/u.test(c) && c !== 'ª' && c !== 'º') return -2; // Œ, Š, ƒ, ı, π, Ω, ﬁ: letters Swedish text does not have
  if (NEUTRAL.includes(c)) return 0;
  if (/[\p{Cc}\p{Co}\uFFFD]/u.test(c)) return -5; // control, private use (the Apple logo), undefined
  return -3; // † ‡ ‰ ¶ ¬ ◊ √ ≈ ˆ ˜, box drawing and blocks
}

function tableOf(iconvEncoding: string): Table {
  const bytes = Buffer.alloc(128);
  for (let i = 0; i < 128; i++) bytes[i] = 128 + i;
  const chars = [...loadIconv().decode(bytes, iconvEncoding)];
  const t = { weight: new Int8Array(128), kind: new Uint8Array(128), flags: new Uint8Array(128) };
  chars.forEach((c, i) => {
    t.weight[i] = weightOf(c);
    const letter = /\p{L}/u.test(c) && c !== 'ª' && c !== 'º';
    t.kind[i] = !letter ? OTHER : c !== c.toLowerCase() ? UPPER : LOWER;
    t.flags[i] = (OPENERS.includes(c) ? OPENING : 0) | (c === '’' ? APOSTROPHE : 0);
  });
  return t;
}

let tables: readonly Table[] | undefined;

/** The kind of the byte at i in one encoding (OTHER outside the line). */
function kindAt(t: Table, bytes: Uint8Array, i: number): number {
  if (i < 0 || i >= bytes.length) return OTHER;
  const b = bytes[i] as number;
  if (b >= 0x80) return t.kind[b - 0x80] as number;
  return b >= 0x61 && b <= 0x7a ? LOWER : b >= 0x41 && b <= 0x5a ? UPPER : OTHER;
}

/** The score of the byte at i (0x80 or above) read in one encoding, with its neighbours. */
function scoreAt(t: Table, bytes: Uint8Array, i: number): number {
  const b = (bytes[i] as number) - 0x80;
  const w = t.weight[b] as number;
  const kind = t.kind[b] as number;
  const left = kindAt(t, bytes, i - 1);
  const right = kindAt(t, bytes, i + 1);
  if (kind === OTHER) {
    if (w < 0) return w;
    if (left !== OTHER && right !== OTHER) return ((t.flags[b] as number) & APOSTROPHE) !== 0 ? 0 : -2;
    if (right !== OTHER) return ((t.flags[b] as number) & OPENING) !== 0 ? 0 : -1;
    return 0;
  }
  if (w < 0) return w;
  if (kind === UPPER && left === LOWER) return -3;
  if (kind === LOWER && left === UPPER && right === UPPER) return -2;
  if (left === OTHER && right === OTHER) return w === 3 && kind === LOWER ? 1 : -1; // å and ö are words of their own
  return w + 1;
}

/** What the scores say: the best reading, how sure, and the readings that fit about as well. */
export interface ScoreVerdict {
  readonly encoding: ScoredEncoding;
  readonly confidence: Exclude<EncodingConfidence, 'certain'>;
  /** Best first; only the best when it is likely. */
  readonly candidates: readonly ScoredEncoding[];
}

/** The lead a reading needs over the next to be likely: about one letter read well against one read badly. */
const MARGIN = 4;

/** Adds up the evidence of lines, each scored as a whole (a line's first and last bytes have nothing beside them). */
export class SingleByteScores {
  private readonly totals = [0, 0, 0];
  /** Bytes from 0x80 up that were scored. */
  highBytes = 0;
  /** All bytes looked at, and the ASCII control characters among them (text has next to none; binary data many). */
  private bytes = 0;
  private controls = 0;

  /** Scores one line's bytes (without its line break). */
  line(bytes: Uint8Array): void {
    tables ??= SCORED.map((e) => tableOf(iconvName(e)));
    this.bytes += bytes.length;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (b < 0x80) {
        if ((b < 0x20 && b !== 0x09) || b === 0x7f) this.controls++;
        continue;
      }
      this.highBytes++;
      for (let k = 0; k < 3; k++) this.totals[k] = (this.totals[k] as number) + scoreAt(tables[k] as Table, bytes, i);
    }
  }

  /** The score of each encoding, for tests and tuning. */
  scores(): Record<ScoredEncoding, number> {
    return { 'windows-1252': this.totals[0] as number, cp850: this.totals[1] as number, macroman: this.totals[2] as number };
  }

  /**
   * Likely when the best reading scores well and clearly ahead of the next (by MARGIN, and at
   * least twice its score), and the bytes look like text at all (few control characters);
   * otherwise uncertain, with the readings within MARGIN of the best (all when none reads as text).
   */
  verdict(): ScoreVerdict {
    const ranked = SCORED.map((e, k) => ({ e, s: this.totals[k] as number })).sort((a, b) => b.s - a.s);
    const [first, second] = ranked as [{ e: ScoredEncoding; s: number }, { e: ScoredEncoding; s: number }];
    const text = this.controls * 50 <= this.bytes;
    const likely = text && first.s >= MARGIN && first.s - second.s >= MARGIN && second.s * 2 <= first.s;
    if (likely) return { encoding: first.e, confidence: 'likely', candidates: [first.e] };
    const close = first.s <= 0 || !text ? ranked : ranked.filter((r) => first.s - r.s < MARGIN);
    return { encoding: first.e, confidence: 'uncertain', candidates: close.map((r) => r.e) };
  }
}
