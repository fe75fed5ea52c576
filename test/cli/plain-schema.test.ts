/** --spec takes a plain JSON Schema (issue 19): read as a spec on the fly by specs import's importer, with a note saying how. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import { tempDir } from '../helpers.js';

const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'integer' }, name: { type: 'string' }, depth: { type: 'number', minimum: 0 }, open: { type: 'boolean' } },
};

function setUp(): { dir: string; schema: string; data: string } {
  const dir = tempDir();
  const schema = join(dir, 'Bathing Sites.json');
  writeFileSync(schema, JSON.stringify(SCHEMA, null, 2));
  const data = join(dir, 'data.csv');
  writeFileSync(data, 'id,name,depth,open\n1,A,2.5,true\nx,,-1,ja\n');
  return { dir, schema, data };
}

describe('--spec with a plain JSON Schema', () => {
  it('validate reads it with the id from the file name and the columns in property order, and says so', async () => {
    const { schema, data } = setUp();
    const r = await run(['validate', data, '--spec', schema, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.spec).toMatchObject({ id: 'bathing-sites', version: '1.0', file: schema, bundled: false });
    expect(file.spec.sha256).toBe(createHash('sha256').update(readFileSync(schema)).digest('hex'));
    expect(file.diagnostics.map((d: { code: string; row: number; field: string }) => [d.row, d.field, d.code])).toEqual([
      [3, 'id', 'invalid-integer'],
      [3, 'name', 'required-missing'],
      [3, 'depth', 'below-minimum'],
      [3, 'open', 'form-boolean-word'],
    ]);
    // The note: once, naming the id and the columns in the order of the properties.
    expect(r.stderr.match(/^datakoll: /gm)).toHaveLength(1);
    expect(r.stderr).toContain('bathing-sites');
    expect(r.stderr).toContain('id, name, depth, open');
    const sv = await run(['validate', data, '--spec', schema, '--lang', 'sv']);
    expect(sv.stderr).toContain('vanligt JSON Schema');
  });

  it('fix takes it too, and a datakoll spec file or a bundled id gives no note', async () => {
    const { dir, schema, data } = setUp();
    const out = join(dir, 'fixed.csv');
    const r = await run(['fix', data, '--spec', schema, '-o', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('x,,-1,true');
    expect(r.stderr).toContain('id, name, depth, open');
    const bundled = await run(['validate', data, '--spec', 'badplatser']);
    expect(bundled.stderr).not.toMatch(/JSON Schema/);
  });

  it('a JSON file that is no schema is refused as before, as a spec file that is not valid (exit 2)', async () => {
    const { dir, data } = setUp();
    const list = join(dir, 'list.json');
    writeFileSync(list, '[1, 2]');
    const r = await run(['validate', data, '--spec', list]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/plain JSON Schema/);
  });
});
