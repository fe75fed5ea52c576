/**
 * --shard i/n: a stable split of a catalogue by distribution address (the first 8 bytes of its
 * SHA-256 modulo n), so every runner of a CI matrix takes its own part and the same address
 * always lands in the same part, whatever else the catalogue holds or in which order.
 */
import { createHash } from 'node:crypto';
import { DatakollError } from '../errors.js';

export interface Shard {
  /** From 1. */
  readonly index: number;
  readonly count: number;
}

/** Parses "i/n" (1 ≤ i ≤ n ≤ 10000); anything else is a usage error. */
export function parseShard(given: string): Shard {
  const m = /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(given);
  const index = m === null ? NaN : Number(m[1]);
  const count = m === null ? NaN : Number(m[2]);
  if (!(index >= 1 && count >= 1 && index <= count && count <= 10_000)) throw new DatakollError('usage', 'harvest-shard', { given: JSON.stringify(given) });
  return { index, count };
}

/** The part (from 1) a key falls in. */
export function partOf(key: string, count: number): number {
  const n = createHash('sha256').update(key).digest().readBigUInt64BE(0);
  return Number(n % BigInt(count)) + 1;
}

/** Whether a distribution (by its address, else its node, else its dataset) is in the shard. */
export function inShard(shard: Shard | undefined, e: { readonly url: string; readonly distribution: string; readonly dataset: string }): boolean {
  if (shard === undefined || shard.count === 1) return true;
  const key = e.url !== '' ? e.url : e.distribution !== '' ? e.distribution : e.dataset;
  return partOf(key, shard.count) === shard.index;
}
