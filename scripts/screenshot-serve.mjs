// Makes docs/serve.png, the README's picture of `datakoll serve`: the built server (npm run build
// first), the page in Debian's chromium (playwright-core), a bathing-site file with two decimal
// commas checked against badplatser, its report shown. Run: node scripts/screenshot-serve.mjs
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const { startServer } = await import('../dist/serve/index.js');
const { Registry } = await import('../dist/registry/index.js');

const lang = process.argv[2] === 'en' ? 'en' : 'sv';
const dir = mkdtempSync(join(tmpdir(), 'datakoll-screenshot-'));
const csv = readFileSync(new URL('../fixtures/badplatser/valid/example.csv', import.meta.url), 'utf8').replace('57.6312', '"57,6312"').replace('2024-05-31', '31/05/2024');
const server = await startServer({ port: 0, maxUpload: 64 * 1024 * 1024, registry: new Registry(), lang, threads: 1, tempRoot: dir });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1100 }, locale: lang === 'sv' ? 'sv-SE' : 'en-GB', deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.locator('#files').waitFor({ state: 'attached' });
  await page.selectOption('#spec', 'badplatser@1.0');
  await page.setInputFiles('#files', { name: 'badplatser-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.frameLocator('iframe.report').locator('tr.group').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: new URL('../docs/serve.png', import.meta.url).pathname, fullPage: false });
  console.log('docs/serve.png written');
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
