/**
 * The ZIP container, on yauzl: the central directory is read once (entries by name), and each part
 * is inflated as a stream, its actual inflated bytes counted against the part's limit, the total,
 * and the compression ratio (a ZIP bomb), whatever the headers claim.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { WorkbookError } from './types.js';
import type { WorkbookLimits } from './types.js';

/** What a part's read counts against. */
export interface PartBudget {
  /** The part's own limit in inflated bytes. */
  readonly limit: number;
  /** Bytes already spent of the total (the parts read at opening); this read counts on from there. */
  readonly spent: number;
}

function corrupt(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  return new WorkbookError('corrupt', e instanceof Error ? e.message : String(e));
}

/** A part name as a key: OOXML part names are case-insensitive, without a leading slash. */
export function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

export class ZipArchive {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly limits: WorkbookLimits,
  ) {}

  /** Opens the ZIP and reads its central directory; anything wrong with it is `corrupt`, too many entries `too-large`. */
  static async open(path: string, limits: WorkbookLimits): Promise<ZipArchive> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };
      yauzl.open(path, options, (err, z) => (err ? reject(corrupt(err)) : resolve(z)));
    });
    try {
      if (zip.entryCount > limits.maxEntries) throw new WorkbookError('too-large', `${zip.entryCount} entries`);
      return new ZipArchive(zip, await listEntries(zip), limits);
    } catch (e) {
      zip.close();
      throw corrupt(e);
    }
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /**
   * Hands each inflated chunk of a part to `onChunk`, in order; resolves with the part's inflated
   * bytes. A missing part, a broken stream or deflate data are `corrupt`, a limit passed `too-large`,
   * a part with ZIP encryption `encrypted`; what `onChunk` throws is passed on as it is.
   */
  async read(name: string, budget: PartBudget, onChunk: (chunk: Buffer) => void): Promise<number> {
    const entry = this.entries.get(partKey(name));
    if (entry === undefined) throw new WorkbookError('corrupt', `missing part ${name}`);
    if (entry.isEncrypted()) throw new WorkbookError('encrypted', name);
    const guard = this.guard(name, entry, budget);
    guard(entry.uncompressedSize);
    const stream = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, (err, s) => (err ? reject(corrupt(err)) : resolve(s)));
    });
    const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    let bytes = 0;
    try {
      for (;;) {
        const step = await chunks.next().catch((e: unknown) => Promise.reject(corrupt(e)));
        if (step.done === true) return bytes;
        bytes += step.value.length;
        guard(bytes);
        onChunk(step.value);
      }
    } finally {
      stream.destroy();
    }
  }

  /** A check of a byte count (the header's claim first, then the bytes inflated so far) against the part's limits. */
  private guard(name: string, entry: Entry, budget: PartBudget): (bytes: number) => void {
    const { maxRatio, ratioFloor, maxTotalBytes } = this.limits;
    const compressed = Math.max(1, entry.compressedSize);
    return (bytes) => {
      if (bytes > budget.limit) throw new WorkbookError('too-large', `${name}: more than ${budget.limit} bytes`);
      if (budget.spent + bytes > maxTotalBytes) throw new WorkbookError('too-large', `${name}: more than ${maxTotalBytes} bytes in all`);
      if (bytes > ratioFloor && bytes / compressed > maxRatio) throw new WorkbookError('too-large', `${name}: inflates more than ${maxRatio} times`);
    };
  }

  close(): void {
    if (this.zip.isOpen) this.zip.close();
  }
}

/** Every entry of the central directory by its part key (the first of two with one name). */
function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      const key = partKey(entry.fileName);
      if (!entries.has(key) && !key.endsWith('/')) entries.set(key, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (e: unknown) => reject(corrupt(e)));
    zip.readEntry();
  });
}
