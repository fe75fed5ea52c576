/**
 * A catalogue's bytes as RDF triples, in any of the three syntaxes DCAT-AP-SE catalogues are
 * published in: Turtle (n3), RDF/XML (rdfxml-streaming-parser) and JSON-LD
 * (jsonld-streaming-parser, which never fetches a remote context: its document loader refuses,
 * so reading a catalogue asks nothing of any other server). Invalid RDF is exit 3.
 */
// The RDF parsers are loaded when a catalogue is read, not with the library: they and their
// dependencies are about 130 modules, which `validate` would otherwise load and hold (13 MB).
import type { RdfXmlParser } from 'rdfxml-streaming-parser';
import type { JsonLdParser } from 'jsonld-streaming-parser';
import type { Quad } from '@rdfjs/types';
import { DatakollError } from '../errors.js';
import { printable } from '../report/index.js';
import { MAX_JSON_DEPTH, nestsDeeperThan, xmlNestsDeeperThan } from './depth.js';
import type { CatalogueBytes } from './read.js';

export type Syntax = 'turtle' | 'rdfxml' | 'jsonld';

/** One RDF term as the harvest reads it. */
export interface Term {
  readonly kind: 'iri' | 'blank' | 'literal';
  readonly value: string;
  readonly lang?: string;
}

export interface Triple {
  readonly s: string;
  readonly p: string;
  readonly o: Term;
}

const SYNTAX_NAMES: Readonly<Record<Syntax, string>> = { turtle: 'Turtle', rdfxml: 'RDF/XML', jsonld: 'JSON-LD' };

/** The syntax: from the server's media type, else the file name's extension, else the first characters. */
export function syntaxOf(c: Pick<CatalogueBytes, 'bytes' | 'contentType' | 'name'>): Syntax {
  const type = c.contentType.toLowerCase();
  if (/turtle|n3/.test(type)) return 'turtle';
  if (/rdf\+xml|\/xml/.test(type)) return 'rdfxml';
  if (/ld\+json/.test(type)) return 'jsonld';
  const path = c.name.replace(/[?#].*$/, '').toLowerCase();
  if (/\.(ttl|n3)$/.test(path)) return 'turtle';
  if (/\.(rdf|xml|owl)$/.test(path)) return 'rdfxml';
  if (/\.(jsonld|json)$/.test(path)) return 'jsonld';
  const head = c.bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'jsonld';
  if (/^<(\?xml|rdf:|!--|!DOCTYPE)/i.test(head)) return 'rdfxml';
  return 'turtle';
}

function termOf(t: Quad['object']): Term {
  if (t.termType === 'Literal') return t.language !== '' ? { kind: 'literal', value: t.value, lang: t.language.toLowerCase() } : { kind: 'literal', value: t.value };
  return { kind: t.termType === 'BlankNode' ? 'blank' : 'iri', value: t.termType === 'BlankNode' ? `_:${t.value}` : t.value };
}

function tripleOf(q: Quad): Triple {
  return { s: q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value, p: q.predicate.value, o: termOf(q.object) };
}

/** A remote context the JSON-LD parser asked for: refused, and named in the error. */
class RemoteContext extends Error {
  constructor(readonly url: string) {
    super(`remote JSON-LD context ${url}`);
  }
}

/** Pushes the bytes through a streaming parser and collects its triples. */
function streamed(parser: RdfXmlParser | JsonLdParser, bytes: Buffer): Promise<Triple[]> {
  return new Promise((resolvePromise, reject) => {
    const triples: Triple[] = [];
    parser.on('data', (q: Quad) => triples.push(tripleOf(q)));
    parser.on('error', reject);
    parser.on('end', () => resolvePromise(triples));
    parser.end(bytes);
  });
}

/** The parser's own words on where the text is broken, shortened and made safe for a terminal. */
function detailOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return printable(text.replace(/\s+/g, ' ').slice(0, 300));
}

async function parseAs(syntax: Syntax, c: CatalogueBytes): Promise<Triple[]> {
  if (syntax === 'turtle') {
    const { Parser } = await import('n3');
    return new Parser({ baseIRI: c.base }).parse(c.bytes.toString('utf8')).map(tripleOf);
  }
  const text = c.bytes.toString('utf8');
  if (syntax === 'rdfxml' ? xmlNestsDeeperThan(text, MAX_JSON_DEPTH) : nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new DatakollError('io', 'harvest-catalogue-too-deep', { catalogue: c.name, max: MAX_JSON_DEPTH, syntax: SYNTAX_NAMES[syntax] });
  }
  if (syntax === 'rdfxml') return streamed(new (await import('rdfxml-streaming-parser')).RdfXmlParser({ baseIRI: c.base }), c.bytes);
  const documentLoader = { load: (url: string): Promise<never> => Promise.reject(new RemoteContext(url)) };
  return streamed(new (await import('jsonld-streaming-parser')).JsonLdParser({ baseIRI: c.base, documentLoader }), c.bytes);
}

/** The catalogue's triples; invalid RDF, or a JSON-LD remote context, is a DatakollError of exit 3. */
export async function triplesOf(c: CatalogueBytes): Promise<{ syntax: Syntax; triples: Triple[] }> {
  const syntax = syntaxOf(c);
  try {
    return { syntax, triples: await parseAs(syntax, c) };
  } catch (e) {
    if (e instanceof DatakollError) throw e;
    const remote = e instanceof RemoteContext ? e : (e as { cause?: unknown } | undefined)?.cause;
    if (remote instanceof RemoteContext || (e instanceof Error && /remote JSON-LD context (\S+)/.test(e.message))) {
      const url = remote instanceof RemoteContext ? remote.url : (/remote JSON-LD context (\S+)/.exec((e as Error).message)?.[1] ?? '');
      throw new DatakollError('io', 'harvest-remote-context', { catalogue: c.name, context: printable(url) });
    }
    throw new DatakollError('io', 'harvest-catalogue-invalid', { catalogue: c.name, syntax: SYNTAX_NAMES[syntax], detail: detailOf(e) });
  }
}
