/** A spec that breaks datakoll's meta-schema is told what, and where, in the catalogue's words in both languages (issue 16). */
import { describe, expect, it } from 'vitest';
import { DatakollError } from '../../src/errors.js';
import { loadSpecFile } from '../../src/registry/index.js';
import { miniSpec, tempDir, writeSpec } from '../helpers.js';

const dir = tempDir();

function refusal(spec: Record<string, unknown>, name: string): DatakollError {
  try {
    loadSpecFile(writeSpec(dir, spec, name), false);
  } catch (e) {
    if (e instanceof DatakollError) return e;
    throw e;
  }
  throw new Error('the spec was accepted');
}

describe('meta-schema problems', () => {
  it('a missing keyword, an unknown one, a wrong form and a wrong value are each said in Swedish and English', () => {
    const spec = miniSpec({ 'x-id': 'Has Spaces', 'x-status': 'official', 'x-colums': [] });
    delete spec['x-title'];
    const e = refusal(spec, 'broken.json');
    expect(e.code).toBe('spec-invalid');
    const sv = e.text('sv');
    const en = e.text('en');
    expect(sv).toContain('översta nivån saknar x-title');
    expect(en).toContain('the top level lacks x-title');
    expect(sv).toMatch(/\/x-id har inte formen \^/);
    expect(en).toMatch(/\/x-id does not have the form \^/);
    expect(sv).toMatch(/\/x-status ska vara ett av "verified"/);
    // Ajv's own English never reaches the message.
    for (const text of [sv, en]) expect(text).not.toMatch(/must have required property|must match pattern|must be equal to one of/);
  });

  it('beyond five problems it says how many more there are', () => {
    const spec = miniSpec({ 'x-id': 'Has Spaces', 'x-status': 'official' });
    for (const k of ['x-title', 'x-license', 'x-columns', 'x-version']) delete spec[k];
    const e = refusal(spec, 'many.json');
    expect(e.text('sv')).toMatch(/och \d+ till\)$/);
    expect(e.text('en')).toMatch(/and \d+ more\)$/);
  });

  it('an unknown keyword of the spec is named', () => {
    const e = refusal(miniSpec({ 'x-colour': 'blue' }), 'unknown.json');
    expect(e.text('sv')).toContain('den har nyckelordet x-colour, som varken JSON Schema eller datakoll känner till');
    expect(e.text('en')).toContain('it has the keyword x-colour, which neither JSON Schema nor datakoll knows');
    expect(e.text('sv')).not.toContain('strict mode');
  });
});
