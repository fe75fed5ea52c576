/**
 * The page of `datakoll serve` in a real browser (Debian's chromium through playwright-core, as
 * the HTML report's test drives it): a valid and an invalid file uploaded, their scores and
 * findings seen, the fixed file downloaded and validated, the language switched, the catalogue
 * browsed and a template downloaded, and a hostile file whose cells and name hold markup runs no
 * script. Skipped, and says so in its name, where /usr/bin/chromium is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { Registry } from '../../src/registry/index.js';
import { SERVE_WORDS } from '../../src/report/index.js';
import { startServer } from '../../src/serve/index.js';
import type { Serving } from '../../src/serve/index.js';
import { tempDir } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) process.stderr.write(`\npage-browser.test.ts: SKIPPED: ${CHROMIUM} not found, so the page of datakoll serve is not tested in a browser (apt-get install -y chromium; .ci/run does)\n`);
const title = available ? 'datakoll serve in a real browser (chromium)' : `datakoll serve in a real browser: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium)`;

const VALID = readFileSync(new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url), 'utf8');
/** The valid file with two decimal commas: errors fix can repair. */
const INVALID = VALID.replace('57.6312', '"57,6312"').replace('11.7954', '"11,7954"');
const HOSTILE = ['<script>window.__pwned=1</script>', '</script><script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1;alert(1)">', '"><svg onload=alert(1)>'];

/** The bathing sites with hostile values in text and in typed cells, and a hostile column. */
function hostileCsv(): string {
  const [header, ...rows] = VALID.split('\n');
  const q = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  const bad = rows.filter((r) => r !== '').map((r, i) => r.replace(/^[^,]*,[^,]*,[^,]*,/, `${q(HOSTILE[i % HOSTILE.length] as string)},${q(HOSTILE[(i + 1) % HOSTILE.length] as string)},${q(HOSTILE[(i + 2) % HOSTILE.length] as string)},`));
  return `${header as string},${q(HOSTILE[2] as string)}\n${bad.map((r) => `${r},x`).join('\n')}\n`;
}

