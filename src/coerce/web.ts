/** Web addresses (absolute http(s) URLs) and e-mail addresses, with the reason one is not. */

export type EmailReason = 'mailto' | 'several' | 'spaces' | 'at' | 'local' | 'domain';

const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const DOMAIN = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);

/**
 * Why a text is not an e-mail address of the ordinary local@domain.tld shape (the WHATWG
 * input[type=email] rule, not full RFC 5322); undefined when it is one.
 */
export function emailReason(s: string): EmailReason | undefined {
  if (/^mailto:/i.test(s)) return 'mailto';
  const ats = s.split('@').length - 1;
  if (ats > 1 && /[,;\s]/.test(s)) return 'several';
  if (/\s/.test(s)) return 'spaces';
  if (ats !== 1) return 'at';
  const at = s.indexOf('@');
  if (!LOCAL.test(s.slice(0, at))) return 'local';
  return DOMAIN.test(s.slice(at + 1)) ? undefined : 'domain';
}

export interface UrlProblem {
  readonly reason: 'scheme' | 'spaces' | 'host';
  /** The address as it should be written, when that is clear, or a sample. */
  readonly example: string;
}

export const SAMPLE_URL = 'https://www.kommun.se/';
const HTTP = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// www.kommun.se/sida or kommun.se: a host name without its scheme (but not a file name, bild.jpg).
const BARE_HOST = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?:[/?#:]\S*)?$/;
const FILE_TYPES = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'pdf', 'htm', 'html', 'php', 'asp', 'aspx', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'json', 'xml', 'txt', 'zip']);

/** The address with https:// in front, when the text is a host name (with a path) that lost it. */
function withScheme(s: string): string | undefined {
  const m = BARE_HOST.exec(s);
  if (m === null || (FILE_TYPES.has((m[1] as string).toLowerCase()) && !/[/?#:]/.test(s))) return undefined;
  return `https://${s}`;
}

/** Checks an absolute http(s) URL with a host; undefined when it is one. */
export function urlProblem(s: string): UrlProblem | undefined {
  if (HTTP.test(s)) return undefined;
  const spaced = /\s/.test(s);
  const fixed = s.trim().replace(/\s/g, '%20');
  if (spaced) return { reason: 'spaces', example: HTTP.test(fixed) ? fixed : SAMPLE_URL };
  if (!/^https?:\/\//i.test(s)) {
    const example = SCHEME.test(s) && !/^https?:/i.test(s) ? SAMPLE_URL : (withScheme(s) ?? (s.startsWith('//') && HTTP.test(`https:${s}`) ? `https:${s}` : SAMPLE_URL));
    return { reason: 'scheme', example };
  }
  return { reason: 'host', example: SAMPLE_URL };
}
