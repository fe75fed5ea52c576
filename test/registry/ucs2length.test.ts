/** datakoll's character count gives what Ajv's gives, and the build really uses it. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ucs2length } from '../../src/schema/ucs2length.js';

const ajvCount = (createRequire(import.meta.url)('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default;

describe('ucs2length', () => {
  it("counts characters as Ajv's runtime does, lone surrogates and all", () => {
    const unit = fc.constantFrom('a', 'å', '😀', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '€', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(ucs2length(s)).toBe(ajvCount(s));
      }),
      { numRuns: 5000 },
    );
    expect(ucs2length('Åsa 😀')).toBe(5);
  });
});

describe('the build', () => {
  it("puts datakoll's count in the bundled Ajv's place (npm test builds dist/ first)", async () => {
    const ajv = (await import('../../dist/schema/ajv.js')) as { newAjv: (linear: boolean) => { compile: (s: object) => (x: unknown) => boolean } };
    const short = ajv.newAjv(true).compile({ type: 'string', maxLength: 2 });
    expect([short('😀😀'), short('abc')]).toEqual([true, false]);
    const bundle = createRequire(import.meta.url)('../../dist/schema/ajv-bundle.cjs') as Record<string, { default: unknown }>;
    const ours = (await import('../../dist/schema/ucs2length.js')) as { ucs2length: unknown };
    expect(bundle['ajv/dist/runtime/ucs2length.js']?.default).toBe(ours.ucs2length);
  });
});
