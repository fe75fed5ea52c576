/** Compiles a spec once per process: its Ajv validators and one coercer per attribute. */
import { compileCached } from '../schema/compile-cache.js';
import type { ValidateFunction } from '../schema/ajv.js';
import { compileCoercer, isOwnFormat } from '../coerce/index.js';
import type { ColumnCoercer } from '../coerce/index.js';
import type { Attribute, Spec } from '../registry/index.js';

export interface CompiledSpec {
  readonly spec: Spec;
  /** The record validator for JSON input. */
  readonly validate: ValidateFunction;
  /** The record validator for CSV input: formats the coercers already checked are left out. */
  readonly validateCsv: ValidateFunction;
  readonly coercers: ReadonlyMap<string, ColumnCoercer>;
  /** Attributes by column name. */
  readonly attributes: ReadonlyMap<string, Attribute>;
}

const compiled = new Map<string, CompiledSpec>();

type Raw = Record<string, unknown>;

/**
 * The record schema without the formats a CSV coercer checks itself (every own format, on a value
 * or an array's items), so each cell is checked once, not twice.
 */
function csvSchema(spec: Spec): Raw {
  const copy = structuredClone(spec.schema) as Raw;
  for (const a of spec.attributes) {
    let node: Raw | undefined = copy;
    for (const key of a.path) node = (node?.properties as Record<string, Raw> | undefined)?.[key];
    if (node === undefined) continue;
    if (isOwnFormat(node.format)) delete node.format;
    const items = node.items as Raw | undefined;
    if (typeof items === 'object' && items !== null && isOwnFormat(items.format)) delete items.format;
  }
  return copy;
}

/** The compiled form of a spec, cached by the spec file's hash. */
export function compileSpec(spec: Spec): CompiledSpec {
  let c = compiled.get(spec.sha256);
  if (c === undefined) {
    // The validators compile on first use: a run over JSON files never needs the CSV one.
    c = {
      spec,
      get validate() {
        return compileCached(spec.sha256, spec.schema, !spec.bundled);
      },
      get validateCsv() {
        return compileCached(`${spec.sha256}:csv`, csvSchema(spec), !spec.bundled);
      },
      coercers: new Map(spec.attributes.map((a) => [a.name, compileCoercer(a)])),
      attributes: new Map(spec.attributes.map((a) => [a.name, a])),
    };
    compiled.set(spec.sha256, c);
  }
  return c;
}
