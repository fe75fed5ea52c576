/**
 * A job's two runs, on the file the upload wrote (the name the steward's file had is kept for the
 * report and the downloads): validate, through the library's own validateFiles, and fix, through
 * fix's own fixFile into a second temporary file. A problem of usage (an encoding fix cannot
 * decide, no spec that matches) is told in both languages; the data's problems are findings.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { validateFiles } from '../api.js';
import { DatakollError } from '../errors.js';
import { fixFile } from '../fix/index.js';
import type { Registry, Spec } from '../registry/index.js';
import type { RunReport } from '../report/index.js';
import { SERVE_WORDS, sayBoth } from '../report/index.js';

/** Words in both languages. */
export interface Both {
  readonly sv: string;
  readonly en: string;
}

/** What the job's run gives: its report, and the spec it was checked against. */
export type Checked = { readonly ok: true; readonly report: RunReport; readonly spec: Spec | undefined } | { readonly ok: false; readonly failure: Both };

export type Fixed = { readonly ok: true; readonly path: string; readonly name: string; readonly size: number } | { readonly ok: false; readonly failure: Both };

/** A thrown problem in both languages: a usage error's own words, else the page's. */
export function failureOf(e: unknown, fallback: 'not-checked' | 'no-fix'): Both {
  if (e instanceof DatakollError) return { sv: e.text('sv'), en: e.text('en') };
  return sayBoth(SERVE_WORDS[fallback]);
}

/** Validates the uploaded file; the report names it as the steward named it. */
export async function check(file: string, name: string, spec: Spec | 'auto', registry: Registry, threads: number | undefined): Promise<Checked> {
  try {
    const run = await validateFiles([file], { spec, registry, ...(threads !== undefined ? { threads } : {}) });
    const report: RunReport = { ...run, files: run.files.map((f) => ({ ...f, file: name })) };
    const ref = report.files[0]?.spec;
    const used = spec !== 'auto' ? spec : ref === undefined ? undefined : registry.all().find((s) => s.id === ref.id && s.version === ref.version && s.sha256 === ref.sha256);
    return { ok: true, report, spec: used };
  } catch (e) {
    // The command line's words name the private copy and --spec; the page names the steward's file and its own list.
    if (e instanceof DatakollError && (e.code === 'spec-auto-no-match' || e.code === 'spec-auto-no-columns')) {
      const best = e.params.candidates;
      return { ok: false, failure: sayBoth(SERVE_WORDS[e.code === 'spec-auto-no-match' ? 'auto-no-match' : 'auto-no-columns'], { name, ...(best !== undefined && best !== '' ? { candidates: best } : {}) }) };
    }
    return { ok: false, failure: failureOf(e, 'not-checked') };
  }
}

/** The fixed file's name: the original's, with -fixed before the extension (a workbook is fixed as CSV). */
export function fixedName(name: string, format: string): string {
  const m = /^(.*?)(\.[A-Za-z0-9]{1,8})?$/.exec(name.replace(/^.*[\\/]/, ''));
  const base = m?.[1] === undefined || m[1] === '' ? 'data' : m[1];
  const ext = format === 'xlsx' ? '.csv' : (m?.[2] ?? `.${format}`);
  return `${base}-fixed${ext}`;
}

function closed(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.closed) resolve();
    out.on('close', resolve);
    out.on('error', reject);
    out.end();
  });
}

/** Fixes the uploaded file into `target` (a new file of the job's folder). */
export async function fix(file: string, name: string, format: string, spec: Spec, target: string): Promise<Fixed> {
  const shown = fixedName(name, format);
  let out: WriteStream | undefined;
  try {
    const open = (): WriteStream => (out = createWriteStream(target, { flags: 'wx', mode: 0o600 }));
    await fixFile({ name, path: file, open: () => createReadStream(file) }, open, spec, { target: { name: shown, inPlace: false } });
    if (out === undefined) throw new Error('fix wrote nothing');
    await closed(out);
    return { ok: true, path: target, name: shown, size: statSync(target).size };
  } catch (e) {
    out?.destroy();
    rmSync(target, { force: true });
    return { ok: false, failure: failureOf(e, 'no-fix') };
  }
}