describe.skipIf(!available)(title, () => {
  let dir: string;
  let s: Serving;
  let context: BrowserContext;
  /** What the page said in dialogs and on its console, and the addresses it asked for elsewhere. */
  const said: string[] = [];
  const elsewhere: string[] = [];

  beforeAll(async () => {
    dir = tempDir();
    s = await startServer({ port: 0, maxUpload: 64 * 1024 * 1024, registry: new Registry(), lang: 'en', threads: 1, tempRoot: dir });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'sv-SE',
      acceptDownloads: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await s?.close();
  });

  async function open(): Promise<Page> {
    const page = await context.newPage();
    page.on('dialog', (d) => void (said.push(`dialog: ${d.message()}`), d.dismiss()));
    page.on('console', (m) => void said.push(`console ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => void said.push(`error: ${e.message}`));
    page.on('request', (r) => void (r.url().startsWith(s.url) || r.url().startsWith('data:') || elsewhere.push(r.url())));
    await page.goto(s.url);
    await page.locator('#files').waitFor({ state: 'attached' });
    return page;
  }

  async function upload(page: Page, name: string, content: string): Promise<ReturnType<Page['locator']>> {
    const before = await page.locator('li.item').count();
    await page.setInputFiles('#files', { name, mimeType: 'text/csv', buffer: Buffer.from(content) });
    const item = page.locator('li.item').nth(before);
    await item.locator('[data-level]').waitFor({ timeout: 30_000 });
    return item;
  }

  it('a valid and an invalid file: their scores, the findings in the report, the fixed file downloaded and valid', async () => {
    const page = await open();
    expect(await page.locator('h1').textContent()).toBe(SERVE_WORDS.title.sv);
    const good = await upload(page, 'badplatser.csv', VALID);
    expect(await good.locator('[data-level]').getAttribute('data-level')).toBe('A');
    await page.selectOption('#spec', 'badplatser@1.0');
    // The chosen spec's status and where its official version lives.
    expect(await page.locator('.spec-info').textContent()).toContain(SERVE_WORDS.official.sv);
    expect(await page.locator('.spec-info a').getAttribute('href')).toBe(new Registry().resolve('badplatser').officialUrl);
    const bad = await upload(page, 'export från excel.csv', INVALID);
    expect(await bad.locator('[data-level]').getAttribute('data-level')).not.toBe('A');
    const report = page.frameLocator('iframe.report');
    await report.locator('h2').first().waitFor();
    expect(await report.locator('h2').first().textContent()).toBe('export från excel.csv');
    expect(await report.locator('tr.group code').allTextContents()).toContain('form-decimal-comma');
    const [download] = await Promise.all([page.waitForEvent('download'), bad.locator('button.fixed').click()]);
    expect(download.suggestedFilename()).toBe('export från excel-fixed.csv');
    const saved = join(dir, 'fixed.csv');
    await download.saveAs(saved);
    const fixed = await validateFile(saved, { spec: 'badplatser', threads: 1 });
    expect(fixed.valid).toBe(true);
    expect(fixed.stats.errors).toBe(0);
    const [csv] = await Promise.all([page.waitForEvent('download'), bad.locator('a', { hasText: SERVE_WORDS.findings_csv.sv }).click()]);
    expect(csv.suggestedFilename()).toBe('export från excel-findings.csv');
    // Removed from the server: the file leaves the list and the server's folder.
    const folders = readdirSync(s.folder).length;
    await bad.locator('button.remove').click();
    await page.locator('li.item').nth(1).waitFor({ state: 'detached' });
    expect(readdirSync(s.folder)).toHaveLength(folders - 1);
    expect(await page.locator('iframe.report').count()).toBe(0);
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 90_000);

  it('switches between Swedish and English, the report too', async () => {
    const page = await open();
    await upload(page, 'a.csv', INVALID);
    await page.click('button[data-lang="en"]');
    expect(await page.locator('h1').textContent()).toBe(SERVE_WORDS.title.en);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#tab-check').textContent()).toBe(SERVE_WORDS.tab_check.en);
    const report = page.frameLocator('iframe.report');
    await report.locator('html[lang="en"]').waitFor();
    await page.click('button[data-lang="sv"]');
    expect(await page.locator('h1').textContent()).toBe(SERVE_WORDS.title.sv);
    await report.locator('html[lang="sv"]').waitFor();
    await page.close();
  }, 60_000);

  it('the catalogue: every spec with its status, official address and attributes; a template downloaded', async () => {
    const page = await open();
    await page.click('#tab-catalogue');
    const specs = new Registry().list();
    expect(await page.locator('details.spec').count()).toBe(specs.length);
    const spec = page.locator('details.spec[data-spec="badplatser@1.0"]');
    await spec.locator('summary').click();
    expect(await spec.locator('table.attributes tbody tr').count()).toBe(specs.find((x) => x.id === 'badplatser')?.attributes.length);
    expect(await spec.locator('dd a').first().getAttribute('href')).toMatch(/^https:\/\//);
    const [download] = await Promise.all([page.waitForEvent('download'), spec.locator('a[data-template="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('badplatser-1.0.csv');
    await page.close();
  }, 60_000);

  it('several files dropped at once are queued and checked one after the other, in the order dropped', async () => {
    const page = await open();
    const files = [['eins.csv', VALID], ['zwei.csv', INVALID], ['drei.json', readFileSync(new URL('../../fixtures/badplatser/valid/example.json', import.meta.url), 'utf8')]];
    const dropped = await page.evaluateHandle((list) => {
      const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: string[], name: string) => unknown };
      const d = new g.DataTransfer();
      for (const [name, text] of list) d.items.add(new g.File([text as string], name as string));
      return d;
    }, files);
    await page.dispatchEvent('label.drop', 'drop', { dataTransfer: dropped });
    const items = page.locator('li.item');
    await expect.poll(() => items.locator('[data-level]').count(), { timeout: 60_000 }).toBe(3);
    expect(await items.locator('.name').allTextContents()).toEqual(['eins.csv', 'zwei.csv', 'drei.json']);
    expect(await items.locator('[data-level]').evaluateAll((l) => l.map((e) => (e as unknown as { dataset: { level: string } }).dataset.level))).toEqual(['A', 'D', 'A']);
    await page.close();
  }, 90_000);

  it("shows an upload's progress while a large file is read in, and the page answers meanwhile", async () => {
    const page = await open();
    // Uploads slowed to 2 MB/s, so the 4 MB file takes a few seconds to arrive.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 2 * 1024 * 1024 });
    const [header, ...rows] = VALID.trimEnd().split('\n');
    const big = `${header as string}\n${Array.from({ length: 12_000 }, (_, i) => (rows[0] as string).replace(/^[^,]*/, `id-${i}`)).join('\n')}\n`;
    expect(big.length).toBeGreaterThan(4_000_000);
    await page.setInputFiles('#files', { name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
    const bar = page.locator('li.item progress');
    await bar.waitFor();
    await page.waitForFunction(() => {
      const p = (globalThis as unknown as { document: { querySelector(s: string): { value: number } | null } }).document.querySelector('li.item progress');
      return p !== null && p.value > 0 && p.value < 100;
    });
    // The page answers while the file is on its way: the language switches, the file stays in the queue.
    await page.click('button[data-lang="en"]');
    expect(await page.locator('h1').textContent()).toBe(SERVE_WORDS.title.en);
    expect(await page.locator('li.item .state').textContent()).toMatch(/^being read in: \d+%$/);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.locator('li.item [data-level]').waitFor({ timeout: 60_000 });
    expect(await bar.count()).toBe(0);
    await page.click('button[data-lang="sv"]');
    await page.close();
  }, 90_000);

  it('a hostile file, its cells and its name full of markup, runs no script and shows them as text', async () => {
    const page = await open();
    said.length = 0;
    const item = await upload(page, '<img src=x onerror=alert(1)>.csv', hostileCsv());
    expect(await item.locator('.name').textContent()).toBe('<img src=x onerror=alert(1)>.csv');
    const frame = page.frameLocator('iframe.report');
    await frame.locator('tr.group').first().waitFor();
    expect(await frame.locator('body').textContent()).toContain('<img src=x onerror="window.__pwned=1;alert(1)">');
    expect(await frame.locator('img, svg[onload]').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    // The page and the report's frame (sandboxed, so no script from the page reaches into it, but the test's does).
    expect(page.frames()).toHaveLength(2);
    for (const f of page.frames()) {
      expect(await f.evaluate(() => typeof (globalThis as { document?: { body?: unknown } }).document?.body)).toBe('object');
      expect(await f.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    }
    expect(said).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 60_000);
});
