// Preloaded with `node --import` by test/cli/startup.test.ts: records every module the process
// loads, ES modules through a resolve hook (which runs on the loader's own thread and appends each
// URL to the file named by DATAKOLL_MODULES_OUT) and CommonJS ones from require.cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const out = process.env.DATAKOLL_MODULES_OUT;
if (out !== undefined) {
  register('./resolve-hook.mjs', import.meta.url, { data: { out } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(out, Object.keys(require.cache).map((f) => `cjs:${f}\n`).join('')));
}
