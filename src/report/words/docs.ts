/**
 * The words of the pages `datakoll specs docs` writes (src/authoring/docs.ts), in Swedish and
 * English. The English page also shows each spec's Swedish texts beside the English ones (the
 * committed docs/specs); the Swedish page shows the Swedish ones.
 */
import type { Templates } from './template.js';

export const DOCS_WORDS = {
  status_verified: { sv: 'Verifierad: kontrollerad mot den slutliga officiella attributtabellen.', en: 'Verified: checked against the final official attribute table.' },
  status_partial: { sv: 'Delvis: följer ett utkast eller publicerade data; inte kontrollerad mot den slutliga officiella versionen.', en: 'Partial: follows a draft or published data; not checked against the final official version.' },
  status_reconstructed: {
    sv: '**Rekonstruerad: detta är INTE den officiella modellen.** Attributen är datakolls rekonstruktion utifrån de gemensamma konventionerna och offentliga vokabulärer; jämför med den officiella specifikationen.',
    en: "**Reconstructed: this is NOT the official model.** Its attributes are datakoll's reconstruction from the shared conventions and public vocabularies; check against the official specification.",
  },
  // The JSON Schema column: a type, its format, fixed values, pattern, bounds.
  any: { sv: 'valfri typ', en: 'any' },
  type: { sv: '`{type}`', en: '{type}' },
  format: { sv: 'format `{format}`', en: 'format {format}' },
  oneOf: { sv: 'ett av {values}', en: 'one of {values}' },
  pattern: { sv: 'mönster `{pattern}`', en: 'pattern `{pattern}`' },
  // Rules across attributes.
  notBefore: { sv: '`{end}` inte före `{start}`', en: '`{end}` not before `{start}`' },
  requiredWith: { sv: '`{field}` krävs när `{with}` {when}', en: '`{field}` required when `{with}` {when}' },
  hasValue: { sv: 'har ett värde', en: 'has a value' },
  isValue: { sv: 'är `{value}`', en: 'is `{value}`' },
  oneOfRequired: { sv: 'minst ett av {fields}', en: 'at least one of {fields}' },
  // Where a spec's position is.
  latitudeFirst: { sv: '[latitud, longitud], latitud först', en: '[latitude, longitude], latitude first' },
  geojsonOrder: { sv: '[longitud, latitud], som i GeoJSON', en: '[longitude, latitude], GeoJSON order' },
  position: {
    sv: '{where} i WGS84, decimala grader; kontrolleras ligga i Sverige (minst {n} {n|decimal|decimaler})',
    en: '{where} in WGS84 decimal degrees, checked to lie in Sweden (at least {n} {n|decimal|decimals})',
  },
  // The named sources.
  sources: { sv: '## Källor', en: '## Sources (källor)' },
  sourcesHead: { sv: '| källa | vad som lästes | adress |', en: '| source | what was read | vad som lästes | address |' },
  seenIn: { sv: 'från källa: {sources}', en: 'seen in {sources}' },
  // The facts of a spec.
  official: { sv: 'Officiell specifikation', en: 'Official specification' },
  builtFrom: { sv: 'Byggd från', en: 'Built from' },
  rank: { sv: 'Plats i topp 100', en: 'Topp-100 rank' },
  area: { sv: 'Område', en: 'Area' },
  licence: { sv: 'Licens', en: 'Licence' },
  uniqueKey: { sv: 'Unik nyckel', en: 'Unique key' },
  positionTitle: { sv: 'Position', en: 'Position' },
  rules: { sv: 'Regler', en: 'Rules' },
  records: { sv: 'Poster i JSON', en: 'JSON records' },
  recordsAt: {
    sv: 'söks under `{pointer}` när filen är ett objekt (en lista överst i filen läses också)',
    en: 'looked for at `{pointer}` in a top-level object (a top-level array is read as well)',
  },
  publisher: { sv: 'Utgivare', en: 'Publisher' },
  publisherField: { sv: '`{field}`, kontrolleras mot `--publisher`', en: '`{field}`, checked against `--publisher`' },
  specFile: { sv: 'Specifikationsfil', en: 'Spec file' },
  // The attribute table.
  attributes: { sv: '## Attribut', en: '## Attributes' },
  attributesHead: {
    sv: '| # | attribut | datatyp | JSON Schema | obligatorisk | ursprung | beskrivning |',
    en: '| # | attribute | datatype | JSON Schema | mandatory | provenance | description | beskrivning |',
  },
  yes: { sv: 'ja', en: 'yes' },
  no: { sv: 'nej', en: 'no' },
  legend: {
    sv: 'Ursprung: *från källa* = läst i en offentlig källa (med namnen på källorna i listan ovan); *konvention* = följer dataverkstadens gemensamma konventioner; *rekonstruerad* = datakolls egen rekonstruktion.',
    en: "Provenance: *seen* = read in a public source (*seen in* names the sources of the list above); *convention* = follows the shared dataverkstad conventions; *reconstructed* = datakoll's reconstruction.",
  },
  header: { sv: '## Rubrikrad i CSV', en: '## CSV header' },
  template: {
    sv: 'Börja från en fil som följer specifikationen med `datakoll template {id}`, eller från en Excel-arbetsbok vars celler är formaterade som text med `datakoll template {id} --format xlsx -o mall.xlsx`.',
    en: 'Start from a conformant file with `datakoll template {id}`, or from an Excel workbook whose cells are formatted as text with `datakoll template {id} --format xlsx -o mall.xlsx`.',
  },
  // The index page.
  indexTitle: { sv: '# Specifikationerna som följer med datakoll', en: '# The bundled specs' },
  indexNote: { sv: 'Skapad av `datakoll specs docs` från filerna i `specs/`; ändra inte för hand.', en: 'Generated by `datakoll specs docs` from the files in `specs/`; do not edit by hand.' },
  indexHead: { sv: '| specifikation | titel | version | status | plats i topp 100 | officiell specifikation |', en: '| spec | title | version | status | rank | official specification |' },
  // The description of a spec exported as a Table Schema (`specs export --to table-schema`); {status} is the status' word.
  tableSchema: { sv: '{title} {version} (datakoll-specifikation, status {status}[[; officiell: {url}]])', en: '{title} {version} (datakoll spec, status {status}[[; official: {url}]])' },
} as const satisfies Record<string, Templates>;
