import { describe, expect, it } from 'vitest';
import { AUTO_MIN_SCORE, leafNames, rankSpecs, Registry } from '../../src/registry/index.js';

const specs = new Registry().list();

describe('rankSpecs', () => {
  it('an exact header scores 1 for its spec', () => {
    const s = new Registry().resolve('matsvinn');
    const [best] = rankSpecs(s.columns, specs);
    expect(best?.spec.id).toBe('matsvinn');
    expect(best?.score).toBe(1);
  });
  it('a subset of columns with the mandatory ones still matches well', () => {
    const [best] = rankSpecs(['source', 'id', 'name', 'serving_waste', 'plate_waste', 'kitchen_waste', 'date'], specs);
    expect(best?.spec.id).toBe('matsvinn');
    expect(best?.score).toBeGreaterThan(AUTO_MIN_SCORE);
  });
  it('unrelated or generic columns stay below the threshold', () => {
    expect(rankSpecs(['foo', 'bar'], specs)[0]?.score).toBe(0);
    expect(rankSpecs(['navn', 'latitude', 'longitude', 'adresse'], specs)[0]?.score).toBeLessThan(AUTO_MIN_SCORE);
  });
});

describe('leafNames', () => {
  it('flattens nested objects to dotted names and keeps arrays whole', () => {
    expect(leafNames({ a: 1, b: { c: 2, d: { e: [1, 2] } }, f: [] })).toEqual(['a', 'b.c', 'b.d.e', 'f']);
    expect(leafNames('x')).toEqual([]);
  });
});
