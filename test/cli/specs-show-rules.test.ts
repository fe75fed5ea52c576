/** `specs show <id>` lists each attribute's rules in plain words (issue 19): mandatory, type, a pattern by its example, allowed values, range, length. */
import { describe, expect, it } from 'vitest';
import { SPEC_RULE_WORDS, say } from '../../src/report/index.js';
import { attr, miniSpec, tempDir, writeSpec } from '../helpers.js';
import { run } from './run.js';

const spec = miniSpec({
  'x-columns': ['id', 'name', 'code', 'kind', 'depth', 'tags'],
  properties: {
    id: attr('integer', { minimum: 1 }),
    name: attr('string', { minLength: 2, maxLength: 40 }),
    code: attr('string', { pattern: '^[0-9]{3} [0-9]{2}$', 'x-example': '426 71' }),
    kind: attr('string', { enum: ['lake', 'sea'] }),
    depth: attr('number', { minimum: 0, maximum: 30 }),
    tags: { ...attr('array'), items: { type: 'string', maxLength: 10 }, maxItems: 3, uniqueItems: true },
  },
});

/** The rules line of an attribute in the output. */
const rulesOf = (out: string, name: string): string => out.split('\n').find((l) => l.startsWith(`  ${name}: `)) ?? '';

describe('specs show: the rules of each attribute in plain words', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`in ${lang}`, async () => {
      const file = writeSpec(tempDir(), spec);
      const r = await run(['specs', 'show', file, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      const w = (k: keyof typeof SPEC_RULE_WORDS, p: Record<string, unknown> = {}): string => say(SPEC_RULE_WORDS[k], lang, p);
      expect(r.stdout).toContain(`${w('heading')}:`);
      expect(rulesOf(r.stdout, 'id')).toContain(w('mandatory'));
      expect(rulesOf(r.stdout, 'id')).toContain(w('atLeast', { min: 1 }));
      expect(rulesOf(r.stdout, 'name')).toContain(w('lengthBetween', { min: 2, max: 40 }));
      // A pattern is shown by its example, not as the expression.
      expect(rulesOf(r.stdout, 'code')).toContain(w('patternExample', { example: '426 71' }));
      expect(rulesOf(r.stdout, 'code')).toContain(w('optional'));
      expect(rulesOf(r.stdout, 'code')).not.toContain('[0-9]');
      expect(rulesOf(r.stdout, 'kind')).toContain(w('oneOf', { values: 'lake, sea' }));
      expect(rulesOf(r.stdout, 'depth')).toContain(w('between', { min: 0, max: 30 }));
      expect(rulesOf(r.stdout, 'tags')).toContain(w('lengthAtMost', { max: 10 }));
      expect(rulesOf(r.stdout, 'tags')).toContain(w('itemsAtMost', { max: 3 }));
      expect(rulesOf(r.stdout, 'tags')).toContain(w('unique'));
    });
  }

  it('a pattern without an example is shown as the pattern', async () => {
    const file = writeSpec(tempDir(), miniSpec({ 'x-columns': ['id', 'name', 'code'], properties: { id: attr('integer'), name: attr('string'), code: attr('string', { pattern: '^[A-Z]{2}$' }) } }));
    const r = await run(['specs', 'show', file]);
    expect(rulesOf(r.stdout, 'code')).toContain(say(SPEC_RULE_WORDS.pattern, 'en', { pattern: '^[A-Z]{2}$' }));
  });
});
