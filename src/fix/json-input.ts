/**
 * Reads a JSON file whole for fix (bounded in size): decoded to text, checked to be valid JSON,
 * and where its records are (a top-level array, JSON Lines, GeoJSON features or a wrapper).
 */
import { Readable } from 'node:stream';
import { DatakollError } from '../errors.js';
import { pointerKeys, readJson, utf8Decoder } from '../input/index.js';
import type { JsonShape, JsonSink } from '../input/index.js';
import { jsonProblemText } from '../report/index.js';
import type { Templates } from '../report/index.js';
import { decideEncoding, encodingVerdict, shownName } from './input.js';
import type { FixInput, FixOptions } from './fix.js';

/** JSON files larger than this are refused by fix (they are read whole). */
export const MAX_JSON_FIX_BYTES = 256 * 1024 * 1024;

export interface JsonForFix {
  readonly text: string;
  readonly shape: JsonShape;
  readonly prefix: readonly string[];
  readonly encoding: string;
  readonly bom: boolean;
  /** No list of records (json-not-records): the file is written as it was, and validating the output lists it. */
  readonly noRecords: boolean;
}

export async function readJsonForFix(input: FixInput, format: 'json' | 'jsonl', options: FixOptions, named?: readonly string[]): Promise<JsonForFix> {
  const bytes = await readAll(input);
  const decision = decideEncoding(await encodingVerdict(bytes, bytes, options.encoding), input.name);
  let invalid = false;
  const decoder = utf8Decoder(decision.info, () => (invalid = true));
  const parts = [decoder.write(bytes), decoder.end()].filter((b): b is Buffer => b !== undefined);
  if (invalid) throw decision.mixedError();
  const text = Buffer.concat(parts).toString('utf8').replace(/^\uFEFF/, '');
  const found = await shapeOf(text, format, options.records, named);
  if (found.problem !== undefined) {
    throw new DatakollError('io', 'fix-json-unreadable', { file: shownName(input.name), problem: found.problem });
  }
  if (found.twice !== undefined) throw new DatakollError('usage', 'fix-json-records-twice', { file: shownName(input.name), pointer: found.twice });
  if (found.ambiguous !== undefined) throw ambiguous(shownName(input.name), found.ambiguous);
  return { text, shape: found.shape, prefix: found.prefix, encoding: decision.info.encoding, bom: decision.info.bom, noRecords: found.noRecords };
}

/**
 * A usage error, as for an encoding fix would have to guess: the top-level object holds more than
 * one list that could be the records, and fix would check and fix one of them and leave the others unread.
 */
function ambiguous(file: Templates, a: { lists: readonly string[]; checked: string }): DatakollError {
  const lists = a.lists.join(', ');
  return new DatakollError('usage', 'fix-json-records-ambiguous', { file, lists, checked: a.checked });
}

async function readAll(input: FixInput): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of input.open()) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_FIX_BYTES) {
      const mib = MAX_JSON_FIX_BYTES / 1024 / 1024;
      throw new DatakollError('usage', 'fix-json-too-large', { file: shownName(input.name), mib });
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}

interface Found {
  shape: JsonShape;
  prefix: readonly string[];
  noRecords: boolean;
  problem?: { en: string; sv: string };
  /** Lists besides the one found that could be the records (see JsonSink.recordsAmbiguous). */
  ambiguous?: { lists: readonly string[]; checked: string };
  /** The records list's key, written twice in its object (see JsonSink.keyTwiceOutside). */
  twice?: string;
}

/** Where the records are, found by the same reader validate uses (`named`: the spec's x-records); or why the file cannot be read. */
async function shapeOf(text: string, format: 'json' | 'jsonl', records: string | undefined, named: readonly string[] | undefined): Promise<Found> {
  const found: Found = { shape: 'array', prefix: [], noRecords: false };
  const sink: JsonSink = {
    start: (_shape, prefix) => void (found.prefix = prefix ?? []),
    record: () => undefined,
    syntax: (line, column, reason, char) => void (found.problem ??= { en: jsonProblemText({ line, column, reason, found: char }, 'en'), sv: jsonProblemText({ line, column, reason, found: char }, 'sv') }),
    // As validate: json-not-records, a finding of the file; the file is written as it was.
    notRecords: () => void (found.noRecords = true),
    recordsAmbiguous: (lists, checked) => void (found.ambiguous = { lists, checked }),
    keyTwiceOutside: (pointer, records) => void (records ? (found.twice = pointer) : undefined),
  };
  const shape = await readJson(Readable.from([Buffer.from(text)]), sink, { lines: format === 'jsonl', ...(records !== undefined ? { records: pointerKeys(records) } : named !== undefined ? { named } : {}) });
  // No JSON value at all: written as it was, and validating the output lists file-empty, as for an empty CSV file.
  if (found.noRecords) found.shape = format === 'jsonl' ? 'lines' : 'array';
  else if (shape !== undefined) found.shape = shape;
  else if (format === 'jsonl') found.shape = 'lines';
  return found;
}
