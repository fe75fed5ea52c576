// Writes the benchmark's CSV files under bench/data/: a 14-column table of Swedish places that
// matches bench/bench-spec.json, with a chosen share of rows carrying exactly one injected error.
// Generation is deterministic (a seeded PRNG); a file is reused when it is already there with the
// byte size recorded in its .meta.json. Variants 1, 2, ... of a size are the same kind of file
// from another seed (for runs over many files). Files are written in 1 MB pieces, so memory stays
// flat at any size; before writing, the free disk space is checked against an estimate of the size.
// Run alone: node bench/generate.mjs <rows> <errorPercent> [variant].
import { createWriteStream, existsSync, mkdirSync, readFileSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
// Bump when the generated content changes, so stale files are rewritten.
const GENERATOR_VERSION = 3;
const EOL = '\r\n';

const HEADER = ['id', 'namn', 'beskrivning', 'kategori', 'kommun', 'kommunkod', 'latitud', 'longitud', 'kapacitet', 'avgift', 'webbplats', 'invigd', 'uppdaterad', 'tillganglig'];

const KOMMUNER = [
  ['0180', 'Stockholm', 'stockholm'],
  ['0181', 'Södertälje', 'sodertalje'],
  ['0380', 'Uppsala', 'uppsala'],
  ['0480', 'Nyköping', 'nykoping'],
  ['0580', 'Linköping', 'linkoping'],
  ['0581', 'Norrköping', 'norrkoping'],
  ['0680', 'Jönköping', 'jonkoping'],
  ['0780', 'Växjö', 'vaxjo'],
  ['0880', 'Kalmar', 'kalmar'],
  ['0980', 'Gotland', 'gotland'],
  ['1080', 'Karlskrona', 'karlskrona'],
  ['1280', 'Malmö', 'malmo'],
  ['1281', 'Lund', 'lund'],
  ['1283', 'Helsingborg', 'helsingborg'],
  ['1380', 'Halmstad', 'halmstad'],
  ['1480', 'Göteborg', 'goteborg'],
  ['1490', 'Borås', 'boras'],
  ['1880', 'Örebro', 'orebro'],
  ['1980', 'Västerås', 'vasteras'],
  ['2080', 'Falun', 'falun'],
  ['2180', 'Gävle', 'gavle'],
  ['2281', 'Sundsvall', 'sundsvall'],
  ['2283', 'Sollefteå', 'solleftea'],
  ['2380', 'Östersund', 'ostersund'],
  ['2480', 'Umeå', 'umea'],
  ['2482', 'Skellefteå', 'skelleftea'],
  ['2580', 'Luleå', 'lulea'],
  ['2584', 'Kiruna', 'kiruna'],
  ['0114', 'Upplands Väsby', 'upplandsvasby'],
  ['0192', 'Nynäshamn', 'nynashamn'],
];

const KATEGORIER = ['badplats', 'lekplats', 'utegym', 'idrottsplats', 'naturreservat', 'vandringsled', 'rastplats', 'hundrastgård'];
const PLATSNAMN = ['Ålidhem', 'Björkängen', 'Västra stranden', 'Östermalm', 'Sjöängen', 'Lövånger', 'Furuvik', 'Hällnäs', 'Gärdet', 'Källbacken', 'Tallåsen', 'Ängsvik', 'Fågelsången', 'Norra hamnen', 'Svartå', 'Klöverdalen', 'Rönnbäret', 'Vårby', 'Ekbacken', 'Näsängen', 'Hjortronmyren', 'Granhöjden', 'Strömsör', 'Båtsviken'];
const FRASER = [
  'Sandstrand med brygga',
  'grillplats, bord och bänkar',
  'belysning till kl. 22',
  'parkering finns vid vägen',
  'tillgänglighetsanpassad toalett öppen maj–september',
  'kiosk sommartid',
  'hundar får inte vistas på stranden',
  'stigen är 2,5 km lång',
  'gungor, sandlåda och klätterställning',
  'utegym med räckhäck, dips och pullup-stång',
  'skötselansvar: fritidsförvaltningen',
  'närmaste busshållplats heter "Sjövägen"',
  'vattenprover tas varannan vecka',
  'båtiläggning förbjuden',
  'öppet året runt',
  'snöröjs inte vintertid',
];

/** mulberry32: a small, fast, seedable PRNG returning numbers in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function pad(n, w) {
  return String(n).padStart(w, '0');
}

// The kinds of injected error, one per bad row, and the datakoll code each should produce.
export const ERROR_KINDS = {
  'latitude-comma': 'form-decimal-comma', // read as 59.329323 and reported with its right form
  'longitude-out-of-range': 'above-maximum',
  'bad-date': 'invalid-date',
  'bad-date-time': 'invalid-date-time',
  'enum-not-allowed': 'not-in-enum',
  'integer-text': 'invalid-integer',
  'url-without-scheme': 'invalid-uri',
  'boolean-ja': 'form-boolean-word',
  'kommunkod-pattern': 'pattern-mismatch',
  'name-missing': 'required-missing',
  'duplicate-id': 'unique-duplicate',
};
const KIND_NAMES = Object.keys(ERROR_KINDS);

function makeRow(rand, n) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const [kod, kommun, slug] = pick(KOMMUNER);
  const kategori = pick(KATEGORIER);
  const id = `${kod}-${pad(n, 7)}`;
  let namn = `${pick(PLATSNAMN)}s ${kategori}`;
  if (rand() < 0.05) namn = `${namn}, ${kommun}`;
  const parts = [];
  const k = 1 + Math.floor(rand() * 4);
  const first = Math.floor(rand() * FRASER.length);
  for (let i = 0; i < k; i++) parts.push(FRASER[(first + i * 5) % FRASER.length]);
  let beskrivning = rand() < 0.12 ? `${parts.join('.\n')}.` : `${parts.join(', ')}.`;
  if (rand() < 0.08) beskrivning = '';
  const lat = (55.34 + rand() * 13.7).toFixed(6);
  const lon = (11.1 + rand() * 12.9).toFixed(6);
  const kapacitet = String(Math.floor(rand() * 400));
  const avgift = rand() < 0.6 ? '0' : (rand() * 120).toFixed(2);
  const webbplats = rand() < 0.3 ? `https://www.${slug}.se/fritid/platser?id=${id}&lang=sv` : `https://www.${slug}.se/fritid/${kategori === 'hundrastgård' ? 'hundrastgard' : kategori}/${id}`;
  const invigd = `${1950 + Math.floor(rand() * 75)}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
  const zone = pick(['Z', '+01:00', '+02:00']);
  const uppdaterad = `${2020 + Math.floor(rand() * 6)}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}T${pad(Math.floor(rand() * 24), 2)}:${pad(Math.floor(rand() * 60), 2)}:${pad(Math.floor(rand() * 60), 2)}${zone}`;
  const tillganglig = rand() < 0.5 ? 'true' : 'false';
  return [id, namn, beskrivning, kategori, kommun, kod, lat, lon, kapacitet, avgift, webbplats, invigd, uppdaterad, tillganglig];
}

/** Spoils exactly one cell of a row; returns the kind applied. `earlier` holds recent ids. */
function inject(rand, cells, earlier) {
  let kind = KIND_NAMES[Math.floor(rand() * KIND_NAMES.length)];
  if (kind === 'duplicate-id' && earlier.length === 0) kind = 'bad-date';
  switch (kind) {
    case 'latitude-comma':
      cells[6] = cells[6].replace('.', ',');
      break;
    case 'longitude-out-of-range':
      cells[7] = (181 + rand() * 10).toFixed(6);
      break;
    case 'bad-date':
      cells[11] = `${cells[11].slice(0, 5)}02-30`;
      break;
    case 'bad-date-time':
      cells[12] = cells[12].replace('T', ' kl. ');
      break;
    case 'enum-not-allowed':
      cells[3] = 'badstrand';
      break;
    case 'integer-text':
      cells[8] = `ca ${cells[8]}`;
      break;
    case 'url-without-scheme':
      cells[10] = cells[10].replace('https://', '');
      break;
    case 'boolean-ja':
      cells[13] = 'ja';
      break;
    case 'kommunkod-pattern':
      cells[5] = cells[5].slice(1);
      break;
    case 'name-missing':
      cells[1] = '';
      break;
    case 'duplicate-id':
      cells[0] = earlier[Math.floor(rand() * earlier.length)];
      break;
  }
  return kind;
}

export function dataFile(rows, errorPercent, variant = 0) {
  return `${DATA_DIR}platser-${rows}-${errorPercent}pct${variant > 0 ? `-v${variant}` : ''}.csv`;
}

/** A generous estimate of a data file's size: the 1M-row files are 265 bytes a row. */
export function estimatedBytes(rows) {
  return Math.ceil(rows * 280) + 4096;
}

/** Bytes free for an unprivileged writer on the file system holding DATA_DIR. */
export function freeBytes() {
  const s = statfsSync(existsSync(DATA_DIR) ? DATA_DIR : fileURLToPath(new URL('./', import.meta.url)));
  return s.bavail * s.bsize;
}

/** What must stay free on the disk after a file is written. */
const DISK_MARGIN = 2 * 1024 ** 3;

function readMeta(file) {
  try {
    return JSON.parse(readFileSync(`${file}.meta.json`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Returns { file, bytes, rows, injected, byKind, reused } for the data file of this size, error
 * share and variant, writing it first unless it is already there with the recorded size. Throws
 * when the disk has too little room for it.
 */
export async function ensureData(rows, errorPercent, variant = 0) {
  const file = dataFile(rows, errorPercent, variant);
  const meta = readMeta(file);
  if (meta !== undefined && meta.generatorVersion === GENERATOR_VERSION && existsSync(file) && statSync(file).size === meta.bytes) {
    return { file, ...meta, reused: true };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const old = existsSync(file) ? statSync(file).size : 0;
  const need = estimatedBytes(rows) + DISK_MARGIN;
  const free = freeBytes() + old;
  if (free < need) {
    throw new Error(`not enough disk space for ${file}: about ${Math.round(estimatedBytes(rows) / 1024 ** 2)} MB needed plus ${DISK_MARGIN / 1024 ** 3} GB to spare, ${Math.round(free / 1024 ** 2)} MB free`);
  }
  const rand = mulberry32(rows * 100 + errorPercent + 20240611 + variant * 7919);
  const out = createWriteStream(file);
  const byKind = Object.fromEntries(KIND_NAMES.map((k) => [k, 0]));
  let injected = 0;
  let bytes = 0;
  let chunk = HEADER.join(',') + EOL;
  const earlier = []; // the ids of the last 1000 rows, for duplicates
  for (let n = 1; n <= rows; n++) {
    const cells = makeRow(rand, n);
    if (rand() * 100 < errorPercent) {
      byKind[inject(rand, cells, earlier)]++;
      injected++;
    }
    if (earlier.length === 1000) earlier[n % 1000] = cells[0];
    else earlier.push(cells[0]);
    chunk += cells.map(csvField).join(',') + EOL;
    if (chunk.length > 1 << 20 || n === rows) {
      const buf = Buffer.from(chunk, 'utf8');
      bytes += buf.length;
      chunk = '';
      if (!out.write(buf)) await once(out, 'drain');
    }
  }
  if (chunk !== '') {
    const buf = Buffer.from(chunk, 'utf8');
    bytes += buf.length;
    out.write(buf);
  }
  out.end();
  await once(out, 'finish');
  const written = { generatorVersion: GENERATOR_VERSION, rows, errorPercent, ...(variant > 0 ? { variant } : {}), bytes, injected, byKind };
  writeFileSync(`${file}.meta.json`, `${JSON.stringify(written, null, 2)}\n`);
  return { file, ...written, reused: false };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 1000);
  const pct = Number(process.argv[3] ?? 0);
  const variant = Number(process.argv[4] ?? 0);
  const r = await ensureData(rows, pct, variant);
  console.log(JSON.stringify(r));
}
