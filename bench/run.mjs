// The datakoll benchmark (npm run bench). For each generated 14-column CSV file (bench/generate.mjs;
// 100k and 1M rows, 0% and 5% of rows with one injected error) it times bare csv-parse (parse and
// count only) against datakoll's full validateFile with bench/bench-spec.json, each run in its own
// child process (bench/worker.mjs) so peak RSS is per pipeline. Pipelines alternate and the median
// of N runs is reported, with rows/s, MB/s, peak RSS, the datakoll/csv-parse time ratio against
// its target, and sanity counts. Last, it times CLI start-up against a bare `node -e ''`.
// Environment: BENCH_SIZES=100000,1000000 (rows per file), BENCH_RUNS=N (runs per pipeline;
// default 3 below 1M rows, 2 from 1M). 1 MB here is 1,048,576 bytes.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureData, ERROR_KINDS } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SPEC = fileURLToPath(new URL('./bench-spec.json', import.meta.url));
const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const MB = 1024 * 1024;
const RATIO_TARGET = { 0: 1.5, 5: 1.7 };
const RSS_TARGET_MB = 150;
const RSS_TARGET_ROWS = 1_000_000;
const ERROR_PERCENTS = [0, 5];
const STARTUP_RUNS = 5;

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map((s) => Number(s.trim()));
const runsFor = (rows) => (process.env.BENCH_RUNS !== undefined ? Number(process.env.BENCH_RUNS) : rows >= 1_000_000 ? 2 : 3);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runsFor(1) >= 1)) {
  console.error('BENCH_SIZES must be positive integers separated by commas and BENCH_RUNS a positive integer');
  process.exit(2);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const num = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

/** Runs one measurement in a fresh process and returns its parsed JSON line. */
function measure(pipeline, file) {
  // Collect the parent's garbage first so it does not grow between children (needs --expose-gc).
  globalThis.gc?.();
  const args = pipeline === 'parse' ? [WORKER, 'parse', file] : [WORKER, 'datakoll', file, SPEC];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * MB });
  if (r.status !== 0) throw new Error(`worker ${pipeline} ${file} failed (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function summarize(results, bytes) {
  const ms = median(results.map((r) => r.ms));
  const rows = results[0].rows;
  return {
    ms,
    cpuMs: median(results.map((r) => r.cpuMs)),
    rowsPerSec: rows / (ms / 1000),
    mbPerSec: bytes / MB / (ms / 1000),
    // the highest peak over the runs, not the median: the honest figure for a memory target
    peakRssMb: Math.max(...results.map((r) => r.maxRssKiB)) / 1024,
    runs: results.map((r) => Math.round(r.ms)),
  };
}

function printEnvironment() {
  const csvParse = JSON.parse(readFileSync(new URL('../node_modules/csv-parse/package.json', import.meta.url), 'utf8'));
  const datakoll = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  console.log('datakoll benchmark');
  console.log(`  node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? 'unknown'}`);
  console.log(`  datakoll ${datakoll.version} (dist/), csv-parse ${csvParse.version}, spec ${basename(SPEC)}`);
  console.log(`  sizes ${sizes.map((n) => num(n)).join(', ')} rows; runs per pipeline: ${sizes.map((n) => `${runsFor(n)} at ${num(n)}`).join(', ')}`);
  console.log('  each run is its own process; timing starts after module loading; 1 MB = 1,048,576 bytes');
  console.log(`  load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes on the machine make timings noisier)`);
  console.log('');
}

const outcomes = [];

async function benchFile(rows, errorPercent) {
  const data = await ensureData(rows, errorPercent);
  const bytes = statSync(data.file).size;
  const n = runsFor(rows);
  console.log(`${basename(data.file)}: ${num(rows)} rows, ${num(bytes / MB, 1)} MB, ${num(data.injected)} rows with an injected error (${data.reused ? 'reused' : 'generated now'})`);
  const parse = [];
  const dk = [];
  for (let i = 0; i < n; i++) {
    parse.push(measure('parse', data.file));
    dk.push(measure('datakoll', data.file));
  }
  const p = summarize(parse, bytes);
  const d = summarize(dk, bytes);
  console.log(`  ${'pipeline'.padEnd(10)} ${'median ms'.padStart(10)} ${'rows/s'.padStart(10)} ${'MB/s'.padStart(7)} ${'peak RSS MB'.padStart(12)}   runs (ms)`);
  for (const [name, s] of [['csv-parse', p], ['datakoll', d]]) {
    console.log(`  ${name.padEnd(10)} ${num(s.ms).padStart(10)} ${num(s.rowsPerSec).padStart(10)} ${num(s.mbPerSec, 1).padStart(7)} ${num(s.peakRssMb, 1).padStart(12)}   ${s.runs.join(', ')}`);
  }
  const ratio = d.ms / p.ms;
  const target = RATIO_TARGET[errorPercent];
  const ratioOk = ratio <= target;
  console.log(`  ratio datakoll / csv-parse: ${num(ratio, 2)}x   target <= ${target}x   ${verdict(ratioOk)}`);
  // CPU time is less disturbed by other processes on the machine; it counts all threads (GC too).
  console.log(`  CPU time, for reference (not judged): csv-parse ${num(p.cpuMs)} ms, datakoll ${num(d.cpuMs)} ms, ratio ${num(d.cpuMs / p.cpuMs, 2)}x`);
  outcomes.push({ what: `${num(rows)} rows, ${errorPercent}% errors: ratio ${num(ratio, 2)}x (target <= ${target}x)`, ok: ratioOk });
  if (rows >= RSS_TARGET_ROWS) {
    const rssOk = d.peakRssMb < RSS_TARGET_MB;
    console.log(`  datakoll peak RSS: ${num(d.peakRssMb, 1)} MB   target < ${RSS_TARGET_MB} MB   ${verdict(rssOk)}`);
    outcomes.push({ what: `${num(rows)} rows, ${errorPercent}% errors: datakoll peak RSS ${num(d.peakRssMb, 1)} MB (target < ${RSS_TARGET_MB} MB)`, ok: rssOk });
  }

  // Sanity: both pipelines saw every row; datakoll found exactly the injected errors, by kind.
  const last = dk[dk.length - 1];
  const problems = [];
  for (const r of parse) if (r.rows !== rows) problems.push(`csv-parse counted ${r.rows} rows`);
  for (const r of dk) {
    if (r.rows !== rows) problems.push(`datakoll counted ${r.rows} rows`);
    if (r.errors !== last.errors) problems.push('datakoll runs disagree');
  }
  const expected = {};
  for (const [kind, count] of Object.entries(data.byKind)) {
    if (count > 0) expected[ERROR_KINDS[kind]] = (expected[ERROR_KINDS[kind]] ?? 0) + count;
  }
  const codes = new Set([...Object.keys(expected), ...Object.keys(last.byCode)]);
  for (const c of codes) {
    if ((expected[c] ?? 0) !== (last.byCode[c] ?? 0)) problems.push(`${c}: injected ${expected[c] ?? 0}, found ${last.byCode[c] ?? 0}`);
  }
  if (last.errors !== data.injected || last.rowsWithErrors !== data.injected) problems.push(`expected ${data.injected} errors on as many rows`);
  if (last.warnings !== 0 || last.infos !== 0) problems.push('unexpected warnings or infos');
  console.log(`  sanity: csv-parse counted ${num(parse[0].rows)} rows; datakoll counted ${num(last.rows)} rows, ${num(last.errors)} errors on ${num(last.rowsWithErrors)} rows, ${last.warnings} warnings, ${last.infos} infos`);
  if (errorPercent > 0) {
    const found = Object.entries(last.byCode)
      .sort((a, b) => b[1] - a[1])
      .map(([c, k]) => `${c} ${k}`)
      .join(', ');
    console.log(`          errors by code: ${found}`);
  }
  console.log(`          ${problems.length === 0 ? `OK: matches the ${num(data.injected)} injected errors exactly` : `PROBLEM: ${problems.join('; ')}`}`);
  outcomes.push({ what: `${num(rows)} rows, ${errorPercent}% errors: sanity (rows counted, errors found = injected)`, ok: problems.length === 0 });
  console.log('');
}

function wallMs(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - started;
  return { ms, status: r.status, stderr: r.stderr };
}

async function benchStartup() {
  const tiny = await ensureData(10, 0);
  const cli = [];
  const bare = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    bare.push(wallMs(['-e', '']));
    cli.push(wallMs([CLI, 'validate', tiny.file, '--spec', SPEC]));
  }
  const bad = cli.find((r) => r.status !== 0);
  console.log(`start-up (wall time, median of ${STARTUP_RUNS}, ${basename(tiny.file)}: 10 rows)`);
  const line = (label, rs) => `  ${label.padEnd(68)} ${num(median(rs.map((r) => r.ms))).padStart(5)} ms   runs ${rs.map((r) => Math.round(r.ms)).join(', ')}`;
  console.log(line("node -e ''", bare));
  console.log(line('node dist/cli/bin.js validate <10-row file> --spec bench-spec.json', cli));
  console.log(`  difference (datakoll start-up, spec loading, 10 rows, report): ${num(median(cli.map((r) => r.ms)) - median(bare.map((r) => r.ms)))} ms`);
  console.log(`  ${bad === undefined ? 'sanity: the CLI exited 0 (file valid) every run' : `PROBLEM: the CLI exited ${bad.status}: ${bad.stderr.trim()}`}`);
  outcomes.push({ what: 'start-up sanity: CLI exit status 0 on the valid 10-row file', ok: bad === undefined });
  console.log('');
}

printEnvironment();
for (const rows of sizes) {
  for (const pct of ERROR_PERCENTS) await benchFile(rows, pct);
}
await benchStartup();
console.log(`summary (load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')})`);
for (const o of outcomes) console.log(`  ${verdict(o.ok)}  ${o.what}`);
// A missed target is a result, not a failure; a failed sanity check means the numbers are not to be trusted.
if (outcomes.some((o) => !o.ok && o.what.includes('sanity'))) process.exitCode = 1;
