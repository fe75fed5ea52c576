/** Shared test helpers: temporary folders, minimal specs, streams from strings. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'datakoll-test-'));
}

export function writeTemp(dir: string, name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** A stream that yields the given chunks as separate buffers. */
export function chunks(...parts: (string | Buffer)[]): Readable {
  return Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)), { objectMode: false });
}

/** One attribute of a test spec, with the x- keywords every attribute needs. */
export const attr = (type: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type,
  ...extra,
  'x-datatype': type === 'integer' ? 'heltal' : type === 'number' ? 'decimaltal' : type === 'boolean' ? 'boolean' : 'text',
  'x-provenance': 'seen',
  'x-description': { sv: 'beskrivning', en: 'description' },
});

/** A small valid spec object: id (integer, key), name (text, required), lat (number), ok (boolean), day (date). */
export function miniSpec(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    'x-id': 'mini',
    'x-version': '1.0',
    'x-title': { sv: 'Mini', en: 'Mini' },
    'x-status': 'reconstructed',
    'x-license': 'CC0-1.0',
    'x-columns': ['id', 'name', 'lat', 'ok', 'day'],
    'x-unique-key': ['id'],
    type: 'object',
    required: ['id', 'name'],
    additionalProperties: false,
    properties: {
      id: attr('integer'),
      name: attr('string', { minLength: 1 }),
      lat: attr('number', { minimum: -90, maximum: 90 }),
      ok: attr('boolean'),
      day: attr('string', { format: 'date' }),
    },
    ...overrides,
  };
}

export function writeSpec(dir: string, spec: Record<string, unknown> = miniSpec(), name = 'mini.json'): string {
  return writeTemp(dir, name, JSON.stringify(spec));
}
