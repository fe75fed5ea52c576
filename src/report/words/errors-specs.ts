/**
 * Errors of specs, spec imports, check modules and the library's options (see errors.ts), and
 * the problems they name (SPEC_PROBLEMS, given to them as a parameter in both languages).
 */
import type { Templates } from './template.js';

export const SPEC_ERRORS = {
  'spec-invalid': { sv: 'Specifikationsfilen {file} är inte en giltig datakoll-specifikation: {problem}', en: 'Spec file {file} is not a valid datakoll spec: {problem}' },
  'spec-unreadable': { sv: 'Specifikationsfilen {file} kunde inte läsas: {reason}', en: 'Spec file {file} cannot be read: {reason}' },
  'spec-not-found': { sv: 'Specifikationsfilen finns inte: {spec}', en: 'Spec file not found: {spec}' },
  'spec-version-unknown': {
    sv: 'Specifikationen "{spec}" har ingen version {version}. De versioner som finns: {versions}',
    en: 'Spec "{spec}" has no version {version}. Versions: {versions}',
  },
  'specs-dir-missing': { sv: 'Mappen med specifikationer finns inte: {dir}', en: 'Specs folder not found: {dir}' },
  'specs-dir-not-folder': { sv: 'Mappen med specifikationer är ingen mapp utan en fil: {dir}', en: 'The specs folder is a file, not a folder: {dir}' },
  // {candidates}: the best specs that share a column with the file, left out when none does.
  'spec-auto-no-match': {
    sv: 'Ingen specifikation passar kolumnerna i {file} tillräckligt väl[[ (bäst: {candidates})]]; ange en med --spec',
    en: 'No spec matches the columns of {file} well enough[[ (best: {candidates})]]; name one with --spec',
  },
  'spec-auto-no-columns': {
    sv: 'Inga kolumnnamn gick att läsa i början av {file} (är filen tom, eller inte giltig CSV eller JSON?), så ingen specifikation kan väljas automatiskt; ange en med --spec',
    en: 'No column names could be read at the start of {file} (is it empty, or not valid CSV or JSON?), so no spec can be chosen automatically; name one with --spec',
  },
  'import-failed': { sv: '{file}: {problem}', en: '{file}: {problem}' },
  'check-module': { sv: '{problem}.', en: '{problem}.' },
  'check-failed': { sv: 'Kontrollen {id} misslyckades: {why}', en: 'The check {id} failed: {why}' },
  'bad-publisher': {
    sv: '--publisher ska vara en kommunkod (fyra siffror, som 1480) eller ett organisationsnummer (tio siffror, som 212000-1355); {given}: {problem}',
    en: '--publisher must be a municipality code (four digits, such as 1480) or an organisation number (ten digits, such as 212000-1355); {given}: {problem}',
  },
  'publisher-no-field': {
    sv: '--publisher kan inte kontrolleras mot {spec}: specifikationen har inget attribut som anger utgivaren. Ta bort --publisher, eller välj en specifikation med ett sådant attribut (som source).',
    en: '--publisher cannot be checked against {spec}: the spec has no attribute naming the publisher. Leave out --publisher, or choose a spec with such an attribute (such as source).',
  },
  'bad-encoding': { sv: '--encoding ska vara en av {choices} (angivet: {given})', en: '--encoding must be one of {choices} (given: {given})' },
} as const satisfies Record<string, Templates>;

