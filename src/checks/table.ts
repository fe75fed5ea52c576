/**
 * The table of checks beyond the JSON Schema, in the order their findings on one record are
 * listed. A new check is one file (see check.ts for the interface) and one line here.
 */
import type { Check } from './check.js';
import { positionCheck } from './check-position.js';
import { rulesCheck } from './check-rules.js';
import { publisherCheck } from './check-publisher.js';
import { uniqueCheck } from './check-unique.js';

export const CHECKS: readonly Check[] = [positionCheck, rulesCheck, publisherCheck, uniqueCheck as Check];
