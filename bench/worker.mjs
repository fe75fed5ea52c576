// Runs one benchmark pipeline and prints one JSON line with the elapsed time, the CPU time (all
// threads), the data rows counted, the findings and the process's peak RSS. bench/run.mjs starts
// one process per measurement so that each peak RSS belongs to one pipeline alone; maxRSS covers
// the process's worker threads too.
//   node bench/worker.mjs parse <file>                        bare csv-parse: parse and count records
//   node bench/worker.mjs datakoll <file> <spec>              validateFile, default threads
//   node bench/worker.mjs datakoll-1t <file> <spec>           validateFile, threads: 1
//   node bench/worker.mjs many <spec> <file>...               validateFiles, default threads
//   node bench/worker.mjs many-1t <spec> <file>...            validateFiles, threads: 1
//   node bench/worker.mjs tableschema <file> <table-schema>   Frictionless `tableschema` (bench/peers)
// Module loading is done before the clock starts; spec loading and compiling are timed (they are
// part of validateFile), and so is tableschema's Table.load (it loads and checks the schema).
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { parse } from 'csv-parse';
import { pathToFileURL } from 'node:url';

// The build measured: this checkout's, or another's (BENCH_DIST, the previous build run.mjs compares with).
const DIST = process.env.BENCH_DIST === undefined ? new URL('../dist/index.js', import.meta.url).href : pathToFileURL(process.env.BENCH_DIST).href;

const [pipeline, ...args] = process.argv.slice(2);

// CPU time (user + system, all threads) since a process.cpuUsage() reading, in ms.
function cpuMsSince(start) {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

async function bareParse(file) {
  let records = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for await (const record of createReadStream(file).pipe(parse())) {
    if (record !== undefined) records++;
  }
  const ms = performance.now() - started;
  return { ms, cpuMs: cpuMsSince(cpu), rows: records - 1 };
}

function countsOf(report) {
  const byCode = {};
  for (const g of report.groups) byCode[g.code] = (byCode[g.code] ?? 0) + g.count;
  return { ...report.stats, byCode };
}

async function datakoll(file, spec, threads) {
  const { validateFile } = await import(DIST);
  let chunks = 0;
  const fallbacks = [];
  const options = { spec, parallel: { onChunked: (_f, n) => (chunks = n), onFallback: (_f, why) => fallbacks.push(why) }, ...(threads !== undefined ? { threads } : {}) };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await validateFile(file, options);
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  return { ms, cpuMs, threads: threads ?? availableParallelism(), chunks, fallbacks, ...countsOf(report) };
}

async function many(spec, files, threads) {
  const { validateFiles } = await import(DIST);
  const fallbacks = [];
  const options = { spec, parallel: { onFallback: (_f, why) => fallbacks.push(why) }, ...(threads !== undefined ? { threads } : {}) };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const run = await validateFiles(files, options);
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  const perFile = run.files.map(countsOf);
  return { ms, cpuMs, threads: threads ?? availableParallelism(), fallbacks, rows: perFile.reduce((a, f) => a + f.rows, 0), files: perFile };
}

// Error classes of tableschema 1.12's messages (lib/field.js, lib/table.js).
function tableschemaKind(message) {
  if (/ is not type /.test(message)) return 'type';
  if (/ does not conform to the /.test(message)) return 'constraint';
  if (/unique constraint/.test(message)) return 'unique';
  if (/header/.test(message)) return 'header';
  return 'other';
}

async function tableschema(file, schemaFile) {
  // tableschema is CommonJS and lives in bench/peers, outside datakoll's dependency tree.
  const require = createRequire(new URL('./peers/package.json', import.meta.url));
  const { Table } = require('tableschema');
  const { readFileSync } = await import('node:fs');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  let rows = 0;
  let rowsWithErrors = 0;
  let errors = 0;
  const byKind = {};
  const started = performance.now();
  const cpu = process.cpuUsage();
  const table = await Table.load(file, { schema });
  // forceCast: a row that fails yields its error (with one sub-error per cell) instead of ending
  // the iteration, so the whole file is read.
  const iterator = await table.iter({ cast: true, forceCast: true });
  for await (const row of iterator) {
    rows++;
    if (row instanceof Error) {
      rowsWithErrors++;
      const each = Array.isArray(row.errors) && row.errors.length > 0 ? row.errors : [row];
      errors += each.length;
      for (const e of each) {
        const k = tableschemaKind(String(e.message));
        byKind[k] = (byKind[k] ?? 0) + 1;
      }
    }
  }
  const ms = performance.now() - started;
  return { ms, cpuMs: cpuMsSince(cpu), rows, rowsWithErrors, errors, byKind };
}

let result;
if (pipeline === 'parse') result = await bareParse(args[0]);
else if (pipeline === 'datakoll') result = await datakoll(args[0], args[1], undefined);
else if (pipeline === 'datakoll-1t') result = await datakoll(args[0], args[1], 1);
else if (pipeline === 'many') result = await many(args[0], args.slice(1), undefined);
else if (pipeline === 'many-1t') result = await many(args[0], args.slice(1), 1);
else if (pipeline === 'tableschema') result = await tableschema(args[0], args[1]);
else {
  console.error('usage: node bench/worker.mjs parse|datakoll|datakoll-1t|tableschema <file> [spec] | many|many-1t <spec> <file>...');
  process.exit(2);
}
console.log(JSON.stringify({ pipeline, ...result, maxRssKiB: process.resourceUsage().maxRSS }));