/** One rule of datakoll's meta-schema a spec breaks ({detail} of SPEC_PROBLEMS['meta-schema']), at its place in the spec. */
export const SPEC_META_PROBLEMS = {
  top: { sv: 'översta nivån', en: 'the top level' },
  required: { sv: '{at} saknar {name}', en: '{at} lacks {name}' },
  unknown: { sv: '{at} har {name}, som metaschemat inte känner till', en: '{at} has {name}, which the meta-schema does not know' },
  type: { sv: '{at} ska vara av typen {type}', en: '{at} must be of type {type}' },
  enum: { sv: '{at} ska vara ett av {allowed}', en: '{at} must be one of {allowed}' },
  const: { sv: '{at} ska vara {allowed}', en: '{at} must be {allowed}' },
  pattern: { sv: '{at} har inte formen {pattern}', en: '{at} does not have the form {pattern}' },
  empty: { sv: '{at} är tom eller för kort', en: '{at} is empty or too short' },
  other: { sv: '{at} uppfyller inte metaschemats regel {keyword}', en: "{at} breaks the meta-schema's rule {keyword}" },
  more: { sv: 'och {count} till', en: 'and {count} more' },
  'unknown-keyword': { sv: 'den har nyckelordet {name}, som varken JSON Schema eller datakoll känner till; ta bort det eller rätta stavningen', en: 'it has the keyword {name}, which neither JSON Schema nor datakoll knows; remove it or correct its spelling' },
  'unknown-format': { sv: 'den anger formatet {name}, som datakoll inte känner till', en: 'it names the format {name}, which datakoll does not know' },
  compile: { sv: 'den går inte att kompilera (JSON Schema-biblioteket Ajv säger: {detail})', en: 'it cannot be compiled (the JSON Schema library Ajv says: {detail})' },
} as const satisfies Record<string, Templates>;

/** The words specs import writes into the spec it makes (its status note and its one source). */
export const IMPORT_WORDS = {
  note: { sv: 'Importerad av datakoll från {source}[[ (bladet {sheet})]]. Beskrivningarna är källans egna.', en: "Imported by datakoll from {source}[[ (sheet {sheet})]]. The descriptions are the source's own (often in Swedish)." },
  source: { sv: '{source}[[, bladet {sheet}]], importerad av datakoll', en: '{source}[[, sheet {sheet}]], imported by datakoll' },
} as const satisfies Record<string, Templates>;

