/**
 * What a DCAT-AP-SE catalogue says: its datasets (dcat:Dataset, with dcterms:title and
 * dcterms:publisher's foaf:name), their distributions (dcat:distribution: dcat:downloadURL, else
 * dcat:accessURL; dcterms:format, dcat:mediaType) and the specs they claim (dcterms:conformsTo on
 * the distribution, else on the dataset).
 */
import { DatakollError } from '../errors.js';
import type { Term, Triple } from './rdf.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF_NAME = 'http://xmlns.com/foaf/0.1/name';

/** One distribution as the catalogue describes it. */
export interface CatalogueDistribution {
  readonly dataset: string;
  readonly title: string;
  readonly publisher: string;
  /** The distribution's own node ('' for a dataset without distributions). */
  readonly distribution: string;
  /** dcat:downloadURL, else dcat:accessURL ('' when it has neither). */
  readonly url: string;
  readonly format?: string;
  /** The dcterms:conformsTo values that apply, sorted. */
  readonly conformsTo: readonly string[];
}

/** Subject -> predicate -> objects. */
type Graph = Map<string, Map<string, Term[]>>;

function graphOf(triples: readonly Triple[]): Graph {
  const g: Graph = new Map();
  for (const t of triples) {
    let props = g.get(t.s);
    if (props === undefined) g.set(t.s, (props = new Map()));
    const list = props.get(t.p);
    if (list === undefined) props.set(t.p, [t.o]);
    else list.push(t.o);
  }
  return g;
}

function objects(g: Graph, s: string, p: string): Term[] {
  return g.get(s)?.get(p) ?? [];
}

/** A literal in the preferred language: Swedish, then English, then none, then any (the smallest, so the choice is stable). */
function literal(terms: readonly Term[]): string | undefined {
  const lits = terms.filter((t) => t.kind === 'literal');
  for (const pick of [(t: Term) => t.lang === 'sv' || t.lang?.startsWith('sv-') === true, (t: Term) => t.lang === 'en' || t.lang?.startsWith('en-') === true, (t: Term) => t.lang === undefined]) {
    const found = lits.filter(pick).map((t) => t.value.trim()).sort()[0];
    if (found !== undefined) return found;
  }
  return lits.map((t) => t.value.trim()).sort()[0];
}

function firstValue(terms: readonly Term[]): string | undefined {
  return terms.map((t) => t.value.trim()).filter((v) => v !== '').sort()[0];
}

function publisherOf(g: Graph, dataset: string): string {
  const agents = objects(g, dataset, `${DCT}publisher`);
  const named = agents.map((a) => (a.kind === 'literal' ? a.value.trim() : literal(objects(g, a.value, FOAF_NAME)))).filter((n): n is string => n !== undefined && n !== '').sort();
  return named[0] ?? firstValue(agents.filter((a) => a.kind === 'iri')) ?? '';
}

function claims(g: Graph, node: string): string[] {
  return [...new Set(objects(g, node, `${DCT}conformsTo`).map((t) => t.value.trim()).filter((v) => v !== '' && !v.startsWith('_:')))].sort();
}

function formatOf(g: Graph, node: string): string | undefined {
  const label = (t: Term): string => (t.kind === 'literal' ? t.value : (literal(objects(g, t.value, `http://www.w3.org/2000/01/rdf-schema#label`)) ?? t.value));
  const found = [...objects(g, node, `${DCT}format`), ...objects(g, node, `${DCAT}mediaType`)].map(label).map((v) => v.trim()).filter((v) => v !== '');
  return found[0];
}

function isA(g: Graph, s: string, type: string): boolean {
  return objects(g, s, RDF_TYPE).some((t) => t.value === type);
}

function distributionsOf(g: Graph, dataset: string): CatalogueDistribution[] {
  const base = { dataset, title: literal(objects(g, dataset, `${DCT}title`)) ?? '', publisher: publisherOf(g, dataset) };
  const own = claims(g, dataset);
  const nodes = [...new Set(objects(g, dataset, `${DCAT}distribution`).map((t) => t.value))].sort();
  if (nodes.length === 0) return [{ ...base, distribution: '', url: '', conformsTo: own }];
  return nodes.map((d) => {
    const url = firstValue(objects(g, d, `${DCAT}downloadURL`)) ?? firstValue(objects(g, d, `${DCAT}accessURL`)) ?? '';
    const claimed = claims(g, d);
    const format = formatOf(g, d);
    return { ...base, distribution: d, url, conformsTo: claimed.length > 0 ? claimed : own, ...(format !== undefined ? { format } : {}) };
  });
}

/**
 * Every distribution of every dataset, in a stable order (dataset, then address, then node). A
 * catalogue with neither a dcat:Dataset nor a dcat:Catalog is not DCAT: exit 3.
 */
export function distributionsIn(triples: readonly Triple[], catalogue: string): CatalogueDistribution[] {
  const g = graphOf(triples);
  // A dataset is typed dcat:Dataset, or named by a catalogue's dcat:dataset (some exports leave the type out).
  const listed = [...g.values()].flatMap((props) => (props.get(`${DCAT}dataset`) ?? []).filter((t) => t.kind !== 'literal').map((t) => t.value));
  const datasets = [...new Set([...[...g.keys()].filter((s) => isA(g, s, `${DCAT}Dataset`)), ...listed])].sort();
  if (datasets.length === 0 && ![...g.keys()].some((s) => isA(g, s, `${DCAT}Catalog`))) throw new DatakollError('io', 'harvest-not-dcat', { catalogue });
  return datasets.flatMap((d) => distributionsOf(g, d)).sort((a, b) => cmp(a.dataset, b.dataset) || cmp(a.url, b.url) || cmp(a.distribution, b.distribution));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
