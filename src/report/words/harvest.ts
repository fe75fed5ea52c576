/**
 * `datakoll harvest`'s words in Swedish and English: its help (HARVEST_HELP, part of HELP), its
 * errors (HARVEST_ERRORS, part of ERRORS: a catalogue that cannot be read, is no RDF or no DCAT,
 * shards that do not fit together) and the run report's words (HARVEST_WORDS).
 */
import type { Templates } from './template.js';

export const HARVEST_HELP = {
  harvest: {
    sv: 'kontrollera allt som en DCAT-AP-SE-katalog säger följer en specifikation',
    en: 'check everything a DCAT-AP-SE catalogue says conforms to a specification',
  },
  harvestCatalogue: { sv: 'katalogen: en fil eller webbadress i Turtle, RDF/XML eller JSON-LD', en: 'the catalogue: a file or web address in Turtle, RDF/XML or JSON-LD' },
  harvestFormat: {
    sv: 'rapportformat: text, json, html, markdown, junit eller csv, med =fil för att skriva till en fil; kan anges flera gånger',
    en: 'report format: text, json, html, markdown, junit or csv, with =file to write it to a file; repeatable',
  },
  harvestConcurrency: { sv: 'högst så många nedladdningar samtidigt (standard: 4)', en: 'at most this many downloads at once (default: 4)' },
  harvestTimeout: { sv: 'sekunder att vänta på svar från en server, och på nästa del av en fil (standard: 30)', en: 'seconds to wait for a server to answer, and for the next part of a file (default: 30)' },
  harvestShard: { sv: 'kontrollera bara del i av n (t.ex. 2/10), delat efter distributionens adress', en: 'check only part i of n (such as 2/10), split by the distribution’s address' },
  harvestAllowPrivateAddresses: {
    sv: 'läs även distributioner på lokala eller privata adresser (den egna datorn, 10.x, 192.168.x …); annars bara publika, eftersom katalogen är någon annans',
    en: 'read distributions on local or private addresses too (the machine itself, 10.x, 192.168.x …); public ones only otherwise, as the catalogue is someone else’s',
  },
  harvestSince: { sv: 'en tidigare körnings JSON-rapport: det som inte ändrats sedan dess kontrolleras inte igen', en: 'an earlier run’s JSON report: what has not changed since is not checked again' },
  harvestCatalogueMaxMb: { sv: 'största katalog som läses, i megabyte (standard: 64)', en: 'largest catalogue read, in megabytes (default: 64)' },
  harvestFailOn: {
    sv: 'vad som ger slutkod 1: invalid (standard: en kontrollerad distribution följer inte sin specifikation eller gick inte att läsa) eller never',
    en: 'what makes the exit code 1: invalid (default: a checked distribution does not conform to its spec or could not be read) or never',
  },
  harvestMerge: { sv: 'slå ihop delarnas JSON-rapporter till en rapport', en: 'join the parts’ JSON reports into one report' },
  harvestReports: { sv: 'delarnas JSON-rapporter', en: 'the parts’ JSON reports' },
} as const satisfies Record<string, Templates>;

