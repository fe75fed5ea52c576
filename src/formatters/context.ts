/** What a formatter gets besides the report: the language and the colours (identity when off). */
import type { Lang } from '../report/index.js';

export type Paint = (s: string) => string;

export interface Colors {
  readonly red: Paint;
  readonly yellow: Paint;
  readonly blue: Paint;
  readonly green: Paint;
  readonly dim: Paint;
  readonly bold: Paint;
}

export interface FormatContext {
  readonly lang: Lang;
  readonly colors: Colors;
}

const same: Paint = (s) => s;

/** Colours that change nothing, for pipes, files and tests. */
export const NO_COLORS: Colors = { red: same, yellow: same, blue: same, green: same, dim: same, bold: same };
