/**
 * What the server answers, by route (below /<token>/): the page and its files, the words and the
 * catalogue, templates, and the jobs: an upload (POST api/jobs), its state, its reports, its fixed
 * file. Nothing here opens a path a request names: jobs are numbers, specs are id@version.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FORMATTERS, NO_COLORS } from '../formatters/index.js';
import { HTML_CSP } from '../formatters/html-assets.js';
import type { Registry } from '../registry/index.js';
import type { Lang } from '../report/index.js';
import { SERVE_WORDS } from '../report/index.js';
import { VERSION } from '../version.js';
import { catalogue, specByKey, template } from './catalogue.js';
import type { TemplateFormat } from './catalogue.js';
import type { Job, Jobs } from './jobs.js';
import type { Asset } from './page.js';
import { browserLanguage, pageHtml } from './page.js';
import { attachment, sendJson, sendProblem, sendStream, sendText } from './respond.js';
import { receive } from './upload.js';
import { jobView } from './view.js';

export interface Site {
  readonly jobs: Jobs;
  readonly registry: Registry;
  readonly assets: ReadonlyMap<string, Asset>;
  readonly maxUpload: number;
  readonly lang: Lang;
}

function langOf(query: URLSearchParams, req: IncomingMessage, site: Site): Lang {
  const l = query.get('lang');
  return l === 'sv' || l === 'en' ? l : browserLanguage(req.headers['accept-language'], site.lang);
}

/** Answers a request that passed the guard. */
export async function route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, site: Site): Promise<void> {
  const lang = langOf(query, req, site);
  const asset = site.assets.get(path);
  if (req.method === 'GET' && path === '') return sendText(res, 200, 'text/html; charset=utf-8', pageHtml(lang));
  if (req.method === 'GET' && asset !== undefined) return sendText(res, 200, asset.type, asset.body);
  if (req.method === 'GET' && path === 'api/info') return sendJson(res, 200, { lang, words: SERVE_WORDS, maxUpload: site.maxUpload, version: VERSION });
  if (req.method === 'GET' && path === 'api/specs') return sendJson(res, 200, catalogue(site.registry));
  if (req.method === 'GET' && path === 'api/template') return sendTemplate(res, query, lang, site);
  if (req.method === 'POST' && path === 'api/jobs') return upload(req, res, query, site);
  const m = /^api\/jobs\/(\d{1,9})(?:\/(report\.html|findings\.csv|fix|fixed))?$/.exec(path);
  const job = m === null ? undefined : site.jobs.get(Number(m[1]));
  if (m === null) return sendProblem(res, 404, 'not-found');
  if (job === undefined) return sendProblem(res, 404, 'job-gone');
  return jobRoute(req, res, job, m[2] ?? '', lang, query, site);
}

async function sendTemplate(res: ServerResponse, query: URLSearchParams, lang: Lang, site: Site): Promise<void> {
  const spec = specByKey(site.registry, query.get('spec') ?? '');
  const format = query.get('format') ?? 'csv';
  if (spec === undefined || !['csv', 'json', 'xlsx'].includes(format)) return sendProblem(res, 404, 'unknown-spec');
  const t = await template(spec, format as TemplateFormat, lang);
  sendText(res, 200, t.type, t.body, { 'Content-Disposition': attachment(t.name) });
}

async function upload(req: IncomingMessage, res: ServerResponse, query: URLSearchParams, site: Site): Promise<void> {
  const key = query.get('spec') ?? 'auto';
  const spec = key === 'auto' ? 'auto' : specByKey(site.registry, key);
  if (spec === undefined) return refuseUpload(req, res, 404, 'unknown-spec');
  if (site.jobs.full()) return refuseUpload(req, res, 503, 'queue-full');
  const job = site.jobs.open((query.get('name') ?? '').slice(0, 255) || 'data', spec);
  const got = await receive(req, job.input, site.maxUpload);
  if (!got.ok) {
    site.jobs.drop(job);
    return refuseUpload(req, res, got.why === 'too-large' ? 413 : 400, got.why, site);
  }
  void site.jobs.queue(job, got.bytes);
  sendJson(res, 201, jobView(job));
}

/** Refuses an upload; what is left of its body is read and dropped, so the browser hears why. */
function refuseUpload(req: IncomingMessage, res: ServerResponse, status: number, code: 'too-large' | 'upload-broken' | 'unknown-spec' | 'queue-full', site?: Site): void {
  res.setHeader('Connection', 'close');
  sendProblem(res, status, code, code === 'too-large' && site !== undefined ? { mb: Math.floor(site.maxUpload / 1024 / 1024) } : {});
  req.resume();
}

async function jobRoute(req: IncomingMessage, res: ServerResponse, job: Job, what: string, lang: Lang, query: URLSearchParams, site: Site): Promise<void> {
  if (what === '' && req.method === 'GET') return sendJson(res, 200, jobView(job));
  // The steward's file and what was made of it leave the server at once.
  if (what === '' && req.method === 'DELETE') return site.jobs.remove(job) ? sendJson(res, 200, { removed: job.id }) : sendProblem(res, 409, 'still-running');
  if (what === 'fix' && req.method === 'POST') {
    const fixed = await site.jobs.fixed(job);
    return fixed.ok ? sendJson(res, 200, { name: fixed.name, size: fixed.size }) : sendJson(res, 422, { code: 'no-fix', detail: fixed.failure });
  }
  if (req.method !== 'GET') return sendProblem(res, 404, 'not-found');
  if (what === 'fixed') {
    const fixed = job.fixed === undefined ? undefined : await job.fixed;
    if (fixed === undefined || !fixed.ok) return sendProblem(res, 404, 'no-fix');
    return sendStream(res, 'application/octet-stream', fixed.name, createReadStream(fixed.path), fixed.size);
  }
  if (job.report === undefined) return sendProblem(res, 404, 'not-checked');
  const base = job.name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'data';
  if (what === 'findings.csv') return sendText(res, 200, 'text/csv; charset=utf-8', FORMATTERS.csv(job.report, { lang, colors: NO_COLORS }), { 'Content-Disposition': attachment(`${base}-findings.csv`) });
  const html = FORMATTERS.html(job.report, { lang, colors: NO_COLORS });
  // Shown inside the page (framed by it alone), or downloaded; the report's own policy either way.
  const download: Record<string, string> = query.get('download') === '1' ? { 'Content-Disposition': attachment(`${base}-report.html`) } : {};
  sendText(res, 200, 'text/html; charset=utf-8', html, download, `${HTML_CSP}; frame-ancestors 'self'`);
}
