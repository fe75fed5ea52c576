/** The note `validate --spec <file>` gives when the file is a plain JSON Schema, read as a spec on the fly (issue 19). */
import type { Templates } from './template.js';

export const PLAIN_SCHEMA_WORDS = {
  // {file}: the schema file as named; {id}: the id from its name; {columns}: the columns in the order of its properties.
  read: {
    sv: '{file} är ett vanligt JSON Schema och lästes som en specifikation: id {id} efter filnamnet, kolumnerna i egenskapernas ordning ({columns}), version 1.0, status delvis. Spara den med datakoll specs import för att behålla den och ge den egna uppgifter.',
    en: '{file} is a plain JSON Schema and was read as a spec: id {id} from the file name, the columns in the order of its properties ({columns}), version 1.0, status partial. Keep it with datakoll specs import to give it details of its own.',
  },
} as const satisfies Record<string, Templates>;
