/** The harvest report's formats: each a pure (report, lang) => string, imported when a run asks for it. */
import type { Lang } from '../report/index.js';
import type { HarvestReport } from './types.js';

export type HarvestFormatter = (r: HarvestReport, lang: Lang) => string;

export const HARVEST_FORMATS = {
  text: async () => (await import('./format/text.js')).harvestText,
  json: async () => (await import('./format/json.js')).harvestJson,
  html: async () => (await import('./format/html.js')).harvestHtml,
  markdown: async () => (await import('./format/markdown.js')).harvestMarkdown,
  junit: async () => (await import('./format/junit.js')).harvestJunit,
  csv: async () => (await import('./format/csv.js')).harvestCsv,
} as const satisfies Record<string, () => Promise<HarvestFormatter>>;

export type HarvestFormat = keyof typeof HARVEST_FORMATS;
export const HARVEST_FORMAT_NAMES = Object.keys(HARVEST_FORMATS) as HarvestFormat[];

export function isHarvestFormat(name: string): name is HarvestFormat {
  return Object.hasOwn(HARVEST_FORMATS, name);
}
