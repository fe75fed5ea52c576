/** The Spec model: a checked spec file turned into the attribute list, column order and metadata datakoll uses. */
import type { SpecRef, SpecStatus } from '../report/index.js';

export type Provenance = 'seen' | 'convention' | 'reconstructed';
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';

export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

/** One attribute (column) of a spec: a leaf of the record, named by its dotted path. */
export interface Attribute {
  /** The column name: the path joined by dots (facility.name), or the property name. */
  readonly name: string;
  /** Property names from the record to the value. */
  readonly path: readonly string[];
  /** The JSON Schema type(s) of the attribute; the first non-null one drives CSV coercion. */
  readonly types: readonly JsonType[];
  readonly format?: string;
  /** The spec's own datatype name (text, heltal, decimaltal, …). */
  readonly datatype: string;
  readonly provenance: Provenance;
  /** For an attribute marked seen: the ids of the spec's sources (x-source) it was seen in (x-seen-in). */
  readonly seenIn?: readonly string[];
  readonly required: boolean;
  readonly description: Bilingual;
  readonly example?: unknown;
  /** For an array attribute: the type(s) and format of its items. */
  readonly items?: { readonly types: readonly JsonType[]; readonly format?: string };
  /** For an array attribute: what separates its values inside one CSV cell (x-csv-separator). */
  readonly csvSeparator?: string;
  /** For an array attribute: its CSV cell holds the list written as JSON (x-csv-array: json). */
  readonly csvArray?: 'json';
  /** The attribute's JSON Schema, as written. */
  readonly schema: Readonly<Record<string, unknown>>;
}

/** A nested object of the record that holds attributes (facility, facility.address). */
export interface Container {
  readonly path: readonly string[];
  /** Required, and every container above it required too. */
  readonly required: boolean;
}

/** Where a record's WGS84 position is (x-coordinates), tagged by how it is held. */
export type Coordinates = (
  | { readonly kind: 'pair'; readonly latitude: string; readonly longitude: string }
  /** One array attribute holding [longitude, latitude], in GeoJSON's order, or [latitude, longitude] when the spec says so (order). */
  | { readonly kind: 'point'; readonly point: string; readonly latitudeFirst: boolean }
) & {
  /** Fewer decimals than this give a warning. */
  readonly minDecimals: number;
};

/** Fewer decimals than this give a warning unless a spec says otherwise: four are about ten metres. */
export const DEFAULT_MIN_DECIMALS = 4;

/** A rule across attributes (x-rules), tagged by its type. */
export type Rule =
  /** The value of end is not before the value of start. */
  | { readonly type: 'not-before'; readonly start: string; readonly end: string }
  /** field must have a value when `with` has one, or, with `value`, when `with` has that value. */
  | { readonly type: 'required-with'; readonly field: string; readonly with: string; readonly value?: string | number | boolean }
  /** At least one of fields has a value. */
  | { readonly type: 'one-of-required'; readonly fields: readonly string[] };

/** One source a spec was built from (x-source); a spec whose x-source is one text has one source without an id. */
export interface SpecSource {
  /** The name attributes give in x-seen-in. */
  readonly id?: string;
  /** What the source is and what was read in it. */
  readonly what: Bilingual;
  readonly url?: string;
}

/** A loaded, checked spec. */
export interface Spec {
  readonly id: string;
  readonly version: string;
  readonly title: Bilingual;
  readonly status: SpecStatus;
  readonly statusNote?: Bilingual;
  readonly officialUrl?: string;
  /** What the spec was built from (x-source), in the file's order; empty when it says nothing. */
  readonly sources: readonly SpecSource[];
  readonly license: string;
  readonly rank?: number;
  readonly area?: string;
  /** Column order for CSV (x-columns). */
  readonly columns: readonly string[];
  readonly uniqueKey: readonly string[];
  /** Severity of values in the right meaning but the wrong form (x-form-severity); error when absent. */
  readonly formSeverity?: 'error' | 'warning';
  /** Where the record's WGS84 position is (x-coordinates), if it has one. */
  readonly coordinates?: Coordinates;
  /** Rules across attributes (x-rules), in the spec's order. */
  readonly rules: readonly Rule[];
  /** The attribute naming the publisher (x-publisher-field), checked against --publisher. */
  readonly publisherField?: string;
  /** Where a JSON document's records stand when its top level is an object (x-records), tried before the usual wrapper keys. */
  readonly records?: { readonly pointer: string; readonly keys: readonly string[] };
  /** Attributes in column order. */
  readonly attributes: readonly Attribute[];
  /** Nested objects, parents before children; empty for a flat spec. */
  readonly containers: readonly Container[];
  /** Whether extra attributes are allowed (additionalProperties is not false). */
  readonly allowsExtra: boolean;
  /** The record schema, as written. */
  readonly schema: Readonly<Record<string, unknown>>;
  readonly file: string;
  readonly sha256: string;
  readonly bundled: boolean;
}

/** The part of a spec a report records. */
export function specRef(spec: Spec): SpecRef {
  return {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    status: spec.status,
    ...(spec.officialUrl !== undefined ? { officialUrl: spec.officialUrl } : {}),
    file: spec.file,
    sha256: spec.sha256,
    bundled: spec.bundled,
  };
}

/** Compares dotted version strings numerically: 1.10 > 1.9. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
