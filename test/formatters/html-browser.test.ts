/**
 * The HTML report in a real browser (Debian's chromium through playwright-core): it renders, its
 * filters change the visible rows, and a report full of hostile cells runs no script of its own.
 * Skipped, and says so in its name, where /usr/bin/chromium is missing (.ci/run installs it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATTERS, NO_COLORS } from '../../src/formatters/index.js';
import type { RunReport } from '../../src/report/index.js';
import { tempDir, writeSpec } from '../helpers.js';
import { run } from '../cli/run.js';
import { HOSTILE, hostileReport, mixedReport, sampleReport } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) process.stderr.write(`\nhtml-browser.test.ts: SKIPPED: ${CHROMIUM} not found, so the HTML report is not tested in a browser (apt-get install -y chromium; .ci/run does)\n`);
const title = available ? 'HTML report in a real browser (chromium)' : `HTML report in a real browser: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium)`;

describe.skipIf(!available)(title, () => {
  let dir: string;
  let context: BrowserContext;
  /** Requests the page made, other than for the report itself. */
  let requests: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'datakoll-browser-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(report: RunReport | string, name: string, lang: 'sv' | 'en' = 'en'): Promise<Page> {
    const file = join(dir, `${name}.html`);
    if (typeof report === 'string') writeFileSync(file, report);
    else writeFileSync(file, FORMATTERS.html(report, { lang, colors: NO_COLORS }));
    const page = await context.newPage();
    requests = [];
    const url = pathToFileURL(file).href;
    page.on('request', (r) => void (r.url() !== url && requests.push(r.url())));
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(url);
    return page;
  }

  const visibleGroups = (page: Page): Promise<number> => page.locator('tr.group:visible').count();

  it('renders the summary, the chart, the findings and the provenance', async () => {
    const page = await open(sampleReport(), 'sample');
    expect(await page.title()).toBe('datakoll report');
    expect(await page.locator('h2').allTextContents()).toEqual(['badplatser.csv', 'ok.csv']);
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(0);
    expect(await visibleGroups(page)).toBe(3);
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(await page.locator('dl').first().textContent()).toContain('Checksum (SHA-256)');
    expect(await page.locator('.score').first().textContent()).toBe('D');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('the filters by severity, column and code change the visible rows', async () => {
    const page = await open(mixedReport(), 'mixed');
    expect(await visibleGroups(page)).toBe(5);
    await page.selectOption('#f-sev', 'warning');
    expect(await visibleGroups(page)).toBe(1);
    expect(await page.locator('#f-shown').textContent()).toBe('1');
    await page.selectOption('#f-sev', '');
    await page.selectOption('#f-field', 'lat');
    expect(await page.locator('tr.group:visible td:nth-child(3)').allTextContents()).toEqual(['wrong-type']);
    await page.selectOption('#f-field', '');
    await page.selectOption('#f-code', 'invalid-integer');
    expect(await visibleGroups(page)).toBe(1);
    await page.selectOption('#f-code', '');
    expect(await visibleGroups(page)).toBe(5);
    await page.close();
  });

  it('reads well from 360 to 1920 px: no overflow, no column name broken, a legend, the time in a zone, a whole-file filter', async () => {
    const work = tempDir();
    const example = readFileSync(new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url), 'utf8').split('\n');
    const header = example[0] as string;
    const row = (example.slice(1).join('\n').split(/\n(?=\d{4}-)/)[0] as string).replace(',true,sea,', ',kanske,sea,').replace('031-365 00 00', '031-365 00 00 ank 2');
    const rows = Array.from({ length: 4 }, (_v, i) => row.replace('1480-Ängsviken', `1480-Ängsviken${i}`).replace('57.6312', i === 0 ? '57,6312' : '57.6312'));
    const csv = join(work, `${'ett-mycket-langt-filnamn-for-badplatser-i-kommunen-'.repeat(2)}2024.csv`);
    writeFileSync(csv, `${header}\n${rows.join('\n')}\n`);
    const { validateFiles } = await import('../../src/api.js');
    const report = await validateFiles([csv], { spec: 'badplatser', threads: 1 });
    expect(report.files[0]?.groups.some((g) => g.field === 'wheelchair')).toBe(true);
    const file = join(dir, 'widths.html');
    writeFileSync(file, FORMATTERS.html(report, { lang: 'sv', colors: NO_COLORS }));
    const page = await context.newPage();
    requests = [];
    const url = pathToFileURL(file).href;
    page.on('request', (r) => void (r.url() !== url && requests.push(r.url())));
    for (const width of [360, 420, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      const layout = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number }; querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null; firstChild: unknown; getBoundingClientRect: () => { height: number } }>; createRange: () => { selectNodeContents: (n: unknown) => void; getClientRects: () => ArrayLike<unknown> } }; innerWidth: number }).document;
        const win = globalThis as unknown as { innerWidth: number; getComputedStyle: (e: unknown) => { lineHeight: string } };
        const broken = Array.from(doc.querySelectorAll('td.field')).filter((td) => {
          const range = doc.createRange();
          range.selectNodeContents(td);
          return range.getClientRects().length > 1;
        });
        const h2 = doc.querySelectorAll('h2')[0];
        const lines = h2 === undefined ? 0 : Math.round(h2.getBoundingClientRect().height / parseFloat(win.getComputedStyle(h2).lineHeight));
        return { overflow: doc.documentElement.scrollWidth - win.innerWidth, broken: broken.map((td) => td.textContent), lines };
      });
      expect(layout.overflow, `${width} px`).toBeLessThanOrEqual(0);
      expect(layout.broken, `${width} px`).toEqual([]);
      // The long file name wraps where it must, not letter by letter.
      expect(layout.lines, `${width} px`).toBeLessThanOrEqual(width < 500 ? 6 : 2);
    }
    expect(await page.locator('ul.legend li').count()).toBe(3);
    const time = (await page.locator('#run-at').textContent()) ?? '';
    expect(time).not.toBe(report.startedAt);
    expect(time).toMatch(/UTC|GMT|CES?T|[+-]\d/);
    const whole = await page.locator('#f-field option[data-whole]').evaluate((o) => (o as unknown as { index: number }).index);
    await page.selectOption('#f-field', { index: whole });
    const fields = await page.locator('tr.group:visible td:nth-child(2)').allTextContents();
    expect(fields.length).toBeGreaterThan(0);
    // Only the findings about no column (the file, the header) are left.
    expect(fields.every((t) => t === '')).toBe(true);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('a report full of hostile cells runs no script and shows them as text', async () => {
    const page = await open(hostileReport(), 'hostile', 'sv');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('body').textContent()).toContain('<img src=x onerror=window.__pwned=1>');
    // The filters still work on hostile column names.
    const options = await page.locator('#f-field option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    await page.selectOption('#f-field', options[2] as string);
    expect(await visibleGroups(page)).toBe(1);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(requests).toEqual([]);
    await page.close();
  });

  it('end to end: a CSV full of hostile cells and column names, through `datakoll validate --format html=…`', async () => {
    const work = tempDir();
    const spec = writeSpec(work);
    const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;
    const rows = HOSTILE.map((v, i) => [String(i + 1), quote(v), quote(v), quote(v), quote(v), quote(v)].join(','));
    const csv = join(work, 'hostile.csv');
    writeFileSync(csv, `id,name,lat,ok,day,${quote(HOSTILE[2] as string)}\n${rows.join('\n')}\n`);
    const html = join(work, 'report.html');
    const r = await run(['validate', csv, '--spec', spec, '--format', `html=${html}`, '--lang', 'sv']);
    expect(r.code).toBe(1);
    const page = await open(readFileSync(html, 'utf8'), 'end-to-end');
    expect(await page.locator('tr.group').count()).toBeGreaterThan(3);
    expect(await page.locator('body').textContent()).toContain('<img src=x onerror=window.__pwned=1>');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  });
});
