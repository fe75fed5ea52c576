/** GeoJSON features as records, and where a record's value stands in its feature. */

/** Attributes of records made from GeoJSON features that were taken from the Point's coordinates. */
const FROM_GEOMETRY = new WeakMap<object, readonly string[]>();

/**
 * A GeoJSON Feature as a record: its properties, with a Point's coordinates as latitude and
 * longitude unless the properties already have them. featurePath tells where a value of it stands
 * in the feature.
 */
export function featureToRecord(feature: unknown): unknown {
  if (typeof feature !== 'object' || feature === null || (feature as { type?: unknown }).type !== 'Feature') return feature;
  const f = feature as { properties?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null };
  const record: Record<string, unknown> = typeof f.properties === 'object' && f.properties !== null ? { ...(f.properties as Record<string, unknown>) } : {};
  const g = f.geometry;
  const taken: string[] = [];
  if (g?.type === 'Point' && Array.isArray(g.coordinates) && g.coordinates.length >= 2) {
    if (!('latitude' in record)) taken.push('latitude');
    if (!('longitude' in record)) taken.push('longitude');
    if (!('latitude' in record)) record.latitude = g.coordinates[1];
    if (!('longitude' in record)) record.longitude = g.coordinates[0];
  }
  FROM_GEOMETRY.set(record, taken);
  return record;
}

/**
 * Where a path in a record stands in its GeoJSON feature (properties/..., or the Point's
 * coordinate it was taken from); undefined when the record was not made from a feature.
 */
export function featurePath(record: unknown, path: readonly string[]): readonly string[] | undefined {
  const taken = typeof record === 'object' && record !== null ? FROM_GEOMETRY.get(record) : undefined;
  if (taken === undefined) return undefined;
  const first = path[0];
  if (first !== undefined && taken.includes(first)) return ['geometry', 'coordinates', first === 'latitude' ? '1' : '0', ...path.slice(1)];
  return ['properties', ...path];
}
