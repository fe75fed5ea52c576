/**
 * A deeply nested JSON-LD catalogue is refused before it is parsed (it ran for minutes and ran out
 * of memory), quickly and with exit 3; brackets inside strings do not count (review of issue 22).
 */
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan, xmlNestsDeeperThan } from '../../src/harvest/depth.js';
import { harvest } from '../../src/harvest/run.js';
import { Registry } from '../../src/registry/index.js';
import { DatakollError, EXIT } from '../../src/errors.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from '../cli/run.js';

const dir = tempDir();
const remote = { timeoutMs: 1000, totalTimeoutMs: 1000, maxBytes: 1024, maxRedirects: 0, allowHttp: false };

/** `levels` objects and arrays nested in one another (levels even), about 13.5 bytes a level. */
function nested(levels: number): string {
  const p = '"https://test.example/p":';
  return `{"@id":"https://test.example/x",${p}${`[{${p}`.repeat(levels / 2)}1${'}]'.repeat(levels / 2)}}`;
}

/** RDF/XML with `levels` elements nested in one another (levels even) inside rdf:RDF. */
function nestedXml(levels: number): string {
  const head = '<?xml version="1.0"?><!-- <a><b> --><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:p="https://test.example/">';
  return `${head}${'<rdf:Description a="1>2"><p:q>'.repeat(levels / 2)}<![CDATA[<c><d>]]>${'</p:q></rdf:Description>'.repeat(levels / 2)}<p:r/></rdf:RDF>`;
}

describe('the nesting depth of a JSON-LD or RDF/XML catalogue', () => {
  it('counts XML elements, not comments, CDATA, declarations, self-closing tags or > in attributes', () => {
    expect(xmlNestsDeeperThan(nestedXml(MAX_JSON_DEPTH - 2), MAX_JSON_DEPTH)).toBe(false);
    expect(xmlNestsDeeperThan(nestedXml(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(true);
    expect(xmlNestsDeeperThan(`<r>${'<e/>'.repeat(500)}</r>`, MAX_JSON_DEPTH)).toBe(false);
  });

  it('100,000 nested RDF/XML elements: refused fast with exit 3, not parsed', async () => {
    const file = writeTemp(dir, 'deep.rdf', nestedXml(100_000));
    const started = Date.now();
    const e = await harvest(file, { registry: new Registry(), cwd: dir, concurrency: 1, remote, catalogueMaxBytes: 8 * 1024 * 1024, maxErrors: 100 }).catch((x: unknown) => x);
    expect([(e as DatakollError).code, (e as DatakollError).params.syntax]).toEqual(['harvest-catalogue-too-deep', 'RDF/XML']);
    expect((await run(['harvest', file])).code).toBe(EXIT.unreadable);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('counts brackets outside strings only, escapes included', () => {
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH - 2), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(`{"t":"${'[{'.repeat(500)}\\"${'[{'.repeat(500)}"}`, MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(`{"t":"\\\\"${'['.repeat(200)}`, MAX_JSON_DEPTH)).toBe(true);
  });

  it('100,000 levels in 1.5 MB: refused fast with exit 3, not parsed', async () => {
    const text = nested(100_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const file = writeTemp(dir, 'deep.jsonld', text);
    const started = Date.now();
    const e = await harvest(file, { registry: new Registry(), cwd: dir, concurrency: 1, remote, catalogueMaxBytes: 8 * 1024 * 1024, maxErrors: 100 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DatakollError);
    expect([(e as DatakollError).code, (e as DatakollError).params.max]).toEqual(['harvest-catalogue-too-deep', MAX_JSON_DEPTH]);
    const cli = await run(['harvest', file]);
    expect(cli.code).toBe(EXIT.unreadable);
    expect(cli.stderr).toBe(`datakoll: ${(e as DatakollError).text('en')}\n`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a catalogue nested within the limit is read as before', async () => {
    const file = writeTemp(dir, 'shallow.jsonld', nested(40));
    const e = await harvest(file, { registry: new Registry(), cwd: dir, concurrency: 1, remote, catalogueMaxBytes: 8 * 1024 * 1024, maxErrors: 100 }).catch((x: unknown) => x);
    expect((e as DatakollError).code).toBe('harvest-not-dcat');
  });
});
