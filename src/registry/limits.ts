/**
 * What a spec file may be, checked before anything else reads it: its size, how much it holds, how
 * deep it nests (counting through $ref), references only inside the file and never back to
 * themselves, the length of an enum, and the number of attributes. Specs are data from anyone; these bounds keep loading one quick and small.
 */
import type { Bilingual } from '../errors.js';
import { SPEC_PROBLEMS, sayBoth } from '../report/index.js';

/** The largest spec file, in bytes (the largest bundled spec is under 20 KB). */
export const MAX_SPEC_BYTES = 2 * 1024 * 1024;
/** How deep objects and arrays may nest, following $ref into what it points at. */
export const MAX_SPEC_DEPTH = 64;
/** The most objects and arrays a spec may hold (compiling costs about a millisecond each; bundled specs hold about a hundred). */
export const MAX_SPEC_NODES = 5000;
/** The most attributes (leaves of x-columns) a spec may have. */
export const MAX_SPEC_ATTRIBUTES = 500;
/** The most values one enum may list (each cell is compared with each). */
export const MAX_ENUM_VALUES = 1000;

/** Keywords that make a schema's meaning depend on where it is used; no record spec needs them. */
const DYNAMIC = ['$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor'];

type Raw = Record<string, unknown>;

const isContainer = (v: unknown): v is Raw | unknown[] => typeof v === 'object' && v !== null;
const escapePointer = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** The object a local $ref points at ("#", "#/json/pointer" or "#anchor"), or undefined. */
function target(root: unknown, ref: string, anchors: ReadonlyMap<string, unknown>): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return anchors.get(ref.slice(1));
  let v: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    let key: string;
    try {
      key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    if (!isContainer(v) || !Object.hasOwn(v, key)) return undefined;
    v = (v as Raw)[key];
  }
  return v;
}

interface Frame {
  readonly node: Raw | unknown[];
  readonly at: string;
  readonly children: [unknown, string][];
  next: number;
  depth: number;
}

/** What is wrong with the spec's shape, in both languages, or undefined when it is within the limits. */
export function specShapeProblem(root: unknown): Bilingual | undefined {
  const anchors = new Map<string, unknown>();
  const problem = collect(root, anchors);
  return problem ?? depthProblem(root, anchors);
}

/** Collects $anchor names; refuses nested $id, dynamic references and references outside the file. */
function collect(root: unknown, anchors: Map<string, unknown>): Bilingual | undefined {
  const stack: [unknown, string][] = [[root, '']];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [unknown, string];
    if (!isContainer(v)) continue;
    if (++nodes > MAX_SPEC_NODES) return sayBoth(SPEC_PROBLEMS['too-many-nodes'], { max: MAX_SPEC_NODES });
    if (!Array.isArray(v)) {
      const o = v as Raw;
      const where = at === '' ? '/' : at;
      for (const k of DYNAMIC) if (k in o) return sayBoth(SPEC_PROBLEMS['dynamic-keyword'], { keyword: k, at: where });
      if (at !== '' && typeof o.$id === 'string') return sayBoth(SPEC_PROBLEMS['nested-id'], { at: where });
      if (typeof o.$anchor === 'string') anchors.set(o.$anchor, o);
      if (Array.isArray(o.enum) && o.enum.length > MAX_ENUM_VALUES) return sayBoth(SPEC_PROBLEMS['enum-too-long'], { at: where, max: MAX_ENUM_VALUES });
      if (typeof o.$ref === 'string' && !o.$ref.startsWith('#')) {
        return sayBoth(SPEC_PROBLEMS['ref-outside'], { at: where, ref: o.$ref });
      }
    }
    for (const [k, child] of Object.entries(v)) stack.push([child, `${at}/${escapePointer(k)}`]);
  }
  return undefined;
}

/** The longest chain of nested objects and arrays, $ref edges included; a chain that returns to itself is refused. */
function depthProblem(root: unknown, anchors: ReadonlyMap<string, unknown>): Bilingual | undefined {
  const depth = new Map<object, number>();
  const open = new Set<object>();
  const frame = (node: Raw | unknown[], at: string): Frame => {
    const children: [unknown, string][] = Object.entries(node).filter(([, c]) => isContainer(c)).map(([k, c]) => [c, `${at}/${escapePointer(k)}`]);
    const ref = Array.isArray(node) ? undefined : (node as Raw).$ref;
    if (typeof ref === 'string') {
      const t = target(root, ref, anchors);
      if (isContainer(t)) children.push([t, ref.slice(1)]);
    }
    open.add(node);
    return { node, at, children, next: 0, depth: 1 };
  };
  if (!isContainer(root)) return undefined;
  const stack = [frame(root, '')];
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    const child = f.children[f.next++];
    if (child === undefined) {
      stack.pop();
      open.delete(f.node);
      depth.set(f.node, f.depth);
      const parent = stack[stack.length - 1];
      if (parent !== undefined) parent.depth = Math.max(parent.depth, f.depth + 1);
      continue;
    }
    const [node, at] = child as [Raw | unknown[], string];
    const known = depth.get(node);
    if (open.has(node)) {
      const where = f.at === '' ? '/' : f.at;
      return sayBoth(SPEC_PROBLEMS['ref-recursive'], { at: where });
    }
    if (known !== undefined) f.depth = Math.max(f.depth, known + 1);
    else if (stack.length >= MAX_SPEC_DEPTH) return tooDeep(at);
    else stack.push(frame(node, at));
  }
  const total = depth.get(root as object) ?? 0;
  return total > MAX_SPEC_DEPTH ? tooDeep('/') : undefined;
}

function tooDeep(at: string): Bilingual {
  return sayBoth(SPEC_PROBLEMS['too-deep'], { max: MAX_SPEC_DEPTH, at });
}
