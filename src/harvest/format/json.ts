/** The harvest's JSON report: the run report as it is (the input of `harvest merge` and of --since). */
import { jsonText } from '../../formatters/shared.js';
import type { HarvestReport } from '../types.js';

export function harvestJson(r: HarvestReport): string {
  return `${jsonText(r, 2)}\n`;
}
