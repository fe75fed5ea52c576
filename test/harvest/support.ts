/**
 * A local catalogue server on 127.0.0.1 for the harvest's tests, and catalogues written by the
 * tests in Turtle, RDF/XML and JSON-LD. The server counts requests per path and the peak of
 * requests open at once; it serves data files, a 404, a slow answer, a huge body, a redirect loop
 * and a file with an ETag (answering 304 to If-None-Match).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

export const VALID_CSV = readFileSync(fileURLToPath(new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url)));
/** The valid file with one coordinate out of range: it does not conform. */
export const INVALID_CSV = Buffer.from(VALID_CSV.toString('utf8').replace(',57.6312,', ',957.6312,'));

export interface TestServer {
  readonly base: string;
  readonly hits: Map<string, number>;
  readonly agents: Set<string>;
  /** Requests that came with If-None-Match or If-Modified-Since, by path. */
  readonly conditional: Map<string, number>;
  peak: number;
  /** Files the test serves at a path (a catalogue, data). */
  readonly files: Map<string, { body: Buffer | string; type: string; etag?: string; lastModified?: string }>;
  /** Milliseconds every /data/ answer waits (to let requests overlap). */
  delayMs: number;
  close(): Promise<void>;
}

function route(s: TestServer, req: IncomingMessage, res: ServerResponse, path: string): void {
  if (path === '/slow.csv') return; // never answers: the client's time-out ends it
  if (path === '/huge.csv') {
    res.writeHead(200, { 'content-type': 'text/csv' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < 64 && res.write(chunk)) sent++;
      if (sent < 64) res.once('drain', pump);
      else res.end();
    };
    res.on('error', () => undefined);
    pump();
    return;
  }
  if (path === '/not-modified.csv') {
    res.writeHead(304).end(); // to a request that asked nothing
    return;
  }
  if (path === '/loop.csv') {
    res.writeHead(302, { location: '/loop.csv' }).end();
    return;
  }
  const f = s.files.get(path);
  if (f === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  if ((f.etag !== undefined && req.headers['if-none-match'] === f.etag) || (f.lastModified !== undefined && req.headers['if-modified-since'] === f.lastModified)) {
    res.writeHead(304).end();
    return;
  }
  res.writeHead(200, { 'content-type': f.type, ...(f.etag !== undefined ? { etag: f.etag } : {}), ...(f.lastModified !== undefined ? { 'last-modified': f.lastModified } : {}) }).end(f.body);
}

export async function startServer(): Promise<TestServer> {
  let open = 0;
  const sockets = new Set<Socket>();
  const state = { hits: new Map<string, number>(), agents: new Set<string>(), conditional: new Map<string, number>(), peak: 0, files: new Map(), delayMs: 0 } as unknown as TestServer;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').replace(/\?.*$/, '');
    state.hits.set(req.url ?? '/', (state.hits.get(req.url ?? '/') ?? 0) + 1);
    state.agents.add(String(req.headers['user-agent']));
    if (req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined) state.conditional.set(path, (state.conditional.get(path) ?? 0) + 1);
    open++;
    state.peak = Math.max(state.peak, open);
    res.on('close', () => open--);
    const go = (): void => route(state, req, res, path);
    if (path.startsWith('/data/') && state.delayMs > 0) setTimeout(go, state.delayMs);
    else go();
  });
  server.on('connection', (c) => {
    sockets.add(c);
    c.on('close', () => sockets.delete(c));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    base,
    close: async () => {
      for (const c of sockets) c.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  });
}

/** One distribution of a test catalogue. */
export interface Dist {
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly conformsTo?: string;
  /** conformsTo on the dataset instead of the distribution. */
  readonly onDataset?: boolean;
}

const esc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function turtle(dists: readonly Dist[]): string {
  const lines = ['@prefix dcat: <http://www.w3.org/ns/dcat#> .', '@prefix dcterms: <http://purl.org/dc/terms/> .', '@prefix foaf: <http://xmlns.com/foaf/0.1/> .', '<https://test.example/catalog> a dcat:Catalog .'];
  dists.forEach((d, i) => {
    const claim = d.conformsTo === undefined ? '' : ` dcterms:conformsTo <${d.conformsTo}> ;`;
    const pub = d.publisher === undefined ? '' : ` dcterms:publisher [ foaf:name "${esc(d.publisher)}"@sv ] ;`;
    const url = d.url === undefined ? '' : ` dcat:downloadURL <${d.url}> ;`;
    lines.push(`<https://test.example/ds/${i}> a dcat:Dataset ; dcterms:title "${esc(d.title)}"@sv ;${pub}${d.onDataset === true ? claim : ''} dcat:distribution <https://test.example/dist/${i}> .`);
    lines.push(`<https://test.example/dist/${i}> a dcat:Distribution ;${url}${d.onDataset === true ? '' : claim} dcterms:format "text/csv" .`);
  });
  return `${lines.join('\n')}\n`;
}

export function rdfXml(dists: readonly Dist[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/">', '<dcat:Catalog rdf:about="https://test.example/catalog"/>'];
  dists.forEach((d, i) => {
    const claim = d.conformsTo === undefined ? '' : `<dcterms:conformsTo rdf:resource="${xml(d.conformsTo)}"/>`;
    const pub = d.publisher === undefined ? '' : `<dcterms:publisher><foaf:Agent><foaf:name xml:lang="sv">${xml(d.publisher)}</foaf:name></foaf:Agent></dcterms:publisher>`;
    const url = d.url === undefined ? '' : `<dcat:downloadURL rdf:resource="${xml(d.url)}"/>`;
    out.push(`<dcat:Dataset rdf:about="https://test.example/ds/${i}"><dcterms:title xml:lang="sv">${xml(d.title)}</dcterms:title>${pub}${d.onDataset === true ? claim : ''}<dcat:distribution><dcat:Distribution rdf:about="https://test.example/dist/${i}">${url}${d.onDataset === true ? '' : claim}<dcterms:format>text/csv</dcterms:format></dcat:Distribution></dcat:distribution></dcat:Dataset>`);
  });
  out.push('</rdf:RDF>');
  return `${out.join('\n')}\n`;
}

export function jsonLd(dists: readonly Dist[]): string {
  const context = { dcat: 'http://www.w3.org/ns/dcat#', dcterms: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/' };
  const graph: unknown[] = [{ '@id': 'https://test.example/catalog', '@type': 'dcat:Catalog' }];
  dists.forEach((d, i) => {
    const claim = d.conformsTo === undefined ? {} : { 'dcterms:conformsTo': { '@id': d.conformsTo } };
    graph.push({
      '@id': `https://test.example/ds/${i}`,
      '@type': 'dcat:Dataset',
      'dcterms:title': { '@value': d.title, '@language': 'sv' },
      ...(d.publisher === undefined ? {} : { 'dcterms:publisher': { 'foaf:name': { '@value': d.publisher, '@language': 'sv' } } }),
      ...(d.onDataset === true ? claim : {}),
      'dcat:distribution': { '@id': `https://test.example/dist/${i}`, '@type': 'dcat:Distribution', ...(d.url === undefined ? {} : { 'dcat:downloadURL': { '@id': d.url } }), ...(d.onDataset === true ? {} : claim), 'dcterms:format': 'text/csv' },
    });
  });
  return `${JSON.stringify({ '@context': context, '@graph': graph }, null, 1)}\n`;
}
