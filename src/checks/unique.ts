/**
 * Remembers key values to find duplicates, in bounded memory: each key is kept as a 64-bit
 * fingerprint and the row it was first seen on (12 bytes a key, whatever the key's length), in an
 * open-addressing table. Two different keys share a fingerprint with a chance of about n²/2^65
 * (1.4e-8 at a million rows).
 */

/** Default number of keys remembered before the check stops (about 240 MB of table at most). */
export const DEFAULT_MAX_KEYS = 10_000_000;

export class UniqueIndex {
  private capacity: number;
  private fp1: Uint32Array;
  private fp2: Uint32Array;
  private rows: Uint32Array;
  private size = 0;
  /** True once maxKeys keys are held; later keys are not checked. */
  full = false;

  constructor(
    private readonly maxKeys = DEFAULT_MAX_KEYS,
    initialCapacity = 1024,
  ) {
    this.capacity = initialCapacity;
    this.fp1 = new Uint32Array(initialCapacity);
    this.fp2 = new Uint32Array(initialCapacity);
    this.rows = new Uint32Array(initialCapacity);
  }

  /** Records a key seen on a row (rows are >= 1); returns the earlier row holding it, or 0. */
  check(key: string, row: number): number {
    fingerprint(key, FP);
    return this.checkFingerprint(FP[0] as number, FP[1] as number, row);
  }

  /** check() for a key already turned into its fingerprint (by fingerprint(), on any thread). */
  checkFingerprint(h1: number, h2: number, row: number): number {
    const found = this.find(h1, h2);
    if (this.rows[found] !== 0) return this.rows[found] as number;
    if (this.full) return 0;
    if (this.size >= this.maxKeys) {
      this.full = true;
      return 0;
    }
    this.fp1[found] = h1;
    this.fp2[found] = h2;
    this.rows[found] = row;
    this.size++;
    if (this.size * 4 > this.capacity * 3) this.grow();
    return 0;
  }

  /** Forgets every key, keeping the table's size (for the next batch of keys). */
  clear(): void {
    this.rows.fill(0);
    this.size = 0;
    this.full = false;
  }

  /** The slot holding this fingerprint, or the empty slot where it belongs. */
  private find(h1: number, h2: number): number {
    let i = h2 % this.capacity;
    while (this.rows[i] !== 0 && (this.fp1[i] !== h1 || this.fp2[i] !== h2)) {
      i = i + 1 === this.capacity ? 0 : i + 1;
    }
    return i;
  }

  private grow(): void {
    const { fp1, fp2, rows } = this;
    this.capacity = Math.ceil(this.capacity * 1.5);
    this.fp1 = new Uint32Array(this.capacity);
    this.fp2 = new Uint32Array(this.capacity);
    this.rows = new Uint32Array(this.capacity);
    for (let j = 0; j < rows.length; j++) {
      if (rows[j] === 0) continue;
      const slot = this.find(fp1[j] as number, fp2[j] as number);
      this.fp1[slot] = fp1[j] as number;
      this.fp2[slot] = fp2[j] as number;
      this.rows[slot] = rows[j] as number;
    }
  }
}

const FP = new Uint32Array(2);

/** A key's 64-bit fingerprint, written to out[0] and out[1] as two 32-bit halves. */
export function fingerprint(key: string, out: Uint32Array): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // cyrb53's mixing (public domain, github.com/bryc/code), kept as two 32-bit halves.
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  finish(h1, h2, out);
}

/**
 * fingerprint(), and the key's bytes copied to `bytes` from `at` on in the same pass when the key
 * is ASCII (as most keys are): returns where they end, or -1 for a key with other characters,
 * whose bytes the caller writes itself (as UTF-8). `bytes` must have room for key.length bytes.
 */
export function fingerprintAscii(key: string, out: Uint32Array, bytes: Uint8Array, at: number): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let end = at;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
    if (ch < 0x80 && end !== -1) bytes[end++] = ch;
    else end = -1;
  }
  finish(h1, h2, out);
  return end;
}

function finish(a: number, b: number, out: Uint32Array): void {
  const h1 = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  const h2 = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
}
