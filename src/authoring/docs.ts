/** Markdown documentation generated from the specs: one page per spec and an index (docs/specs/). */
import type { Attribute, Rule, Spec } from '../registry/index.js';

const STATUS_TEXT = {
  verified: 'Verified: checked against the final official attribute table.',
  partial: 'Partial: follows a draft or published data; not checked against the final official version.',
  reconstructed: '**Reconstructed: this is NOT the official model.** Its attributes are datakoll\'s reconstruction from the shared conventions and public vocabularies; check against the official specification.',
} as const;

/** Escapes text for a Markdown table cell. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function typeOf(schema: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  const t = schema.type;
  parts.push(Array.isArray(t) ? t.join(' \\| ') : typeof t === 'string' ? t : 'any');
  if (typeof schema.format === 'string') parts.push(`format ${schema.format}`);
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}`);
  if (typeof schema.pattern === 'string') parts.push(`pattern \`${schema.pattern}\``);
  if (typeof schema.minimum === 'number') parts.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === 'number') parts.push(`≤ ${schema.maximum}`);
  return parts.join(', ');
}

/** A rule across attributes, in words. */
function ruleText(r: Rule): string {
  switch (r.type) {
    case 'not-before':
      return `\`${r.end}\` not before \`${r.start}\``;
    case 'required-with':
      return `\`${r.field}\` required when \`${r.with}\` ${r.value === undefined ? 'has a value' : `is \`${String(r.value)}\``}`;
    case 'one-of-required':
      return `at least one of ${r.fields.map((f) => `\`${f}\``).join(', ')}`;
  }
}

/** Where a spec's position is, in words. */
function positionText(spec: Spec): string | undefined {
  const c = spec.coordinates;
  if (c === undefined) return undefined;
  const order = c.kind === 'point' && c.latitudeFirst ? '[latitude, longitude], latitude first' : '[longitude, latitude], GeoJSON order';
  const where = c.kind === 'pair' ? `\`${c.latitude}\`, \`${c.longitude}\`` : `\`${c.point}\` (${order})`;
  return `${where} in WGS84 decimal degrees, checked to lie in Sweden (at least ${c.minDecimals} decimals)`;
}

/** The named sources (x-source), in both languages: what each is and what was read in it. */
function sourcesMarkdown(spec: Spec): string[] {
  const named = spec.sources.filter((x) => x.id !== undefined);
  if (named.length === 0) return [];
  const rows = named.map((x) => `| \`${x.id ?? ''}\` | ${cell(x.what.en)} | ${cell(x.what.sv)} | ${x.url ?? ''} |`);
  return ['', '## Sources (källor)', '', '| source | what was read | vad som lästes | address |', '|---|---|---|---|', ...rows];
}

/** An attribute's provenance, with the sources it was seen in. */
function provenanceText(a: Attribute): string {
  return a.seenIn === undefined ? a.provenance : `${a.provenance} in ${a.seenIn.map((id) => `\`${id}\``).join(', ')}`;
}

/** The documentation page of one spec. */
export function specMarkdown(spec: Spec, file: string): string {
  const out = [`# ${spec.title.en} (${spec.title.sv})`, '', `\`${spec.id}\` version ${spec.version}`, '', `Status: ${STATUS_TEXT[spec.status]}`, ''];
  if (spec.statusNote !== undefined) out.push(`> ${spec.statusNote.en}`, '>', `> ${spec.statusNote.sv}`, '');
  const facts: [string, string | undefined][] = [
    ['Official specification', spec.officialUrl],
    ['Built from', spec.sources.find((x) => x.id === undefined)?.what.en],
    ['Topp-100 rank', spec.rank === undefined ? undefined : String(spec.rank)],
    ['Area', spec.area],
    ['Licence', spec.license],
    ['Unique key', spec.uniqueKey.length > 0 ? spec.uniqueKey.map((k) => `\`${k}\``).join(' + ') : undefined],
    ['Position', positionText(spec)],
    ['Rules', spec.rules.length > 0 ? spec.rules.map(ruleText).join('; ') : undefined],
    ['JSON records', spec.records === undefined ? undefined : `looked for at \`${spec.records.pointer}\` in a top-level object (a top-level array is read as well)`],
    ['Publisher', spec.publisherField === undefined ? undefined : `\`${spec.publisherField}\`, checked against \`--publisher\``],
    ['Spec file', `\`${file}\``],
  ];
  for (const [k, v] of facts) if (v !== undefined) out.push(`- ${k}: ${v}`);
  out.push(...sourcesMarkdown(spec), '', '## Attributes', '', '| # | attribute | datatype | JSON Schema | mandatory | provenance | description | beskrivning |', '|---|---|---|---|---|---|---|---|');
  spec.attributes.forEach((a, i) => {
    out.push(`| ${i + 1} | \`${a.name}\` | ${cell(a.datatype)} | ${cell(typeOf(a.schema))} | ${a.required ? 'yes' : 'no'} | ${provenanceText(a)} | ${cell(a.description.en)} | ${cell(a.description.sv)} |`);
  });
  out.push('', 'Provenance: *seen* = read in a public source (*seen in* names the sources of the list above); *convention* = follows the shared dataverkstad conventions; *reconstructed* = datakoll\'s reconstruction.', '');
  out.push('## CSV header', '', '```', spec.columns.join(','), '```', '', `Start from a conformant file with \`datakoll template ${spec.id}\`, or from an Excel workbook whose cells are formatted as text with \`datakoll template ${spec.id} --format xlsx -o mall.xlsx\`.`, '');
  return out.join('\n');
}

/** The index page: every spec with its status. */
export function specsIndexMarkdown(specs: readonly Spec[]): string {
  const out = [
    '# The bundled specs',
    '',
    'Generated by `datakoll specs docs` from the files in `specs/`; do not edit by hand.',
    '',
    '| spec | title | version | status | rank | official specification |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of specs) out.push(`| [${s.id}](${s.id}.md) | ${cell(s.title.en)} (${cell(s.title.sv)}) | ${s.version} | ${s.status} | ${s.rank ?? ''} | ${s.officialUrl ?? ''} |`);
  out.push('');
  return out.join('\n');
}
