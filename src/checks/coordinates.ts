/**
 * Checks a WGS84 position in decimal degrees: in Sweden or its waters, not latitude and longitude
 * swapped, not SWEREF 99 TM or RT 90 metres written as degrees, and given with enough decimals.
 */
import { createRequire } from 'node:module';
import type proj4Type from 'proj4';

/** What is wrong with a position: the code, its parameters, and the value to report it at. */
export type CoordinateFinding = (
  | { readonly code: 'coordinates-outside-sweden' | 'coordinates-swapped' | 'coordinates-not-degrees'; readonly params: { readonly latitude: number; readonly longitude: number } }
  | { readonly code: 'coordinates-projected'; readonly params: { readonly system: string; readonly latitude: number; readonly longitude: number } }
  | { readonly code: 'coordinates-imprecise'; readonly params: { readonly decimals: number; readonly minimum: number } }
) & {
  /** The longitude when it alone is wrong; the latitude otherwise (the position as a whole). */
  readonly at: 'latitude' | 'longitude';
};

/**
 * Sweden's extent (55.34-69.06 N, 10.96-24.17 E, from Smygehuk to Treriksröset and from
 * Koster to Haparanda) with about half a degree more for its territorial sea and coastal waters.
 * A box, not the border: a point in Norway, Denmark or Finland near Sweden passes.
 */
export const SWEDEN = { south: 54.8, north: 69.6, west: 10.0, east: 24.8 } as const;

export function inSweden(latitude: number, longitude: number): boolean {
  return latitude >= SWEDEN.south && latitude <= SWEDEN.north && longitude >= SWEDEN.west && longitude <= SWEDEN.east;
}

interface ProjectedSystem {
  readonly name: string;
  /** The PROJ definition, as EPSG gives it (epsg.io). */
  readonly definition: string;
  /** Eastings of points in Sweden; northings are 6 100 000 to 7 700 000 m in both systems. */
  readonly east: readonly [number, number];
}

/** The national grids a Swedish file may hold instead of degrees; their eastings do not overlap. */
const SYSTEMS: readonly ProjectedSystem[] = [
  // EPSG:3006, the national grid since 2007.
  { name: 'SWEREF 99 TM', definition: '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs', east: [200_000, 1_000_000] },
  // EPSG:3021, the grid before SWEREF 99; the seven-parameter shift to WGS84 is good to about a metre.
  {
    name: 'RT 90 2.5 gon V',
    definition: '+proj=tmerc +lat_0=0 +lon_0=15.80827777777778 +k=1 +x_0=1500000 +y_0=0 +ellps=bessel +towgs84=414.1,41.3,603.1,-0.855,2.141,-7.023,0 +units=m +no_defs',
    east: [1_100_000, 1_950_000],
  },
];
const NORTH = [6_100_000, 7_700_000] as const;

// proj4 is loaded only when a position has to be converted: it costs start-up time every run otherwise.
let proj4: typeof proj4Type | undefined;
const loadProj4 = (): typeof proj4Type => (proj4 ??= createRequire(import.meta.url)('proj4') as typeof proj4Type);
const converters = new Map<string, proj4Type.Converter>();

/** The position of grid coordinates in WGS84 degrees (converter made once per system). */
function toWgs84(system: ProjectedSystem, east: number, north: number): [number, number] {
  let c = converters.get(system.name);
  if (c === undefined) {
    c = loadProj4()(system.definition, 'WGS84');
    converters.set(system.name, c);
  }
  const [lon, lat] = c.forward([east, north]) as [number, number];
  return [lat, lon];
}

/** Rounds degrees to six decimals (about ten centimetres). */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Metres in a national grid: the larger value is the northing, whichever column it is in. */
function projected(a: number, b: number): CoordinateFinding | undefined {
  const north = Math.max(a, b);
  const east = Math.min(a, b);
  if (north < NORTH[0] || north > NORTH[1]) return undefined;
  for (const system of SYSTEMS) {
    if (east < system.east[0] || east > system.east[1]) continue;
    const [lat, lon] = toWgs84(system, east, north);
    if (inSweden(lat, lon)) return { code: 'coordinates-projected', params: { system: system.name, latitude: round6(lat), longitude: round6(lon) }, at: 'latitude' };
  }
  return undefined;
}

/** Decimals written in a number's text: 57.70 has two, 57 none. */
export function decimalsOf(text: string): number {
  const m = /\.(\d*)/.exec(text);
  return m === null ? 0 : (m[1] as string).length;
}

/** What a position check needs: the values, and their text as written when it is known (CSV). */
export interface PositionInput {
  readonly latitude: number;
  readonly longitude: number;
  readonly latitudeText?: string;
  readonly longitudeText?: string;
  /** Fewer decimals than this give a warning. */
  readonly minDecimals: number;
}

/** Checks one position; undefined when it is a precise enough WGS84 position in Sweden. */
export function checkPosition(p: PositionInput): CoordinateFinding | undefined {
  const { latitude, longitude } = p;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (inSweden(latitude, longitude)) {
    const latitudeDecimals = decimalsOf(p.latitudeText ?? String(latitude));
    const longitudeDecimals = decimalsOf(p.longitudeText ?? String(longitude));
    const decimals = Math.min(latitudeDecimals, longitudeDecimals);
    const at = longitudeDecimals < latitudeDecimals ? 'longitude' : 'latitude';
    return decimals < p.minDecimals ? { code: 'coordinates-imprecise', params: { decimals, minimum: p.minDecimals }, at } : undefined;
  }
  if (inSweden(longitude, latitude)) return { code: 'coordinates-swapped', params: { latitude, longitude }, at: 'latitude' };
  // A latitude in Sweden's band with a longitude outside it: the longitude alone is wrong.
  const at = latitude >= SWEDEN.south && latitude <= SWEDEN.north ? 'longitude' : 'latitude';
  if (Math.abs(latitude) > 180 || Math.abs(longitude) > 180) return projected(latitude, longitude) ?? { code: 'coordinates-not-degrees', params: { latitude, longitude }, at };
  return { code: 'coordinates-outside-sweden', params: { latitude, longitude }, at };
}
