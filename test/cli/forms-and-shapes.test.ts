import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';

const dir = tempDir();
const codes = (stdout: string): string[] => JSON.parse(stdout).files[0].diagnostics.map((d: { code: string }) => d.code);

describe('validate: encodings, dialects and forms (issue 4)', () => {
  it('an Excel export is read correctly and each deviation reported once', async () => {
    const excel = iconv.encode('place_id;name;latitude;longitude;toilet\r\n1;Ängen;57,6312;11,7954;ja\r\n2;Kärr;57,7011;11,8012;Nej\r\n', 'windows-1252');
    const r = await run(['validate', writeTemp(dir, 'excel.csv', excel), '--spec', 'badplatser', '--format', 'json']);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.dialect).toEqual({ encoding: 'windows-1252', encodingConfidence: 'likely', bom: false, delimiter: ';', quote: '"', lineEnding: 'CRLF' });
    expect(f.diagnostics.filter((d: { code: string }) => d.code.startsWith('encoding') || d.code.startsWith('dialect')).map((d: { code: string }) => d.code)).toEqual(['encoding-not-utf8', 'dialect-delimiter']);
    expect(f.diagnostics.filter((d: { code: string }) => d.code.startsWith('form-')).map((d: { code: string; value: string; params: { canonical?: string } }) => [d.code, d.value, d.params.canonical])).toEqual([
      ['form-decimal-comma', '57,6312', '57.6312'],
      ['form-decimal-comma', '11,7954', '11.7954'],
      ['form-boolean-word', 'ja', 'true'],
      ['form-decimal-comma', '57,7011', '57.7011'],
      ['form-decimal-comma', '11,8012', '11.8012'],
      ['form-boolean-word', 'Nej', 'false'],
    ]);
    // The names with å/ä/ö came through, and no value was also reported out of range.
    expect(f.diagnostics.some((d: { code: string }) => d.code === 'invalid-number' || d.code === 'above-maximum')).toBe(false);
    expect(r.stdout).not.toContain('�');
    const lenient = await run(['validate', writeTemp(dir, 'excel2.csv', excel), '--spec', 'badplatser', '--lenient-forms', '--format', 'json']);
    expect(JSON.parse(lenient.stdout).files[0].diagnostics.filter((d: { code: string; severity: string }) => d.code.startsWith('form-')).every((d: { severity: string }) => d.severity === 'warning')).toBe(true);
  });

  it('BOM, title row, trailing delimiters, invalid UTF-8', async () => {
    const bom = await run(['validate', writeTemp(dir, 'bom.csv', '\ufeffplace_id,name,latitude,longitude\n1,A,57.7011,11.8012\n'), '--spec', 'badplatser', '--format', 'json']);
    expect(codes(bom.stdout)).toContain('encoding-bom');
    const titled = await run(['validate', writeTemp(dir, 'title.csv', 'Badplatser 2024,,,,\nplace_id,name,latitude,longitude,\n1,A,57.7011,11.8012,\n2,B,57.7012,11.8013,\n'), '--spec', 'badplatser', '--format', 'json']);
    const t = JSON.parse(titled.stdout).files[0];
    expect(t.diagnostics.filter((d: { severity: string }) => d.severity !== 'info').map((d: { code: string }) => d.code)).toEqual(['dialect-trailing-delimiter', 'dialect-title-row']);
    const bad = Buffer.concat([Buffer.from('place_id,name,latitude,longitude\n1,Åsa,57.7011,11.8012\n2,Bö'), Buffer.from([0xff]), Buffer.from(',57.7012,11.8013\n')]);
    const inv = await run(['validate', writeTemp(dir, 'inv.csv', bad), '--spec', 'badplatser', '--format', 'json']);
    const invalid = JSON.parse(inv.stdout).files[0].diagnostics.filter((d: { code: string }) => d.code === 'encoding-invalid-utf8');
    expect(invalid.map((d: { row: number; line: number }) => [d.row, d.line])).toEqual([[3, 3]]);
  });

  it('CR line endings alone are not "different ways", and a file of blanks is not tab-separated', async () => {
    const cr = await run(['validate', writeTemp(dir, 'cr.csv', 'place_id,name,latitude,longitude\r1,A,57.7011,11.8012\r'), '--spec', 'badplatser', '--format', 'json']);
    const c = JSON.parse(cr.stdout).files[0];
    expect(c.dialect.lineEnding).toBe('CR');
    expect(codes(cr.stdout).filter((x) => x.startsWith('dialect'))).toEqual(['dialect-line-endings-cr']);
    const blanks = await run(['validate', writeTemp(dir, 'blanks.csv', '   \t  \n  \n\t\n'), '--spec', 'badplatser', '--format', 'json']);
    expect(JSON.parse(blanks.stdout).files[0].dialect.delimiter).toBe(',');
    expect(codes(blanks.stdout)).not.toContain('dialect-delimiter');
  });

  it('JSON: GeoJSON and --records', async () => {
    const geo = writeTemp(dir, 'b.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [11.8012, 57.7011] }, properties: { place_id: '1', name: 'A' } }] }));
    const g = await run(['validate', geo, '--spec', 'badplatser', '--format', 'json']);
    expect(g.code).toBe(0);
    expect(JSON.parse(g.stdout).files[0].format).toBe('json');
    const wrapped = writeTemp(dir, 'w.json', JSON.stringify({ data: { items: [{ place_id: '1', name: 'A', latitude: 57.7011, longitude: 11.8012 }] } }));
    expect((await run(['validate', wrapped, '--spec', 'badplatser', '--records', '/data/items'])).code).toBe(0);
    expect((await run(['validate', wrapped, '--spec', 'badplatser', '--records', '/nope'])).code).toBe(1);
    expect((await run(['validate', wrapped, '--spec', 'badplatser', '--records', 'nope'])).code).toBe(2);
  });

  describe('JSON: more than one list that could be the records, and --records where there is none', () => {
    const good = [57.7011, 57.7012, 57.7013].map((latitude, i) => ({ place_id: String(i + 1), name: `Bad ${i + 1}`, latitude, longitude: 11.8012 }));
    const bad = [{ place_id: 'bad', latitude: 'x' }];
    const json = async (path: string, ...flags: string[]): Promise<{ code: number; codes: string[]; file: { diagnostics: { code: string; params: Record<string, unknown> }[] } }> => {
      const r = await run(['validate', path, '--spec', 'badplatser', '--format', 'json', ...flags]);
      return { code: r.code, codes: codes(r.stdout), file: JSON.parse(r.stdout).files[0] };
    };

    it('validate: a second list is not passed over in silence, whichever comes first; --records picks one', async () => {
      const first = writeTemp(dir, 'two-lists.json', JSON.stringify({ results: good, items: bad }));
      const r = await json(first);
      expect([r.code, r.codes]).toEqual([1, ['json-records-ambiguous']]);
      expect(r.file.diagnostics[0]?.params).toEqual({ lists: '/results, /items', checked: '/results' });
      const other = await json(writeTemp(dir, 'two-lists-2.json', JSON.stringify({ items: bad, results: good })));
      expect([other.code, other.codes.at(-1)]).toEqual([1, 'json-records-ambiguous']);
      expect([(await json(first, '--records', '/results')).code, (await json(first, '--records', '/results')).codes]).toEqual([0, []]);
      const items = await json(first, '--records', '/items');
      expect([items.code, items.codes.includes('json-records-ambiguous')]).toEqual([1, false]);
      // An empty second list hides nothing.
      expect((await json(writeTemp(dir, 'empty-second.json', JSON.stringify({ results: good, items: [] })))).code).toBe(0);
    });

    // Found on main: {"results": [...], "results": [...]} was read as its first list only, and
    // passed, while JSON.parse (and most readers) keep only the last.
    it('validate: the records list written twice, or another key twice outside the records, is an error', async () => {
      const good1 = JSON.stringify(good);
      const twice = writeTemp(dir, 'results-twice.json', `{"results": ${good1},\n "results": ${JSON.stringify(bad)}}`);
      for (const flags of [[], ['--records', '/results']]) {
        const r = await json(twice, ...flags);
        expect([r.code, r.codes]).toEqual([1, ['json-records-twice']]);
        expect(r.file.diagnostics[0]?.params).toEqual({ pointer: '/results' });
      }
      const meta = await json(writeTemp(dir, 'meta-twice.json', `{"lang": "sv", "lang": "en", "results": ${good1}}`));
      expect([meta.code, meta.codes]).toEqual([1, ['json-duplicate-key-outside']]);
      expect(meta.file.diagnostics[0]?.params).toEqual({ pointer: '/lang' });
      // A list of the same name in another object is not the records' key twice.
      expect((await json(writeTemp(dir, 'nested-results.json', JSON.stringify({ results: good, meta: { results: [1] } })))).code).toBe(0);
      const sv = await run(['validate', twice, '--spec', 'badplatser', '--lang', 'sv']);
      expect(sv.stdout).toContain('Listan med posterna, /results, står två gånger i samma JSON-objekt.');
    });

    it('fix refuses to guess (exit 2, nothing written) and fixes the list --records names', async () => {
      const input = writeTemp(dir, 'two-lists-fix.json', JSON.stringify({ results: good, items: bad }));
      const out = `${dir}/two-lists-fixed.json`;
      const refused = await run(['fix', input, '--spec', 'badplatser', '-o', out]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('/results, /items');
      expect(existsSync(out)).toBe(false);
      const sv = await run(['fix', input, '--spec', 'badplatser', '-o', out, '--lang', 'sv']);
      expect([sv.code, sv.stderr]).toEqual([2, expect.stringContaining('har inte skrivit något')]);
      const named = await run(['fix', input, '--spec', 'badplatser', '-o', out, '--records', '/results']);
      expect(named.code).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ results: good, items: bad });
    });

    it('--records on a top-level array (or JSON Lines) is json-not-records, as on an object without that key; fix agrees: the file written as it was, the finding left, exit 1', async () => {
      const array = writeTemp(dir, 'array.json', JSON.stringify(good));
      const object = writeTemp(dir, 'object.json', JSON.stringify({ results: good }));
      const lines = writeTemp(dir, 'lines.jsonl', good.map((g) => JSON.stringify(g)).join('\n'));
      for (const path of [array, object, lines]) {
        const r = await json(path, '--records', '/nope');
        expect([r.code, r.codes, r.file.diagnostics[0]?.params]).toEqual([1, ['json-not-records'], { found: { sv: 'ingen lista med poster vid /nope', en: 'no list of records at /nope' } }]);
      }
      expect((await json(array)).code).toBe(0);
      const fixes = await Promise.all([array, object].map((p) => run(['fix', p, '--spec', 'badplatser', '-o', `${p}.fixed.json`, '--records', '/nope'])));
      expect(fixes.map((f) => f.code)).toEqual([1, 1]);
      for (const p of [array, object]) expect(readFileSync(`${p}.fixed.json`)).toEqual(readFileSync(p));
      expect(fixes.every((f) => f.stdout.includes('json-not-records') || f.stderr.includes('json-not-records'))).toBe(true);
    });
  });

  it('an http address is read with --allow-http (refused without); a 404 is exit 3 with the reason', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/bp.csv') {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.end('place_id,name,latitude,longitude\n1,A,57.7011,11.8012\n');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await run(['validate', `${base}/bp.csv`, '--spec', 'badplatser', '--allow-http'])).code).toBe(0);
      const plain = await run(['validate', `${base}/bp.csv`, '--spec', 'badplatser', '--lang', 'sv']);
      expect(plain.code).toBe(3);
      expect(plain.stdout).toContain('okrypterad http://-adress');
      const missing = await run(['validate', `${base}/nope.csv`, '--spec', 'badplatser', '--allow-http']);
      expect(missing.code).toBe(3);
      expect(missing.stdout).toContain('the server answered 404 Not Found');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('x-form-severity in a spec', () => {
  it('makes form findings warnings unless the flag says otherwise', async () => {
    const { readFileSync } = await import('node:fs');
    const bundled = JSON.parse(readFileSync(new URL('../../specs/badplatser/1.0.json', import.meta.url), 'utf8'));
    const spec = writeTemp(dir, 'lenient-spec.json', JSON.stringify({ ...bundled, 'x-form-severity': 'warning' }));
    const csv = writeTemp(dir, 'comma.csv', 'place_id,name,latitude,longitude\n1,A,"57,7011",11.8012\n');
    const r = await run(['validate', csv, '--spec', spec, '--format', 'json']);
    const form = JSON.parse(r.stdout).files[0].diagnostics.find((d: { code: string }) => d.code === 'form-decimal-comma');
    expect(form.severity).toBe('warning');
    expect(r.code).toBe(0);
  });
});