export const HARVEST_ERRORS = {
  'harvest-catalogue-too-large': {
    sv: 'Katalogen {catalogue} är större än gränsen på {max} MB (--catalogue-max-mb).',
    en: 'The catalogue {catalogue} is larger than the limit of {max} MB (--catalogue-max-mb).',
  },
  'harvest-catalogue-unreadable': { sv: 'Katalogen {catalogue} kunde inte läsas: {reason}.', en: 'The catalogue {catalogue} could not be read: {reason}.' },
  'harvest-catalogue-invalid': {
    sv: 'Katalogen {catalogue} är inte giltig {syntax}: {detail}',
    en: 'The catalogue {catalogue} is not valid {syntax}: {detail}',
  },
  'harvest-catalogue-too-deep': {
    sv: 'Katalogen {catalogue} kunde inte läsas: dess {syntax} är nästlad i fler än {max} nivåer, vilket ingen katalog behöver och som skulle ta för lång tid och för mycket minne att läsa.',
    en: 'The catalogue {catalogue} could not be read: its {syntax} nests more than {max} levels deep, which no catalogue needs and which would take too long and too much memory to read.',
  },
  'harvest-remote-context': {
    sv: 'Katalogen {catalogue} hänvisar till JSON-LD-sammanhanget {context} på nätet, och sådana hämtar datakoll inte. Skriv sammanhanget i själva filen ("@context": {…}), eller använd Turtle eller RDF/XML.',
    en: 'The catalogue {catalogue} refers to the JSON-LD context {context} on the web, which datakoll does not fetch. Write the context into the file itself ("@context": {…}), or use Turtle or RDF/XML.',
  },
  'harvest-not-dcat': {
    sv: 'Katalogen {catalogue} är giltig RDF men beskriver ingen datamängd (dcat:Dataset) och ingen katalog (dcat:Catalog). Är det rätt fil?',
    en: 'The catalogue {catalogue} is valid RDF but describes no dataset (dcat:Dataset) and no catalogue (dcat:Catalog). Is it the right file?',
  },
  'harvest-report-unreadable': {
    sv: '{file} är ingen JSON-rapport från datakoll harvest: {detail}',
    en: '{file} is not a JSON report of datakoll harvest: {detail}',
  },
  'harvest-shards-mismatch': {
    sv: 'Rapporterna hör inte ihop: {detail}',
    en: 'The reports do not belong together: {detail}',
  },
  'harvest-shard': {
    sv: '--shard ska skrivas i/n, två heltal där 1 ≤ i ≤ n (angivet: {given})',
    en: '--shard must be written i/n, two whole numbers with 1 ≤ i ≤ n (given: {given})',
  },
  'harvest-format': {
    sv: '--format ska vara ett av text, json, html, markdown, junit, csv (angivet: {given})',
    en: '--format must be one of text, json, html, markdown, junit, csv (given: {given})',
  },
} as const satisfies Record<string, Templates>;

