import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/authoring/index.js';
import { buildSpec } from '../../src/registry/index.js';
import { miniSpec } from '../helpers.js';

const specOf = (raw: Record<string, unknown>) => buildSpec(raw, 'x.json', Buffer.from(JSON.stringify(raw)), false);

describe('diffSpecs', () => {
  it('finds nothing between a spec and itself', () => {
    const a = specOf(miniSpec());
    expect(diffSpecs(a, a)).toEqual([]);
  });

  it('added, removed, renamed, retyped, mandatory and optional', () => {
    const base = miniSpec();
    const props = base.properties as Record<string, Record<string, unknown>>;
    const b = miniSpec({
      'x-columns': ['id', 'title', 'lat', 'ok', 'extra'],
      required: ['id', 'title', 'ok'],
      properties: {
        id: { ...props.id, type: 'string', 'x-datatype': 'text' },
        title: { ...props.name },
        lat: props.lat,
        ok: props.ok,
        extra: { type: 'string', 'x-datatype': 'text', 'x-provenance': 'seen', 'x-description': { sv: 'helt annat', en: 'something else entirely' } },
      },
    });
    const changes = diffSpecs(specOf(base), specOf(b));
    expect(changes).toEqual([
      { kind: 'retyped', from: 'id', to: 'id', fromType: 'heltal (integer)', toType: 'text (string)' },
      { kind: 'renamed', from: 'name', to: 'title' },
      { kind: 'made-mandatory', from: 'ok', to: 'ok' },
      { kind: 'added', to: 'extra' },
      { kind: 'removed', from: 'day' },
    ]);
  });
});

describe('diffSpecs: the rules on a value and the column order', () => {
  it('enumeration, pattern, length, range and order', () => {
    const base = miniSpec();
    const props = base.properties as Record<string, Record<string, unknown>>;
    const a = miniSpec({ properties: { ...props, name: { ...props.name, enum: ['A', 'B'], pattern: '^[A-Z]$' } } });
    const b = miniSpec({
      'x-columns': ['id', 'lat', 'name', 'ok', 'day'],
      properties: { ...props, name: { ...props.name, enum: ['A', 'C'], minLength: 1, maxLength: 9 }, lat: { ...props.lat, minimum: 55 } },
    });
    expect(diffSpecs(specOf(a), specOf(b))).toEqual([
      { kind: 'range-changed', from: 'lat', to: 'lat', fromRule: '-90..90', toRule: '55..90' },
      { kind: 'enum-changed', from: 'name', to: 'name', fromRule: 'A | B', toRule: 'A | C' },
      { kind: 'pattern-changed', from: 'name', to: 'name', fromRule: '^[A-Z]$', toRule: '' },
      { kind: 'length-changed', from: 'name', to: 'name', fromRule: '1..', toRule: '1..9' },
      { kind: 'reordered', fromRule: 'id, name, lat, ok, day', toRule: 'id, lat, name, ok, day' },
    ]);
  });
});

describe('specs diff as text', () => {
  it('keeps a space between the longest change word and the name, in both languages', async () => {
    const { formatDiff } = await import('../../src/cli/specs-output.js');
    const base = miniSpec();
    const props = base.properties as Record<string, Record<string, unknown>>;
    const a = specOf(miniSpec({ properties: { ...props, name: { ...props.name, enum: ['A', 'B'] } } }));
    const b = specOf(miniSpec({ properties: { ...props, name: { ...props.name, enum: ['A', 'C'] } } }));
    for (const lang of ['sv', 'en'] as const) {
      const text = formatDiff(a, b, diffSpecs(a, b), 'text', lang);
      expect(text, lang).toMatch(lang === 'sv' ? /andra tillåtna värden +name: A \| B -> A \| C/ : /other allowed values +name: A \| B -> A \| C/);
    }
  });
});
