import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { csvTemplate, jsonTemplate } from '../../src/authoring/index.js';
import { Registry } from '../../src/registry/index.js';
import { chunks } from '../helpers.js';

const specs = new Registry().all();

describe('templates', () => {
  it('covers every bundled spec', () => {
    expect(specs.length).toBeGreaterThanOrEqual(20);
  });
  for (const spec of specs) {
    it(`${spec.id}@${spec.version}: the CSV and JSON templates conform`, async () => {
      const csv = csvTemplate(spec);
      expect(csv.split('\n')[0]).toBe(spec.columns.join(','));
      const fromCsv = await validateFile(chunks(csv), { spec, format: 'csv' });
      expect(fromCsv.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(fromCsv.stats.rows).toBe(1);
      const fromJson = await validateFile(chunks(jsonTemplate(spec)), { spec, format: 'json' });
      expect(fromJson.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(fromJson.stats.rows).toBe(1);
    });
  }
});
