/** A strict well-formedness check for the XML subset our formatters write (elements, attributes, text, entities; no CDATA, comments or DTD). */

const TAG = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Returns undefined when the document is well-formed, else what is wrong and where. */
export function xmlProblem(xml: string): string | undefined {
  let s = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  if (FORBIDDEN.test(xml)) return 'forbidden character';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xml)) return 'lone surrogate';
  while (s.length > 0) {
    if (s.startsWith('<')) {
      const m = TAG.exec(s);
      if (m === null) return `bad tag at: ${s.slice(0, 40)}`;
      const [whole, close, name, attrs, selfClose] = m as unknown as [string, string, string, string, string];
      for (const a of (attrs ?? '').matchAll(/="([^"]*)"/g)) if (!entitiesOk(a[1] as string)) return `bad entity in attribute of ${name}`;
      if (close === '/') {
        if (stack.pop() !== name) return `mismatched </${name}>`;
      } else if (selfClose !== '/') {
        if (stack.length === 0) roots++;
        stack.push(name);
      } else if (stack.length === 0) roots++;
      s = s.slice(whole.length);
    } else {
      const next = s.indexOf('<');
      const text = next === -1 ? s : s.slice(0, next);
      if (stack.length === 0 && text.trim() !== '') return 'text outside the root';
      if (!entitiesOk(text)) return `bad entity in text: ${text.slice(0, 40)}`;
      s = next === -1 ? '' : s.slice(next);
    }
  }
  if (stack.length > 0) return `unclosed <${stack.join('><')}>`;
  return roots === 1 ? undefined : `${roots} root elements`;
}

function entitiesOk(text: string): boolean {
  if (text.includes('>') && text.includes(']]>')) return false;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) if (!ENTITY.test(text.slice(i))) return false;
  return true;
}
