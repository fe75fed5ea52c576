// Runs one benchmark pipeline over one CSV file and prints one JSON line with the elapsed time,
// the CPU time, the data rows counted and the process's peak RSS. bench/run.mjs starts one
// process per measurement so that each peak RSS belongs to one pipeline alone.
//   node bench/worker.mjs parse <file>            bare csv-parse: parse and count records
//   node bench/worker.mjs datakoll <file> <spec>  datakoll's validateFile, full validation
// Module loading is done before the clock starts; spec loading and compiling are timed (they are
// part of validateFile).
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const [pipeline, file, spec] = process.argv.slice(2);

// CPU time (user + system, all threads) since a process.cpuUsage() reading, in ms.
function cpuMsSince(start) {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

async function bareParse() {
  let records = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for await (const record of createReadStream(file).pipe(parse())) {
    if (record !== undefined) records++;
  }
  const ms = performance.now() - started;
  return { ms, cpuMs: cpuMsSince(cpu), rows: records - 1 };
}

async function datakoll() {
  const { validateFile } = await import('../dist/index.js');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await validateFile(file, { spec });
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  const byCode = {};
  for (const g of report.groups) byCode[g.code] = (byCode[g.code] ?? 0) + g.count;
  return { ms, cpuMs, ...report.stats, byCode };
}

let result;
if (pipeline === 'parse') result = await bareParse();
else if (pipeline === 'datakoll') result = await datakoll();
else {
  console.error('usage: node bench/worker.mjs parse|datakoll <file> [spec]');
  process.exit(2);
}
console.log(JSON.stringify({ pipeline, ...result, maxRssKiB: process.resourceUsage().maxRSS }));
