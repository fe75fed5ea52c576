// Runs the built CLI in this process and prints its exit code, wall time and peak RSS as JSON on
// the last line of stderr, so a test can hold a run to time and memory bounds.
import { main } from '../../dist/cli/main.js';

const started = performance.now();
let out = '';
const code = await main(process.argv.slice(2), {
  stdout: (s) => void (out += s),
  stderr: (s) => void process.stderr.write(s),
  stdin: process.stdin,
  env: { LANG: 'C' },
  stdoutIsTTY: false,
  stderrIsTTY: false,
});
process.stdout.write(out);
process.stderr.write(`\n${JSON.stringify({ code, ms: Math.round(performance.now() - started), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
process.exitCode = code;
