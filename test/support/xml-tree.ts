/** A strict XML parse for tests (saxes, namespaces checked) into a small tree of elements. */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** The local name (without prefix). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** The element's own text (character data and CDATA directly inside it). */
  text: string;
}

/** Parses a whole document; throws on anything that is not well-formed XML 1.0 with namespaces. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let failure: Error | undefined;
  parser.on('error', (e) => void (failure ??= e));
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, a] of Object.entries(tag.attributes)) attrs[name] = a.value;
    const node: XmlNode = { name: tag.local, attrs, children: [], text: '' };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (t: string): void => {
    const top = stack.at(-1);
    if (top !== undefined) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  if (failure !== undefined) throw failure;
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** Every element named `name` below `node`, in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
