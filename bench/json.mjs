// The benchmark's JSON files (issue 20): the same records as a generated CSV file
// (bench/generate.mjs) as a top-level JSON array, as JSON Lines and as a GeoJSON FeatureCollection
// (each record's cells as the feature's properties; the geometry null, since datakoll reads a Point
// as the fields latitude and longitude, which the benchmark's spec calls latitud and longitud),
// beside the CSV file.
// A cell is written as the JSON value the spec wants when the CSV text is that value's plain form
// (a number column's 57.7089, a boolean column's true); anything else stays text, so a CSV file's
// form-* finding is a wrong-type finding in JSON. Streamed: records are written as the CSV is parsed.
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { parse } from 'csv-parse';

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function typesOf(specFile) {
  const spec = JSON.parse(readFileSync(specFile, 'utf8'));
  return Object.fromEntries(Object.entries(spec.properties).map(([k, v]) => [k, v.type]));
}

function valueOf(text, type) {
  if ((type === 'number' || type === 'integer') && NUMBER.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

async function write(out, text) {
  if (!out.write(text)) await once(out, 'drain');
}

/** The three JSON files beside the CSV file (.json, .jsonl, .geojson), written unless newer than it. */
export async function ensureJson(csvFile, specFile) {
  const files = { json: csvFile.replace(/\.csv$/, '.json'), jsonl: csvFile.replace(/\.csv$/, '.jsonl'), geojson: csvFile.replace(/\.csv$/, '.geojson') };
  const fresh = Object.values(files).every((f) => existsSync(f) && statSync(f).mtimeMs >= statSync(csvFile).mtimeMs);
  if (fresh) return { files, reused: true };
  const types = typesOf(specFile);
  const outs = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, createWriteStream(f)]));
  await write(outs.json, '[\n');
  await write(outs.geojson, '{"type": "FeatureCollection", "features": [\n');
  let header;
  let n = 0;
  for await (const record of createReadStream(csvFile).pipe(parse({ relax_quotes: true, relax_column_count: true }))) {
    if (header === undefined) {
      header = record;
      continue;
    }
    const o = {};
    record.forEach((v, i) => {
      if (v !== '' && header[i] !== undefined) o[header[i]] = valueOf(v, types[header[i]]);
    });
    const line = JSON.stringify(o);
    const sep = n++ === 0 ? '' : ',\n';
    await write(outs.json, sep + line);
    await write(outs.jsonl, `${line}\n`);
    await write(outs.geojson, `${sep}{"type": "Feature", "geometry": null, "properties": ${line}}`);
  }
  await write(outs.json, '\n]\n');
  await write(outs.geojson, '\n]}\n');
  await Promise.all(Object.values(outs).map((o) => new Promise((ok, fail) => o.end((e) => (e ? fail(e) : ok())))));
  return { files, reused: false };
}
