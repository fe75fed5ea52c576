/** Usage errors of the config flags, in Swedish and English (wired into ERRORS by errors.ts). */
import type { Templates } from './template.js';

export const CONFIG_FLAG_ERRORS = {
  'config-and-no-config': {
    sv: '--config och --no-config går inte att ange samtidigt: ange --config <fil> för att läsa en viss inställningsfil, eller --no-config för att inte läsa någon',
    en: '--config and --no-config cannot be given together: give --config <file> to read that config file, or --no-config to read none',
  },
} as const satisfies Record<string, Templates>;
