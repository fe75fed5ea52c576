/** A conformant starting file for a spec: the header row and one example row (CSV), or one example record (JSON). */
import type { Attribute, Spec } from '../registry/index.js';
import { csvLine } from '../input/index.js';

/** An example value as CSV text: arrays written as JSON or joined by the spec's separator. */
function exampleText(a: Attribute): string {
  const v = a.example;
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return a.csvArray === 'json' ? JSON.stringify(v) : v.map(String).join(a.csvSeparator ?? ' ');
  return String(v);
}

/** A template's rows: the spec's columns in order, and a row of their examples (as the CSV template writes them). */
export function templateRows(spec: Spec): readonly (readonly string[])[] {
  return [spec.columns, spec.attributes.map(exampleText)];
}

/** The CSV template: the spec's columns in order, and a row of their examples. */
export function csvTemplate(spec: Spec): string {
  return templateRows(spec).map(csvLine).join('');
}

/** The JSON template: a list with one record built from the examples, nested as the spec is. */
export function jsonTemplate(spec: Spec): string {
  const record: Record<string, unknown> = {};
  for (const a of spec.attributes) {
    if (a.example === undefined || a.example === '') continue;
    let o = record;
    for (const key of a.path.slice(0, -1)) o = (o[key] ??= {}) as Record<string, unknown>;
    o[a.path[a.path.length - 1] as string] = a.example;
  }
  return `${JSON.stringify([record], null, 2)}\n`;
}
