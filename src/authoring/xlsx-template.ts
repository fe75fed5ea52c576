/**
 * The workbook template (.xlsx): one sheet named in the run's language ("Mall", "Template"), the
 * CSV template's header and example row, every cell and column in the text format.
 */
import type { Lang } from '../report/index.js';
import { SPEC_WORDS } from '../report/index.js';
import type { Spec } from '../registry/index.js';
import { xlsxWorkbook } from '../input/xlsx-write.js';
import { templateRows } from './template.js';

/** The workbook's bytes. */
export function xlsxTemplate(spec: Spec, lang: Lang): Promise<Uint8Array> {
  return xlsxWorkbook({ name: SPEC_WORDS.templateSheet[lang], rows: templateRows(spec) });
}
