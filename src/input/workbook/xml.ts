/**
 * A part's XML, parsed as it inflates with saxes (a strict, streaming parser that expands no
 * external entity): elements by their local name (`x:row` is `row`), attributes as written. A
 * DOCTYPE is refused (no DTD, no entity of a document's own), and so is anything not well-formed.
 */
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { WorkbookError } from './types.js';

export type Attributes = Readonly<Record<string, string>>;

/** What a part's reader does with the elements; `text` gets character data (CDATA too). */
export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text?(text: string): void;
}

/** An element's name without its namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (`r:id` is `id`), when the name has a prefix or is it. */
export function prefixedAttribute(attributes: Attributes, local: string): string | undefined {
  for (const key of Object.keys(attributes)) if (localName(key) === local && key.includes(':')) return attributes[key];
  return undefined;
}

/** The decoder for a part's bytes, from its byte-order mark (UTF-8 without one). */
function decoderFor(first: Buffer): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true });
}

function badXml(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  return new WorkbookError('bad-xml', e instanceof Error ? e.message : String(e));
}

/** A parser fed the part's chunks in turn (`write`), then told the end (`end`). */
export interface XmlFeed {
  write(chunk: Buffer): void;
  end(): void;
}

/**
 * A streaming parse into `handlers`. What a handler throws is passed on as it is; the XML's own
 * errors (not well-formed, a DOCTYPE, bytes that are not the encoding) are `bad-xml`.
 */
export function xmlFeed(name: string, handlers: XmlHandlers): XmlFeed {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let decoder: TextDecoder | undefined;
  parser.on('opentag', (node) => handlers.open(localName(node.name), node.attributes as Attributes));
  parser.on('closetag', (node) => handlers.close(localName(node.name)));
  const text = handlers.text;
  if (text !== undefined) {
    parser.on('text', (t) => text.call(handlers, t));
    parser.on('cdata', (t) => text.call(handlers, t));
  }
  parser.on('doctype', () => {
    throw new WorkbookError('bad-xml', `${name}: a DOCTYPE`);
  });
  // saxes calls its handlers from write() and lets what they throw through: its own errors come as this WorkbookError.
  parser.on('error', (e) => {
    throw new WorkbookError('bad-xml', `${name}: ${e.message}`);
  });
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk === undefined ? (decoder?.decode() ?? '') : (decoder ??= decoderFor(chunk)).decode(chunk, { stream: true });
    } catch (e) {
      throw badXml(e);
    }
  };
  return {
    write: (chunk) => void parser.write(decode(chunk)),
    end: () => {
      parser.write(decode());
      parser.close();
    },
  };
}
