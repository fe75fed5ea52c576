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

/** A parser fed the part's chunks in turn (`write`), then told the end (`end`); `root` is the local name of the document element. */
export interface XmlFeed {
  write(chunk: Buffer): void;
  end(): void;
  readonly root: string | undefined;
}

/**
 * A streaming parse into `handlers`. What a handler throws is passed on as it is; the XML's own
 * errors (not well-formed, a DOCTYPE, bytes that are not the encoding) are `bad-xml`.
 */
export function xmlFeed(name: string, handlers: XmlHandlers): XmlFeed {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let decoder: TextDecoder | undefined;
  let root: string | undefined;
  let passOn: unknown;
  const guarded = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A): void => {
    try {
      fn(...args);
    } catch (e) {
      passOn ??= e;
      throw e;
    }
  };
  parser.on('opentag', guarded((node) => {
    const local = localName(node.name);
    root ??= local;
    handlers.open(local, node.attributes as Attributes);
  }));
  parser.on('closetag', guarded((node) => handlers.close(localName(node.name))));
  const text = handlers.text;
  if (text !== undefined) {
    parser.on('text', guarded(text));
    parser.on('cdata', guarded(text));
  }
  parser.on('doctype', () => {
    throw new WorkbookError('bad-xml', `${name}: a DOCTYPE`);
  });
  parser.on('error', (e) => {
    throw new WorkbookError('bad-xml', `${name}: ${e.message}`);
  });
  const run = (fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      throw passOn ?? badXml(e);
    }
  };
  return {
    write: (chunk) =>
      run(() => {
        decoder ??= decoderFor(chunk);
        parser.write(decoder.decode(chunk, { stream: true }));
      }),
    end: () =>
      run(() => {
        if (decoder !== undefined) parser.write(decoder.decode());
        parser.close();
      }),
    get root() {
      return root;
    },
  };
}