/** What is wrong with a spec, a spec to import, or a check module. */
export const SPEC_PROBLEMS = {
  'too-large': { sv: 'den är större än {mib} MiB; en specifikation beskriver en post och är mycket mindre', en: 'it is larger than {mib} MiB; a spec describes one record and is far smaller' },
  'not-json': { sv: 'den är inte giltig JSON', en: 'it is not valid JSON' },
  empty: { sv: 'den är tom', en: 'it is empty' },
  'meta-schema': { sv: 'den följer inte datakolls metaschema ({detail})', en: 'it does not follow datakoll\'s meta-schema ({detail})' },
  'too-many-attributes': { sv: 'den har fler än {max} attribut', en: 'it has more than {max} attributes' },
  'not-an-attribute': { sv: '{what} anger {name}, som inte är ett attribut i properties', en: '{what} names {name}, which is not an attribute in properties' },
  'rule-of-type': { sv: 'x-rules: regeln {type}', en: 'x-rules: the {type} rule' },
  'missing-from-columns': { sv: 'egenskapen {name} saknas i x-columns', en: 'property {name} is missing from x-columns' },
  'point-not-numbers': { sv: 'x-coordinates anger {name} som point, men det är ingen lista med tal i properties', en: 'x-coordinates names {name} as point, which is not an array of numbers in properties' },
  'coordinate-not-number': { sv: 'x-coordinates anger {name}, som inte är ett talattribut i properties', en: 'x-coordinates names {name}, which is not a number attribute in properties' },
  'required-not-in-properties': { sv: 'required{at} anger {name}, som inte finns i properties', en: 'required{at} names {name}, which is not in properties' },
  'too-many-nodes': { sv: 'den innehåller fler än {max} objekt och listor', en: 'it holds more than {max} objects and arrays' },
  'dynamic-keyword': { sv: '{keyword} vid {at} stöds inte i datakolls specifikationer', en: '{keyword} at {at} is not supported in datakoll specs' },
  'nested-id': { sv: 'ett inre $id vid {at} stöds inte i datakolls specifikationer', en: 'a nested $id at {at} is not supported in datakoll specs' },
  'enum-too-long': { sv: 'enum vid {at} har fler än {max} värden', en: 'the enum at {at} lists more than {max} values' },
  'ref-outside': {
    sv: '$ref vid {at} pekar utanför specifikationen ({ref}); bara referenser inom filen (#/…) följs',
    en: 'the $ref at {at} points outside the spec ({ref}); only references inside the file (#/…) are followed',
  },
  'ref-recursive': {
    sv: 'en $ref gör schemat rekursivt (slingan går genom {at}); datakolls specifikationer beskriver poster med ett bestämt djup',
    en: 'a $ref makes the schema recursive (the loop passes {at}); datakoll specs describe records of a fixed depth',
  },
  'too-deep': {
    sv: 'objekt och listor ligger i fler än {max} nivåer (även genom $ref), vid {at}',
    en: 'objects and arrays nest more than {max} levels deep (counting through $ref), at {at}',
  },
  // Patterns datakoll will not run (src/schema/patterns.ts).
  'pattern-refused': { sv: 'mönstret {pattern} kan inte användas: {why}', en: 'the pattern {pattern} cannot be used: {why}' },
  'pattern-syntax': { sv: 'det är inget giltigt reguljärt uttryck[[ ({detail})]]', en: 'it is not a valid regular expression[[ ({detail})]]' },
  'pattern-lookaround': { sv: 'framåt- och bakåtblickar ((?=, (?!, (?<=, (?<!) kan inte köras i linjär tid', en: 'lookahead and lookbehind ((?=, (?!, (?<=, (?<!) cannot run in linear time' },
  'pattern-backreference': { sv: 'bakåtreferenser (\\1, \\k<namn>) kan inte köras i linjär tid', en: 'backreferences (\\1, \\k<name>) cannot run in linear time' },
  'pattern-repeat': {
    sv: 'upprepningar fler än {max} gånger (n och m i {n,m}, inre gånger yttre) stöds inte; begränsa längden med maxLength i stället',
    en: 'repetition counts above {max} (n and m of {n,m}, nested ones multiplied) are not supported; limit the length with maxLength instead',
  },
  'pattern-too-long': { sv: 'det är längre än {max} tecken', en: 'it is longer than {max} characters' },
  'pattern-too-deep': { sv: 'det har grupper i fler än {max} nivåer', en: 'it nests groups more than {max} deep' },
  'pattern-too-large': {
    sv: 'det blir fler än {max} instruktioner när det kompileras (varje räknad upprepning skrivs ut så många gånger den räknar); använd mindre antal, eller maxLength',
    en: 'it compiles to more than {max} instructions (each counted repetition is written out as many times as it counts); use smaller counts, or maxLength',
  },
  'pattern-too-large-total': {
    sv: 'med det blir specifikationens mönster tillsammans fler än {max} instruktioner när de kompileras; använd mindre antal i upprepningarna, eller maxLength',
    en: 'with it, the spec\'s patterns together compile to more than {max} instructions; use smaller repetition counts, or maxLength',
  },
  'pattern-unsupported': { sv: 'det använder syntax som datakoll inte kan köra i linjär tid ({detail})', en: 'it uses syntax datakoll cannot run in linear time ({detail})' },
  // Spec imports.
  'import-no-name': { sv: '{part} {index} har inget namn', en: '{part} {index} has no name' },
  'import-unknown-datatype': { sv: '{part} {index} ({name}) har datatypen "{datatype}", som datakoll inte kan kontrollera; kända: {known}', en: '{part} {index} ({name}) has the datatype "{datatype}", which datakoll cannot check; known: {known}' },
  'import-bad-format': { sv: 'kolumn {index} ({name}) har ett format som inte är ett giltigt reguljärt uttryck: {format}', en: 'column {index} ({name}) has a format that is not a valid regular expression: {format}' },
  'import-no-columns': { sv: 'inga CSVW-kolumner hittades', en: 'no CSVW columns found' },
  'import-not-json': { sv: '{detail}; ange en .json-, .md-, .csv- eller .xlsx-fil', en: '{detail}; give a .json, .md, .csv or .xlsx file' },
  'import-unknown-form': {
    sv: 'det är inget av de format som datakoll kan importera (CSVW-schema.json, Frictionless Table Schema, JSON Schema eller en tabell över datamodellen i Markdown, CSV eller en Excel-arbetsbok)',
    en: 'it is none of the forms datakoll can import (CSVW schema.json, Frictionless Table Schema, JSON Schema, or a model table in Markdown, CSV or an Excel workbook)',
  },
  'import-not-a-schema': { sv: 'egenskapen {name} är inget schema', en: 'property {name} is not a schema' },
  'import-no-table': { sv: 'ingen tabell hittades (en rubrikrad som "Namn | Kardinalitet | Datatyp | Beskrivning" väntades)', en: 'no table found (expected a header row such as "Namn | Kardinalitet | Datatyp | Beskrivning")' },
  'import-header': {
    sv: 'rad {line}: rubrikraden behöver en kolumn för namn (Namn, Kolumnnamn, Attribut, name) och en för datatyp (Datatyp, Typ, datatype); hittade: {found}',
    en: 'line {line}: the header row needs a name column (Namn, Kolumnnamn, Attribut, name) and a datatype column (Datatyp, Typ, datatype); found: {found}',
  },
  'import-table-datatype': { sv: 'rad {line} ({name}): okänd datatyp "{datatype}"; kända: {known}, eller en uppräkning "a | b"', en: 'line {line} ({name}): unknown datatype "{datatype}"; known: {known}, or an enumeration "a | b"' },
  'import-cardinality': { sv: 'rad {line} ({name}): kardinaliteten "{given}" går inte att läsa (1, 0..1, 1..* eller 0..* väntades)', en: 'line {line} ({name}): unreadable cardinality "{given}" (expected 1, 0..1, 1..* or 0..*)' },
  'import-no-rows': { sv: 'tabellen har inga rader med attribut', en: 'the table has no attribute rows' },
  'import-requirement': {
    sv: 'rad {line} ({name}): kravnivån "{given}" går inte att läsa (obligatoriskt, rekommenderas, valbart eller "obligatoriskt om …" väntades)',
    en: 'line {line} ({name}): unreadable requirement level "{given}" (expected required, recommended, optional or "required if …")',
  },
  'import-name-twice': { sv: 'rad {line}: {name} finns redan i tabellen, som attribut eller objekt', en: 'line {line}: {name} is in the table already, as an attribute or an object' },
  'import-sheet-no-table': {
    sv: 'inget av arbetsbokens blad ({sheets}) börjar med en rubrikrad som "Attribut | Typ | Förklaring | Kravnivå"; välj bladet med --sheet',
    en: 'none of the workbook\'s sheets ({sheets}) starts with a header row such as "Attribute | Type | Explanation | Requirement level"; pick the sheet with --sheet',
  },
  'import-sheet-too-long': { sv: 'bladet {sheet} har fler än {max} rader, fler än någon specifikationstabell', en: 'sheet {sheet} has more than {max} rows, more than any specification table' },
  'import-sheet-not-workbook': { sv: '--sheet gäller bara en Excel-arbetsbok (.xlsx), och filen är ingen', en: '--sheet applies only to an Excel workbook (.xlsx), and the file is none' },
  column: { sv: 'kolumn', en: 'column' },
  field: { sv: 'fält', en: 'field' },
  // Check modules.
  'check-id-twice': { sv: 'Två kontroller har id {id} (de inbyggda är {bundled}); ge varje kontroll ett eget id', en: 'Two checks have the id {id} (the bundled checks are {bundled}); give each check an id of its own' },
  'check-not-loaded': { sv: 'Kontrollmodulen {url} kunde inte läsas in: {why}', en: 'The check module {url} could not be loaded: {why}' },
  'check-unusable': { sv: 'Kontrollmodulen {url} går inte att använda: {why}', en: 'The check module {url} cannot be used: {why}' },
  'check-not-a-check': { sv: 'det den exporterar som standard är ingen kontroll', en: 'its default export is not a check' },
  'check-no-id': { sv: 'en kontroll saknar id', en: 'a check has no id' },
  'check-no-rows': { sv: 'kontrollen {id} saknar funktionen rows()', en: 'check {id} has no rows() hook' },
  'check-unknown-codes': { sv: 'kontrollen {id} anger koder som inte finns i katalogen', en: 'check {id} lists codes that are not in the catalogue' },
} as const satisfies Record<string, Templates>;

