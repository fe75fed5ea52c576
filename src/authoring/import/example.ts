/**
 * An example value of a specification table (EXEMPEL, EXAMPLE) as the attribute's value: `"sv"`
 * is the text sv, `"12"` in a number column the number 12, `True` in a boolean column true, and
 * `"A01", "J02"` in a list column the list. An example that is no value of the attribute's type
 * (`True` in a number column, quotes that do not close) is left out.
 */

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** One value of a JSON type, from the example's text. */
function valueOf(text: string, type: unknown): unknown {
  const json = parsed(text);
  switch (type) {
    case 'string':
      if (typeof json === 'string') return json;
      return /["”“]/.test(text) ? undefined : text;
    case 'integer':
    case 'number': {
      const n = typeof json === 'number' ? json : typeof json === 'string' && /^-?\d+(\.\d+)?$/.test(json.trim()) ? Number(json) : undefined;
      return n === undefined || (type === 'integer' && !Number.isInteger(n)) ? undefined : n;
    }
    case 'boolean': {
      const b = parsed(text.toLowerCase());
      return typeof b === 'boolean' ? b : undefined;
    }
    default:
      return undefined;
  }
}

/** The example as a value of the attribute's schema, or undefined. */
export function exampleValue(text: string, schema: Readonly<Record<string, unknown>>): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  if (schema.type !== 'array') return valueOf(t, schema.type);
  const items = (schema.items ?? {}) as Record<string, unknown>;
  const list = parsed(t.startsWith('[') ? t : `[${t}]`);
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const values = list.map((v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? valueOf(JSON.stringify(v), items.type) : undefined));
  return values.every((v) => v !== undefined) ? values : undefined;
}
