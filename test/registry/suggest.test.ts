/** "Did you mean" for a spec id that names no spec (issue 19). */
import { describe, expect, it } from 'vitest';
import type { DatakollError } from '../../src/errors.js';
import { Registry } from '../../src/registry/index.js';
import { suggestIds } from '../../src/registry/suggest.js';

const registry = new Registry();
const ids = [...new Set(registry.list().map((s) => s.id))];

function refusal(id: string): DatakollError {
  try {
    registry.resolve(id);
  } catch (e) {
    return e as DatakollError;
  }
  throw new Error(`${id} resolved`);
}

describe('did you mean', () => {
  it('suggests the id a slip, other letters, missing dots or one word of an id stand for', () => {
    expect(suggestIds('badplatsr', ids)).toEqual(['badplatser']);
    expect(suggestIds('Badplatser', ids)).toEqual(['badplatser']);
    expect(suggestIds('toaletter', ids)).toEqual(['offentliga-toaletter']);
    expect(suggestIds('snöröjning', ids)).toEqual(['snorojning']);
    expect(suggestIds('Offentliga toaletter', ids)).toEqual(['offentliga-toaletter']);
  });

  it('suggests nothing for what is close to no id', () => {
    for (const far of ['xyzzy', 'a', '', 'kommun', 'x'.repeat(5000)]) expect(suggestIds(far, ids), far).toEqual([]);
  });

  it('the usage error names the suggestion instead of listing every spec, and lists them when none is close', () => {
    const meant = refusal('badplatsr');
    expect(meant).toMatchObject({ kind: 'usage', code: 'spec-unknown-meant', params: { spec: 'badplatsr', meant: 'badplatser', count: 1 } });
    const none = refusal('xyzzy');
    expect(none.code).toBe('spec-unknown');
    expect(String(none.params.known).split(', ')).toHaveLength(ids.length);
  });
});
