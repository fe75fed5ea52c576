/**
 * The character encodings datakoll reads: their names, the aliases `--encoding` accepts, and how
 * reports name them. Kept in the report layer because the report model, the options and the input
 * layer all need the one list.
 */

/** Every encoding a CSV file can be read in, by its canonical name (the value of `--encoding`). */
export const ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1', 'cp850', 'macroman', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** How sure a detection is: a BOM or valid UTF-8 is certain; the single-byte encodings are at best likely. */
export type EncodingConfidence = 'certain' | 'likely' | 'uncertain';

/** Other names accepted for an encoding (compared without regard to case). */
const ALIASES: Readonly<Record<string, Encoding>> = {
  utf8: 'utf-8',
  cp1252: 'windows-1252',
  latin1: 'iso-8859-1',
  mac: 'macroman',
};

/** The accepted names, for messages: "utf-8, windows-1252 (cp1252), …". */
export const ENCODING_CHOICES = ENCODINGS.map((e) => {
  const aliases = Object.keys(ALIASES).filter((a) => ALIASES[a] === e && a !== 'utf8');
  return aliases.length === 0 ? e : `${e} (${aliases.join(', ')})`;
}).join(', ');

/** The encoding a name or alias stands for ("CP1252" -> windows-1252); undefined for any other text. */
export function parseEncodingName(name: string): Encoding | undefined {
  const key = name.trim().toLowerCase();
  return (ENCODINGS as readonly string[]).includes(key) ? (key as Encoding) : ALIASES[key];
}

/** How people know each encoding, in reports and messages. */
export const ENCODING_LABELS = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'iso-8859-1': 'ISO-8859-1',
  cp850: 'CP850 (DOS)',
  macroman: 'Mac OS Roman',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
} as const satisfies Record<Encoding, string>;
