/**
 * `datakoll serve`: the words of the page served on the steward's own computer (SERVE_WORDS, sent
 * to the page whole, in both languages), of the server's refusals, and of the command's errors.
 */
import type { Templates } from './template.js';

export const SERVE_WORDS = {
  title: { sv: 'datakoll: kontrollera en fil', en: 'datakoll: check a file' },
  intro: {
    sv: 'Kontrollera en fil mot en av dataverkstadens specifikationer. Sidan körs på din egen dator: filen lämnar den aldrig.',
    en: "Check a file against one of dataverkstad's specifications. This page runs on your own computer: the file never leaves it.",
  },
  noscript: { sv: 'Sidan behöver JavaScript.', en: 'This page needs JavaScript.' },
  language: { sv: 'Språk', en: 'Language' },
  // Each language by its own name, whichever language the page is in.
  lang_sv: { sv: 'Svenska', en: 'Svenska' },
  lang_en: { sv: 'English', en: 'English' },
  tab_check: { sv: 'Kontrollera filer', en: 'Check files' },
  tab_catalogue: { sv: 'Specifikationerna', en: 'The specifications' },
  choose: { sv: 'Välj filer (CSV, JSON, GeoJSON, JSON Lines, Excel) eller släpp dem här', en: 'Choose files (CSV, JSON, GeoJSON, JSON Lines, Excel) or drop them here' },
  choose_button: { sv: 'Välj filer', en: 'Choose files' },
  spec_label: { sv: 'Specifikation', en: 'Specification' },
  spec_auto: { sv: 'Välj efter filens kolumner (auto)', en: "Pick it from the file's columns (auto)" },
  spec_option: { sv: '{id} {version}: {title} ({status})', en: '{id} {version}: {title} ({status})' },
  queue: { sv: 'Filerna', en: 'The files' },
  queue_empty: { sv: 'Inga filer ännu.', en: 'No files yet.' },
  state_waiting: { sv: 'väntar på sin tur', en: 'waiting for its turn' },
  state_uploading: { sv: 'läses in: {percent} %', en: 'being read in: {percent}%' },
  state_queued: { sv: 'i kö', en: 'queued' },
  state_running: { sv: 'kontrolleras', en: 'being checked' },
  state_done: { sv: 'klar', en: 'done' },
  state_failed: { sv: 'kunde inte kontrolleras', en: 'could not be checked' },
  size: { sv: '{mb} MB', en: '{mb} MB' },
  size_kb: { sv: '{kb} kB', en: '{kb} kB' },
  level: { sv: 'Betyg {level}', en: 'Score {level}' },
  summary: {
    sv: '{rows} {rows|rad|rader}, {errors} fel, {warnings} {warnings|varning|varningar}, {share} av raderna utan fel',
    en: '{rows} {rows|row|rows}, {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {share} of rows without errors',
  },
  conforms: { sv: 'Filen följer specifikationen.', en: 'The file conforms to the specification.' },
  not_conforms: { sv: 'Filen följer inte specifikationen.', en: 'The file does not conform to the specification.' },
  spec_used: { sv: 'Kontrollerad mot {id} {version} ({title}), status: {status}.', en: 'Checked against {id} {version} ({title}), status: {status}.' },
  auto_match: { sv: 'Vald efter kolumnerna: de stämmer till {share}. Näst bäst: {others}.', en: 'Picked from the columns: {share} match. Next best: {others}.' },
  auto_match_alone: { sv: 'Vald efter kolumnerna: de stämmer till {share}.', en: 'Picked from the columns: {share} match.' },
  fixed: { sv: 'Ladda ner den rättade filen', en: 'Download the fixed file' },
  fixing: { sv: 'Rättar …', en: 'Fixing …' },
  findings_csv: { sv: 'Ladda ner fynden som CSV', en: 'Download the findings as CSV' },
  report_html: { sv: 'Ladda ner HTML-rapporten', en: 'Download the HTML report' },
  show: { sv: 'Visa rapporten', en: 'Show the report' },
  remove: { sv: 'Ta bort från servern', en: 'Remove from the server' },
  report_of: { sv: 'Rapport för {file}', en: 'Report for {file}' },
  // The catalogue.
  catalogue_intro: {
    sv: 'Specifikationerna som datakoll kontrollerar mot. Status säger hur säker beskrivningen är; den officiella versionen finns där adressen pekar.',
    en: 'The specifications datakoll checks against. The status says how sure the description is; the official version is where the address points.',
  },
  status: { sv: 'Status', en: 'Status' },
  official: { sv: 'Den officiella versionen', en: 'The official version' },
  official_none: { sv: 'ingen känd adress', en: 'no known address' },
  sources: { sv: 'Byggd från', en: 'Built from' },
  unique_key: { sv: 'Unik nyckel', en: 'Unique key' },
  attribute: { sv: 'Attribut', en: 'Attribute' },
  datatype: { sv: 'Datatyp', en: 'Datatype' },
  required: { sv: 'Krävs', en: 'Required' },
  yes: { sv: 'ja', en: 'yes' },
  no: { sv: 'nej', en: 'no' },
  provenance: { sv: 'Ursprung', en: 'Provenance' },
  description: { sv: 'Beskrivning', en: 'Description' },
  rules: { sv: 'Regler mellan attribut', en: 'Rules across attributes' },
  rule_not_before: { sv: '{end} får inte vara före {start}', en: '{end} must not be before {start}' },
  rule_required_with: { sv: '{field} krävs när {with} har ett värde', en: '{field} is required when {with} has a value' },
  rule_required_with_value: { sv: '{field} krävs när {with} är {value}', en: '{field} is required when {with} is {value}' },
  rule_one_of_required: { sv: 'minst ett av {fields} ska ha ett värde', en: 'at least one of {fields} must have a value' },
  template: { sv: 'Ladda ner en mall', en: 'Download a template' },
  template_csv: { sv: 'CSV', en: 'CSV' },
  template_xlsx: { sv: 'Excel (xlsx)', en: 'Excel (xlsx)' },
  template_json: { sv: 'JSON', en: 'JSON' },
  // What the server says when it refuses (the page shows these by their code).
  'too-large': { sv: 'Filen är större än {mb} MB, det största som tas emot (datakoll serve --max-upload).', en: 'The file is larger than {mb} MB, the most that is taken (datakoll serve --max-upload).' },
  'queue-full': { sv: 'Det finns redan många filer i kön. Vänta tills några är klara.', en: 'There are many files in the queue already. Wait until some are done.' },
  'unknown-spec': { sv: 'Specifikationen finns inte i katalogen.', en: 'The specification is not in the catalogue.' },
  'job-gone': { sv: 'Filen finns inte längre på servern; kontrollera den igen.', en: 'The file is no longer on the server; check it again.' },
  'upload-broken': { sv: 'Filen kom inte fram hela. Försök igen.', en: 'The file did not arrive whole. Try again.' },
  'not-checked': { sv: 'Filen kunde inte kontrolleras.', en: 'The file could not be checked.' },
  // --spec auto found no spec: said with the steward's file name, pointing at the page's own choice.
  'auto-no-match': {
    sv: 'Ingen specifikation passar kolumnerna i {name} tillräckligt väl[[ (bäst: {candidates})]]. Välj specifikationen i listan och kontrollera filen igen.',
    en: 'No specification matches the columns of {name} well enough[[ (best: {candidates})]]. Choose the specification in the list and check the file again.',
  },
  'auto-no-columns': {
    sv: 'Inga kolumnnamn gick att läsa i början av {name} (är filen tom, eller inte giltig CSV eller JSON?). Välj specifikationen i listan och kontrollera filen igen.',
    en: 'No column names could be read at the start of {name} (is it empty, or not valid CSV or JSON?). Choose the specification in the list and check the file again.',
  },
  'still-running': { sv: 'Filen kontrolleras eller rättas just nu; försök igen när det är klart.', en: 'The file is being checked or fixed right now; try again when it is done.' },
  'no-fix': { sv: 'Filen kan inte rättas.', en: 'The file cannot be fixed.' },
  'server-gone': { sv: 'Servern svarar inte. Kör datakoll serve igen.', en: 'The server does not answer. Run datakoll serve again.' },
  refused: {
    sv: 'Fel adress: öppna den adress som datakoll serve skrev ut (med sin nyckel).',
    en: 'Wrong address: open the address that datakoll serve printed (with its key).',
  },
  'refused-host': { sv: 'Begäran kom inte till den här datorns egen adress och avvisas.', en: "The request was not made to this computer's own address and is refused." },
  'refused-origin': { sv: 'Begäran kom från en annan webbplats och avvisas.', en: 'The request came from another site and is refused.' },
  'not-found': { sv: 'Det finns inget här.', en: 'There is nothing here.' },
  // The command line.
  listening: {
    sv: 'datakoll serve: öppna {url} i webbläsaren.\nSidan och filerna stannar på den här datorn. Tryck Ctrl-C för att stoppa.\n',
    en: 'datakoll serve: open {url} in your browser.\nThe page and the files stay on this computer. Press Ctrl-C to stop.\n',
  },
  'open-failed': { sv: 'Webbläsaren kunde inte öppnas; öppna adressen själv.\n', en: 'The browser could not be opened; open the address yourself.\n' },
} as const satisfies Record<string, Templates>;

