import { describe, expect, it } from 'vitest';
import { toTableSchema } from '../../src/authoring/index.js';
import { Registry } from '../../src/registry/index.js';

describe('export to a Frictionless Table Schema', () => {
  it('one field per column, in order, with constraints and the primary key', () => {
    const spec = new Registry().resolve('offentliga-toaletter');
    const ts = toTableSchema(spec) as { fields: Record<string, unknown>[]; primaryKey: unknown; missingValues: unknown };
    expect(ts.fields.map((f) => f.name)).toEqual(spec.columns);
    expect(ts.fields.find((f) => f.name === 'updated')).toMatchObject({ type: 'date' });
    expect(ts.fields.find((f) => f.name === 'email')).toMatchObject({ type: 'string', format: 'email', constraints: { required: true } });
    expect(ts.fields.find((f) => f.name === 'service_interval')).toMatchObject({ constraints: { enum: ['UNKNOWN', 'IRREG', 'YEARLY', 'QUARTERLY', 'MONTHLY', 'WEEKLY', 'DAILY'] } });
    expect(ts.fields.find((f) => f.name === 'wc')).toMatchObject({ type: 'integer', constraints: { minimum: 0 } });
    expect(ts.primaryKey).toBe('id');
    expect(ts.missingValues).toEqual(['']);
  });

  it('writes date-time with a format that takes an offset, as RFC 3339 does (not only UTC "Z")', () => {
    const spec = new Registry().resolve('evenemang');
    const ts = toTableSchema(spec) as { fields: { name: string; type: string; format?: string }[] };
    const dateTimes = ts.fields.filter((f) => spec.attributes.find((a) => a.name === f.name)?.format === 'date-time');
    expect(dateTimes.length).toBeGreaterThan(0);
    for (const f of dateTimes) expect(f).toMatchObject({ type: 'datetime', format: '%Y-%m-%dT%H:%M:%S%z' });
  });
});
