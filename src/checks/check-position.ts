/** The position check: a record's WGS84 position (x-coordinates) in Sweden, in degrees, in order, precise enough. */
import type { Coordinates } from '../registry/index.js';
import type { Check, RecordOut, RecordView } from './check.js';
import { checkPosition } from './coordinates.js';

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
  // GeoJSON order: [longitude, latitude], unless the spec puts the latitude first; the text is the
  // CSV cell (11.9746,57.7089 or [11.9746,57.7089]) or the JSON array.
  const v = view.value(c.point);
  const pair = Array.isArray(v) && v.length === 2 ? (v as [unknown, unknown]) : [undefined, undefined];
  const [lon, lat] = c.latitudeFirst ? [pair[1], pair[0]] : pair;
  const raw = view.text(c.point);
  const parts = raw.replace(/^\[|\]$/g, '').split(/[,;\s]+/).filter((p) => p !== '');
  const [first, second] = c.latitudeFirst ? [0, 1] : [1, 0];
  const texts = parts.length === 2 ? ([parts[first] as string, parts[second] as string] as const) : ([String(lat), String(lon)] as const);
  return { values: [lat, lon], texts, fields: [c.point, c.point], shown: raw };
}

function check(c: Coordinates, view: RecordView, out: RecordOut): void {
  const p = positionOf(c, view);
  const [latitude, longitude] = p.values;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return;
  const f = checkPosition({ latitude, longitude, latitudeText: p.texts[0], longitudeText: p.texts[1], minDecimals: c.minDecimals });
  if (f === undefined) return;
  out.report({ code: f.code, field: f.at === 'longitude' ? p.fields[1] : p.fields[0], params: { ...f.params }, value: p.shown });
  if (f.code !== 'coordinates-imprecise') out.replacesRange([...new Set(p.fields)]);
}

export const positionCheck: Check = {
  id: 'position',
  codes: ['coordinates-imprecise', 'coordinates-swapped', 'coordinates-not-degrees', 'coordinates-outside-sweden', 'coordinates-projected'],
  rows({ spec }) {
    const c = spec.coordinates;
    return c === undefined ? undefined : { record: (view, out) => check(c, view, out) };
  },
};
