/**
 * The duplicate finder's temporary files: keys spread over PARTITIONS files by the top bits of
 * their fingerprint (a key's duplicates always land in the same file, in row order), each read back
 * and checked on its own at the end. The folder is listed in tempfiles.ts before it exists, so a
 * run ended by a signal removes it too.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTemporaryPath, dropTemporaryPath } from '../tempfiles.js';
import type { KeyBatch } from './key-batch.js';

const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
/** Words before each key's text in a spill file: fp1, fp2, row, line, text length (high bit: row has an error). */
const WORDS = 5;
const HAS_ERROR = 0x80000000;

/**
 * Told each key read back from a spill file (no object is made per key): its fingerprint, row,
 * line, whether its row had another error, and where its text is in `bytes` (decoded only for a
 * duplicate).
 */
export type SpilledKey = (fp1: number, fp2: number, row: number, line: number, rowHasError: boolean, bytes: Buffer, textAt: number, textEnd: number) => void;

export class KeySpill {
  private dir: string | undefined;
  private files: number[] = [];
  /** The spill's output, used again at each spill. */
  private out = new Uint32Array(0);

  /** Whether anything was spilled. */
  get used(): boolean {
    return this.dir !== undefined;
  }

  /** Writes a batch of keys, each to the file of its fingerprint's range. */
  write(b: KeyBatch): void {
    if (this.dir === undefined) this.open();
    const n = b.count;
    const shift = 32 - PARTITION_BITS;
    // Records are padded to whole words and laid out partition after partition in one buffer,
    // used again at the next spill (fresh buffers would pile up outside the heap).
    const starts = new Float64Array(PARTITIONS + 1);
    for (let j = 0; j < n; j++) {
      const p = (b.fp1[j] as number) >>> shift;
      const length = (b.ends[j] as number) - (j === 0 ? 0 : (b.ends[j - 1] as number));
      starts[p + 1] = (starts[p + 1] as number) + WORDS + Math.ceil(length / 4);
    }
    for (let p = 0; p < PARTITIONS; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
    const total = starts[PARTITIONS] as number;
    if (this.out.length < total) this.out = new Uint32Array(Math.max(total, this.out.length * 2));
    const o = this.out;
    const o8 = new Uint8Array(o.buffer, o.byteOffset, o.byteLength);
    const text = b.text;
    const used = starts.slice(0, PARTITIONS);
    for (let j = 0; j < n; j++) {
      const p = (b.fp1[j] as number) >>> shift;
      let at = used[p] as number;
      const from = j === 0 ? 0 : (b.ends[j - 1] as number);
      const length = (b.ends[j] as number) - from;
      o[at] = b.fp1[j] as number;
      o[at + 1] = b.fp2[j] as number;
      o[at + 2] = b.rows[j] as number;
      o[at + 3] = b.lines[j] as number;
      o[at + 4] = (length | (b.rowHasError[j] === 1 ? HAS_ERROR : 0)) >>> 0;
      at += WORDS;
      // Keys are short: a loop beats making two array views per key.
      const to = at * 4;
      for (let x = 0; x < length; x++) o8[to + x] = text[from + x] as number;
      used[p] = at + Math.ceil(length / 4);
    }
    for (let p = 0; p < PARTITIONS; p++) {
      const from = starts[p] as number;
      const to = starts[p + 1] as number;
      if (to > from) writeSync(this.files[p] as number, o.subarray(from, to));
    }
  }

  /**
   * Reads the files back, one at a time, into one buffer sized for the largest (fresh ones per
   * file would pile up outside the heap): `start` is told the most keys a file can hold, then
   * each file's keys go to `key` in row order, file after file.
   */
  readBack(start: (maxKeys: number) => void, file: () => void, key: SpilledKey): void {
    const dir = this.dir;
    if (dir === undefined) return;
    for (const fd of this.files.splice(0)) closeSync(fd);
    const sizes = Array.from({ length: PARTITIONS }, (_, p) => statSync(join(dir, String(p))).size);
    const largest = Math.max(...sizes);
    const buffer = Buffer.allocUnsafe(largest);
    start(Math.ceil(largest / (WORDS * 4)));
    for (let p = 0; p < PARTITIONS; p++) {
      const size = sizes[p] as number;
      readWhole(join(dir, String(p)), buffer, size);
      file();
      keysIn(buffer.subarray(0, size), key);
    }
  }

  /** Removes the files. */
  close(): void {
    for (const fd of this.files.splice(0)) closeSync(fd);
    if (this.dir !== undefined) {
      rmSync(this.dir, { recursive: true, force: true });
      dropTemporaryPath(this.dir);
    }
    this.dir = undefined;
  }

  private open(): void {
    // Listed before it exists, so an interrupted run removes it (see tempfiles.ts); made like
    // mkdtemp does, with a name nobody can guess and only for us.
    const dir = join(tmpdir(), `datakoll-keys-${randomUUID()}`);
    addTemporaryPath(dir);
    mkdirSync(dir, { mode: 0o700 });
    this.dir = dir;
    for (let p = 0; p < PARTITIONS; p++) this.files.push(openSync(join(dir, String(p)), 'w'));
  }
}

function readWhole(file: string, buffer: Buffer, size: number): void {
  const fd = openSync(file, 'r');
  try {
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buffer, got, size - got, got);
      if (n === 0) throw new Error(`a temporary file of the duplicate check ended early: ${file}`);
      got += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** The keys of one spill file's bytes, in the order written. */
function keysIn(read: Buffer, key: SpilledKey): void {
  const bytes = read.byteOffset % 4 === 0 ? read : Buffer.from(read);
  // Whole words, written from a Uint32Array on this machine: read back the same way.
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  let at = 0;
  while (at < words.length) {
    const meta = words[at + 4] as number;
    const length = meta & ~HAS_ERROR;
    const textAt = (at + WORDS) * 4;
    key(words[at] as number, words[at + 1] as number, words[at + 2] as number, words[at + 3] as number, (meta & HAS_ERROR) !== 0, bytes, textAt, textAt + length);
    at += WORDS + Math.ceil(length / 4);
  }
}