/** Words of the run report. */
export const HARVEST_WORDS = {
  title: { sv: 'Skörd av katalogen {catalogue}', en: 'Harvest of the catalogue {catalogue}' },
  merged: { sv: 'sammanslagen av {n} delar', en: 'merged from {n} parts' },
  shard: { sv: 'del {index} av {count}', en: 'part {index} of {count}' },
  totals: {
    sv: '{datasets} {datasets|datamängd|datamängder}, {distributions} {distributions|distribution|distributioner}: {checked} {checked|kontrollerad|kontrollerade}, {conforming} {conforming|följer|följer} specifikationen, {unreadable} {unreadable|gick|gick} inte att läsa, {unclaimed} utan specifikation, {unknown} med en okänd specifikation',
    en: '{datasets} {datasets|dataset|datasets}, {distributions} {distributions|distribution|distributions}: {checked} checked, {conforming} {conforming|conforms|conform} to the spec, {unreadable} could not be read, {unclaimed} without a spec, {unknown} with an unknown spec',
  },
  bySpec: { sv: 'Per specifikation', en: 'By specification' },
  byPublisher: { sv: 'Per utgivare', en: 'By publisher' },
  distributions: { sv: 'Distributioner', en: 'Distributions' },
  dataset: { sv: 'Datamängd', en: 'Dataset' },
  publisher: { sv: 'Utgivare', en: 'Publisher' },
  url: { sv: 'Adress', en: 'Address' },
  spec: { sv: 'Specifikation', en: 'Specification' },
  claimed: { sv: 'Anger', en: 'Claims' },
  datasets: { sv: 'Datamängder', en: 'Datasets' },
  distributionCount: { sv: 'Distributioner', en: 'Distributions' },
  checked: { sv: 'Kontrollerade', en: 'Checked' },
  conforming: { sv: 'Följer', en: 'Conform' },
  unreadable: { sv: 'Gick inte att läsa', en: 'Unreadable' },
  meanScore: { sv: 'Rader utan fel (medel)', en: 'Rows without errors (mean)' },
  levels: { sv: 'Betyg', en: 'Grades' },
  score: { sv: 'Betyg', en: 'Score' },
  errors: { sv: 'Fel', en: 'Errors' },
  status: { sv: 'Resultat', en: 'Result' },
  findings: { sv: 'Fynd', en: 'Findings' },
  'status-valid': { sv: 'följer specifikationen', en: 'conforms' },
  'status-invalid': { sv: 'följer inte specifikationen', en: 'does not conform' },
  'status-unreadable': { sv: 'gick inte att läsa', en: 'could not be read' },
  'status-no-claim': { sv: 'anger ingen specifikation (dcterms:conformsTo), hämtades inte', en: 'names no spec (dcterms:conformsTo), not fetched' },
  'status-unknown-spec': { sv: 'anger en specifikation som datakoll inte känner till, hämtades inte', en: 'names a spec datakoll does not know, not fetched' },
  'status-no-url': { sv: 'har ingen adress (dcat:downloadURL eller dcat:accessURL)', en: 'has no address (dcat:downloadURL or dcat:accessURL)' },
  'carried-etag': { sv: 'oförändrad sedan förra körningen (samma ETag), resultatet därifrån', en: 'unchanged since the last run (same ETag), its result carried over' },
  'carried-last-modified': { sv: 'oförändrad sedan förra körningen (samma Last-Modified), resultatet därifrån', en: 'unchanged since the last run (same Last-Modified), its result carried over' },
  'carried-sha256': { sv: 'oförändrad sedan förra körningen (samma innehåll), resultatet därifrån', en: 'unchanged since the last run (same content), its result carried over' },
  // The CSV's columns.
  'col-dataset': { sv: 'datamängd', en: 'dataset' },
  'col-title': { sv: 'titel', en: 'title' },
  'col-publisher': { sv: 'utgivare', en: 'publisher' },
  'col-url': { sv: 'adress', en: 'url' },
  'col-format': { sv: 'format', en: 'format' },
  'col-conformsTo': { sv: 'anger (conformsTo)', en: 'claims (conformsTo)' },
  'col-spec': { sv: 'specifikation', en: 'spec' },
  'col-status': { sv: 'resultat', en: 'status' },
  'col-carried': { sv: 'från förra körningen', en: 'carried over' },
  'col-rows': { sv: 'rader', en: 'rows' },
  'col-errors': { sv: 'fel', en: 'errors' },
  'col-warnings': { sv: 'varningar', en: 'warnings' },
  'col-rowsOkShare': { sv: 'andel rader utan fel', en: 'share of rows without errors' },
  'col-level': { sv: 'betyg', en: 'grade' },
  'col-problem': { sv: 'varför den inte gick att läsa', en: 'why it could not be read' },
  // The CSV's short words for a result and for a result carried over.
  'short-valid': { sv: 'följer', en: 'conforms' },
  'short-invalid': { sv: 'följer inte', en: 'does not conform' },
  'short-unreadable': { sv: 'gick inte att läsa', en: 'unreadable' },
  'short-no-claim': { sv: 'ingen specifikation', en: 'no spec' },
  'short-unknown-spec': { sv: 'okänd specifikation', en: 'unknown spec' },
  'short-no-url': { sv: 'ingen adress', en: 'no address' },
  'short-etag': { sv: 'samma ETag', en: 'same ETag' },
  'short-last-modified': { sv: 'samma Last-Modified', en: 'same Last-Modified' },
  'short-sha256': { sv: 'samma innehåll', en: 'same content' },
  progress: { sv: '{done} av {total} adresser kontrollerade', en: '{done} of {total} addresses checked' },
  untitled: { sv: '(utan titel)', en: '(untitled)' },
  noPublisher: { sv: '(ingen utgivare)', en: '(no publisher)' },
  none: { sv: '(ingen)', en: '(none)' },
  unclaimedList: { sv: 'Utan specifikation eller med en okänd', en: 'Without a spec or with an unknown one' },
} as const satisfies Record<string, Templates>;

export type HarvestWord = keyof typeof HARVEST_WORDS;
