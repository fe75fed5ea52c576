/** The checks on a whole record that JSON Schema cannot express: its position, rules across attributes, its publisher. */
import type { Code, ParamValue } from '../report/index.js';
import type { Coordinates, Spec } from '../registry/index.js';
import { checkPosition, checkRules, publisherMismatch } from '../checks/index.js';
import type { Publisher, RecordView } from '../checks/index.js';

/** Options of a run beyond the spec. */
export interface RunOptions {
  /** The publisher named by --publisher; the spec's x-publisher-field is checked against it. */
  readonly publisher?: Publisher;
}

/** A finding about a record, reported at an attribute (or at fields joined by +). */
export interface RecordFinding {
  readonly code: Code;
  readonly field: string;
  readonly params: Record<string, ParamValue>;
  /** The value to show when it is not the field's own (a position shows both coordinates). */
  readonly value?: string;
}

/** What the record checks found, and the fields whose range findings they replace. */
export interface RecordCheckResult {
  readonly findings: readonly RecordFinding[];
  /**
   * Coordinate fields whose below-minimum and above-maximum findings are left out: a position
   * found to be metres, swapped or outside Sweden says more than "95 is too large".
   */
  readonly replacesRange: readonly string[];
}

const NONE: RecordCheckResult = { findings: [], replacesRange: [] };

/** Runs a spec's record checks; cheap when the spec declares none. */
export function checkRecord(spec: Spec, view: RecordView, options: RunOptions): RecordCheckResult {
  const c = spec.coordinates;
  const publisherField = options.publisher === undefined ? undefined : spec.publisherField;
  if (c === undefined && spec.rules.length === 0 && publisherField === undefined) return NONE;
  const findings: RecordFinding[] = [];
  let replacesRange: readonly string[] = [];
  const position = c === undefined ? undefined : positionFinding(c, view);
  if (position !== undefined) {
    findings.push(position.finding);
    replacesRange = position.replacesRange;
  }
  for (const f of checkRules(spec.rules, view)) findings.push({ code: f.code, field: f.field, params: { ...f.params } });
  if (publisherField !== undefined) {
    const expected = publisherMismatch(view.value(publisherField), options.publisher as Publisher);
    if (expected !== undefined) findings.push({ code: 'publisher-mismatch', field: publisherField, params: { publisher: expected } });
  }
  return { findings, replacesRange };
}

/** The position as values and as written: [latitude, longitude] each. */
interface Position {
  readonly values: readonly [unknown, unknown];
  readonly texts: readonly [string, string];
  /** The attribute each value is reported at. */
  readonly fields: readonly [string, string];
  /** The position as a report shows it. */
  readonly shown: string;
}

function positionOf(c: Coordinates, view: RecordView): Position {
  if (c.kind === 'pair') {
    const texts = [view.text(c.latitude), view.text(c.longitude)] as const;
    return { values: [view.value(c.latitude), view.value(c.longitude)], texts, fields: [c.latitude, c.longitude], shown: `${texts[0]}, ${texts[1]}` };
  }
  // GeoJSON order: [longitude, latitude]; the text is the CSV cell (11.9746,57.7089) or the JSON array.
  const v = view.value(c.point);
  const [lon, lat] = Array.isArray(v) && v.length === 2 ? (v as [unknown, unknown]) : [undefined, undefined];
  const raw = view.text(c.point);
  const parts = raw.replace(/^\[|\]$/g, '').split(/[,;\s]+/).filter((p) => p !== '');
  const texts = parts.length === 2 ? ([parts[1] as string, parts[0] as string] as const) : ([String(lat), String(lon)] as const);
  return { values: [lat, lon], texts, fields: [c.point, c.point], shown: raw };
}

/** The position check's finding, and the fields whose range findings it replaces. */
function positionFinding(c: Coordinates, view: RecordView): { finding: RecordFinding; replacesRange: readonly string[] } | undefined {
  const p = positionOf(c, view);
  const [latitude, longitude] = p.values;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  const f = checkPosition({ latitude, longitude, latitudeText: p.texts[0], longitudeText: p.texts[1], minDecimals: c.minDecimals });
  if (f === undefined) return undefined;
  const finding: RecordFinding = { code: f.code, field: f.at === 'longitude' ? p.fields[1] : p.fields[0], params: { ...f.params }, value: p.shown };
  return { finding, replacesRange: f.code === 'coordinates-imprecise' ? [] : [...new Set(p.fields)] };
}

/** Whether a schema finding is a range finding that a record check replaces. */
export function isReplacedRange(code: Code, field: string, result: RecordCheckResult): boolean {
  return (code === 'above-maximum' || code === 'below-minimum') && result.replacesRange.includes(field);
}
