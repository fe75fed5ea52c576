/**
 * The properties of an imported spec, nested as the table's paths say: a column at
 * ['facility', 'address', 'postalCode'] stands in the object address of the object facility. An
 * object the table names in a row of its own says whether it is required; one it does not say it
 * of (an object only in the paths, as wgs84 in location > wgs84 > type, or a row with no
 * requirement level) is required when one of its members is: a required member cannot be given
 * without it.
 */
import type { ImportedColumn, ImportedObject, ImportedTable } from './model.js';

/** The name of the one source of an imported spec, which every attribute was seen in. */
export const IMPORTED = 'imported';

/** A column's property: its schema with datakoll's x- keywords. */
export function columnProperty(c: ImportedColumn): Record<string, unknown> {
  const many = c.many === true ? { type: 'array', items: c.schema, ...(c.required ? { minItems: 1 } : {}), 'x-csv-separator': ' ' } : c.schema;
  const text = c.description.trim() || c.title?.trim() || c.name;
  return {
    ...many,
    ...(c.csvArray !== undefined && c.many !== true ? { 'x-csv-array': c.csvArray } : {}),
    ...(c.title !== undefined && c.title !== '' ? { title: c.title } : {}),
    'x-datatype': c.datatype,
    'x-provenance': 'seen',
    'x-seen-in': [IMPORTED],
    'x-description': { sv: text, en: text },
    ...(c.example !== undefined ? { 'x-example': c.example } : {}),
  };
}


interface ObjectNode {
  readonly members: Map<string, ObjectNode | ImportedColumn>;
  required?: boolean;
  description: string;
}

function isObjectNode(n: ObjectNode | ImportedColumn): n is ObjectNode {
  return 'members' in n;
}

/** The object at a path, made (with its name as its description) where the table has not named it. */
function objectAt(root: ObjectNode, path: readonly string[]): ObjectNode {
  let node = root;
  for (const name of path) {
    const found = node.members.get(name);
    if (found !== undefined && isObjectNode(found)) {
      node = found;
      continue;
    }
    const made: ObjectNode = { members: new Map(), description: name };
    node.members.set(name, made);
    node = made;
  }
  return node;
}

function place(root: ObjectNode, o: ImportedObject): void {
  const node = objectAt(root, o.path);
  if (o.required !== undefined) node.required = o.required;
  if (o.description.trim() !== '') node.description = o.description.trim();
}

function isRequired(n: ObjectNode | ImportedColumn): boolean {
  if (!isObjectNode(n)) return n.required;
  return n.required ?? [...n.members.values()].some(isRequired);
}

/** An object's properties and its required members. */
function emit(node: ObjectNode): { properties: Record<string, unknown>; required: string[] } {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [name, member] of node.members) {
    if (isRequired(member)) required.push(name);
    if (!isObjectNode(member)) {
      properties[name] = columnProperty(member);
      continue;
    }
    const inner = emit(member);
    const text = member.description;
    properties[name] = { type: 'object', 'x-provenance': 'seen', 'x-seen-in': [IMPORTED], 'x-description': { sv: text, en: text }, required: inner.required, additionalProperties: false, properties: inner.properties };
  }
  return { properties, required };
}

/** The spec's properties and its top level's required, from the columns and the objects of the table. */
export function nestProperties(table: ImportedTable): { properties: Record<string, unknown>; required: string[] } {
  const root: ObjectNode = { members: new Map(), description: '' };
  const objects = table.objects ?? [];
  table.columns.forEach((c, i) => {
    for (const o of objects) if (o.before === i) place(root, o);
    const path = c.path ?? [c.name];
    objectAt(root, path.slice(0, -1)).members.set(path[path.length - 1] as string, c);
  });
  for (const o of objects) if (o.before >= table.columns.length) place(root, o);
  return emit(root);
}