export type ServeWord = keyof typeof SERVE_WORDS;

/** The command's errors (of the catalogue of errors, report/words/errors.ts). */
export const SERVE_ERRORS = {
  'serve-port-in-use': { sv: 'Porten {port} används redan av ett annat program: ange en annan med --port', en: 'Port {port} is already in use by another program: name another with --port' },
  'serve-cannot-listen': { sv: 'datakoll serve kan inte lyssna på 127.0.0.1:{port}: {detail}', en: 'datakoll serve cannot listen on 127.0.0.1:{port}: {detail}' },
  'serve-no-temp': { sv: 'datakoll serve kan inte skapa sin tillfälliga mapp: {detail}', en: 'datakoll serve cannot make its temporary folder: {detail}' },
} as const satisfies Record<string, Templates>;

/** The help of `datakoll serve` (merged into the CLI's help, report/words/help.ts). */
export const SERVE_HELP = {
  serve: {
    sv: 'starta en sida på den här datorn där filer kontrolleras och rättas i webbläsaren (inget lämnar datorn)',
    en: 'start a page on this computer where files are checked and fixed in the browser (nothing leaves the computer)',
  },
  port: { sv: 'porten på 127.0.0.1 (standard: 8765; 0 tar en ledig port)', en: 'the port on 127.0.0.1 (default: 8765; 0 takes a free port)' },
  open: { sv: 'öppna sidan i webbläsaren', en: 'open the page in the browser' },
  maxUpload: { sv: 'största fil som tas emot, i megabyte (standard: 2048)', en: 'largest file taken, in megabytes (default: 2048)' },
} as const satisfies Record<string, Templates>;
