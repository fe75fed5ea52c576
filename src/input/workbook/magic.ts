/** A workbook's kind from its first bytes, and what an OLE file (the old binary format) is. */
import { open } from 'node:fs/promises';
import { WorkbookError } from './types.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  return head.length >= magic.length && magic.every((b, i) => head[i] === b);
}

/** From the first bytes: 'zip' (PK\x03\x04: may be a workbook), 'ole' (D0 CF 11 E0 A1 B1 1A E1: .xls or an encrypted .xlsx), or undefined. */
export function workbookMagic(head: Uint8Array): 'zip' | 'ole' | undefined {
  if (startsWith(head, ZIP)) return 'zip';
  if (startsWith(head, OLE)) return 'ole';
  return undefined;
}

/** How much of an OLE file is searched for the encryption stream's name. */
export const OLE_SCAN_BYTES = 1024 * 1024;

/** The stream name `EncryptionInfo` as an OLE directory entry spells it (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * An OLE file is a password-protected Office Open XML workbook (Office wraps the encrypted package
 * in an OLE container with an `EncryptionInfo` stream) or an old binary workbook (.xls). A quick
 * look for the UTF-16 name `EncryptionInfo` in the first MiB is enough: the directory of a small
 * container sits near the start, and an .xls that happens to hold these 28 bytes elsewhere would
 * only be called encrypted, which it cannot be read as either way.
 */
export function oleProblem(head: Uint8Array): 'encrypted' | 'xls' {
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls';
}

/** Up to `bytes` of the file's start; a system error becomes the problem `unreadable` (its code the detail). */
export async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(bytes);
    let got = 0;
    while (got < bytes) {
      const { bytesRead } = await handle.read(buffer, got, bytes - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buffer.subarray(0, got);
  } catch (e) {
    throw new WorkbookError('unreadable', (e as NodeJS.ErrnoException).code ?? String(e));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