/**
 * Why JavaScript (V8) refuses a regular expression, by its own English sentence: {detail} of
 * SPEC_PROBLEMS['pattern-syntax']. A sentence not listed here is shown in English only.
 */
export const PATTERN_SYNTAX: Readonly<Record<string, Templates>> = {
  'Unterminated group': { sv: 'en grupp "(" stängs aldrig med ")"', en: 'a group "(" is never closed with ")"' },
  "Unmatched ')'": { sv: 'ett ")" stänger ingen grupp', en: 'a ")" closes no group' },
  '\\ at end of pattern': { sv: 'mönstret slutar med ett ensamt \\', en: 'the pattern ends in a lone \\' },
  'Invalid property name': { sv: 'okänt namn på en Unicode-egenskap i \\p{…}', en: 'an unknown Unicode property name in \\p{…}' },
  'Invalid property name in character class': { sv: 'okänt namn på en Unicode-egenskap i \\p{…} inom [ ]', en: 'an unknown Unicode property name in \\p{…} inside [ ]' },
  'Invalid escape': { sv: 'ett \\ följt av ett tecken som inte får skrivas så', en: 'a \\ followed by a character that may not be escaped' },
  'Invalid class escape': { sv: 'ett \\ inom [ ] följt av ett tecken som inte får skrivas så', en: 'a \\ inside [ ] followed by a character that may not be escaped' },
  'Invalid decimal escape': { sv: 'ett \\ följt av en siffra som inte hänvisar till någon grupp', en: 'a \\ followed by a digit that refers to no group' },
  'Invalid Unicode escape': { sv: 'en teckenkod (\\u…, \\x… eller \\c…) som inte är rätt skriven', en: 'a character code (\\u…, \\x… or \\c…) that is not written correctly' },
  'Nothing to repeat': { sv: 'en upprepning som *, + eller {n} har inget att upprepa', en: 'a repetition such as *, + or {n} has nothing to repeat' },
  'Lone quantifier brackets': { sv: 'ett ensamt {, } eller ]; skriv \\{, \\} eller \\] för själva tecknet', en: 'a lone {, } or ]; write \\{, \\} or \\] for the character itself' },
  'numbers out of order in {} quantifier': { sv: 'i {n,m} är n större än m', en: 'in {n,m}, n is greater than m' },
  'Incomplete quantifier': { sv: 'en upprepning {n,m} som inte är färdigskriven', en: 'a repetition {n,m} that is not complete' },
  'Invalid quantifier': { sv: 'en upprepning som inte går att tolka', en: 'a repetition that cannot be read' },
  'Invalid group': { sv: 'en grupp som börjar med (? på ett sätt som inte finns', en: 'a group starting with (? in a way that does not exist' },
  'Invalid capture group name': { sv: 'ett ogiltigt gruppnamn i (?<namn>…)', en: 'an invalid group name in (?<name>…)' },
  'Duplicate capture group name': { sv: 'två namngivna grupper har samma namn', en: 'two named groups have the same name' },
  'Invalid named reference': { sv: 'en hänvisning \\k<namn> som inte är rätt skriven', en: 'a reference \\k<name> that is not written correctly' },
  'Invalid named capture referenced': { sv: 'en hänvisning \\k<namn> till en grupp som inte finns', en: 'a reference \\k<name> to a group that does not exist' },
  'Unterminated character class': { sv: 'en teckenklass "[" stängs aldrig med "]"', en: 'a character class "[" is never closed with "]"' },
  'Range out of order in character class': { sv: 'ett intervall inom [ ] går baklänges, som z-a', en: 'a range inside [ ] runs backwards, such as z-a' },
  'Invalid character class': { sv: 'ett intervall inom [ ] har en hel teckenklass som ände, som \\d-z', en: 'a range inside [ ] has a whole character class as one end, such as \\d-z' },
  'Too many captures': { sv: 'för många grupper', en: 'too many groups' },
  'Regular expression too large': { sv: 'uttrycket är för stort', en: 'the expression is too large' },
};
