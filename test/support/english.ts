/**
 * A stop list of English words Swedish text never uses, and the lines of a text that still hold one
 * once what is not prose is taken out (flags, commands, codes, paths, addresses, quoted values).
 */
export const ENGLISH = [
  'the', 'is', 'are', 'not', 'cannot', 'could', 'was', 'were', 'with', 'and', 'of', 'to', 'for', 'from', 'has', 'have', 'this', 'that',
  'which', 'when', 'than', 'should', 'must', 'only', 'file', 'files', 'found', 'such', 'expected', 'given', 'invalid', 'unknown',
  'missing', 'required', 'usage', 'options', 'commands', 'arguments', 'display', 'default', 'choices', 'rows', 'cells', 'column',
  'columns', 'line', 'error', 'errors', 'warning', 'warnings', 'passed', 'failed', 'unreadable', 'partial', 'seen', 'reconstructed',
  'verified', 'comma', 'semicolon', 'trailing', 'decimals', 'written', 'received', 'input', 'output', 'number', 'string', 'spec',
];
const STOP = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${ENGLISH.join('|')})(?![\\p{L}\\p{N}_-])`, 'iu');

/** A line with what is not prose taken out. */
export function prose(line: string): string {
  return line
    .replace(/"[^"]*"|“[^”]*”|«[^»]*»|'[^']*'|`[^`]*`|‹[^›]*›/g, ' ')
    .replace(/\bdatakoll(?:\s+(?:validate|fix|specs|list|show|docs|import|diff|export|template))*/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(?:^|\s)--?[\w-]+(?:[ =]<[^>]*>)?/g, ' ')
    .replace(/<[^>]*>|\[[^\]]*\]/g, ' ')
    .replace(/\S*(?:[/\\]|\w\.\w)\S*/g, ' ')
    .replace(/\b[\w]+(?:-[\w]+)+\b/g, ' ');
}

/** The lines of a text that still hold English. */
export function englishLines(text: string): string[] {
  return text.split('\n').filter((l) => STOP.test(prose(l)));
}
