/** Compiles a spec once per process: its Ajv validator and one coercer per attribute. */
import { compileCached } from '../schema/ajv.js';
import type { ValidateFunction } from '../schema/ajv.js';
import { compileCoercer } from '../coerce/index.js';
import type { ColumnCoercer } from '../coerce/index.js';
import type { Attribute, Spec } from '../registry/index.js';

export interface CompiledSpec {
  readonly spec: Spec;
  readonly validate: ValidateFunction;
  readonly coercers: ReadonlyMap<string, ColumnCoercer>;
  /** Attributes by column name. */
  readonly attributes: ReadonlyMap<string, Attribute>;
}

const compiled = new Map<string, CompiledSpec>();

/** The compiled form of a spec, cached by the spec file's hash. */
export function compileSpec(spec: Spec): CompiledSpec {
  let c = compiled.get(spec.sha256);
  if (c === undefined) {
    c = {
      spec,
      validate: compileCached(spec.sha256, spec.schema),
      coercers: new Map(spec.attributes.map((a) => [a.name, compileCoercer(a)])),
      attributes: new Map(spec.attributes.map((a) => [a.name, a])),
    };
    compiled.set(spec.sha256, c);
  }
  return c;
}
