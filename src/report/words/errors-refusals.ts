/** fix's refusals of input it would have to guess at, and the config file's errors (see errors.ts): code -> template, in Swedish and English. */
import type { Templates } from './template.js';

export const REFUSAL_ERRORS = {
  'fix-encoding-contradicted': {
    sv: '{file} skulle läsas som {encoding} (--encoding), men filen är giltig UTF-8: "{word}" skulle bli "{misread}". fix skriver inte det den skulle läsa fel och har inte skrivit något. Ta bort --encoding (datakoll känner själv igen UTF-8), eller ange --encoding utf-8.',
    en: '{file} was to be read as {encoding} (--encoding), but the file is valid UTF-8: "{word}" would become "{misread}". fix does not write what it would misread, and has written nothing. Leave out --encoding (datakoll recognises UTF-8 itself), or give --encoding utf-8.',
  },
  'fix-json-records-twice': {
    sv: 'Listan med posterna, {pointer}, står två gånger i samma JSON-objekt i {file}. fix gissar inte vilken av listorna som gäller och har inte skrivit något. Slå ihop listorna till en, eller ta bort den ena.',
    en: 'The list of records, {pointer}, appears twice in the same JSON object of {file}. fix does not guess which of the lists counts, and has written nothing. Merge the lists into one, or remove one of them.',
  },
  'config-unreadable': {
    sv: 'Inställningsfilen {file} kunde inte läsas: {reason}.',
    en: 'The config file {file} could not be read: {reason}.',
  },
  'config-not-json': {
    sv: 'Inställningsfilen {file} går inte att använda: {problem}.',
    en: 'The config file {file} cannot be used: {problem}.',
  },
  'config-no-files': {
    // {folder}: the config file's folder as the user reaches it, left out when it is the current one.
    sv: '{file}: validate[{entry}].files hittade inga filer ({files}, räknat från inställningsfilens mapp[[ {folder}]]).',
    en: '{file}: validate[{entry}].files matched no files ({files}, relative to the config file\'s folder[[ {folder}]]).',
  },
} as const satisfies Record<string, Templates>;
