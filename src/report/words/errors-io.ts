/**
 * Errors of reading inputs and writing outputs (see errors.ts): code -> template, in Swedish and
 * English, and why a write failed, by errno code (WRITE_REASONS). `{file}` is the file as the user
 * named it, or standard input/output in the run's language.
 */
import type { Templates } from './template.js';

export const IO_ERRORS = {
  'fix-unreadable': { sv: 'Kan inte läsa {file}: {reason}', en: 'Cannot read {file}: {reason}' },
  'import-unreadable': { sv: 'Kan inte läsa {file}: {reason}', en: 'Cannot read {file}: {reason}' },
  'write-failed': { sv: 'Kan inte skriva {file}: {reason}[[ ({unchanged} är oförändrad)]]', en: 'Cannot write {file}: {reason}[[ ({unchanged} is unchanged)]]' },
  'pipe-closed': { sv: 'Den som läste {file} stängde den', en: 'The reader of {file} closed it' },
  'fix-input-too-large': {
    sv: '{file} gav mer än {mib} MiB. fix läser sin indata mer än en gång och sparar därför det den läser från standard in, ett rör eller en enhet i en tillfällig fil, och högst så mycket; den har inte skrivit något. Spara data i en fil och rätta den filen.',
    en: '{file} gave more than {mib} MiB. fix reads its input more than once, so it keeps what it reads from standard input, a pipe or a device in a temporary file, and at most that much; it has written nothing. Save the data to a file and fix that file.',
  },
  'import-too-large': { sv: '{file} är större än {mib} MiB, mer än någon specifikation', en: '{file} is larger than {mib} MiB, more than any spec' },
  'output-is-input': {
    sv: 'Utdatafilen {file} är samma fil som {input}: datakoll skriver aldrig över en fil som den läser; ange en annan fil för utdata',
    en: 'The output {file} is the same file as {input}: datakoll never writes over a file it reads; name another file for the output',
  },
  'outputs-clash': { sv: '{clash}: {advice}', en: '{clash}: {advice}' },
  'output-no-name': { sv: 'En utdatafil behöver ett filnamn (angivet: "")', en: 'An output needs a file name (given: "")' },
  'report-failed': { sv: 'Rapporten i formatet {format} ({file}) kunde inte skapas: {why}', en: 'The {format} report ({file}) could not be made: {why}' },
  'config-output-outside': {
    sv: '{file}: {key} {given} måste ligga i inställningsfilens mapp (en relativ sökväg utan "..", inte genom en symbolisk länk som leder ut ur mappen); ange utdatafilen på kommandoraden för att skriva någon annanstans',
    en: '{file}: {key} {given} must stay inside the config file\'s folder (a relative path without "..", not through a symbolic link that leads out of it); to write elsewhere, name the output on the command line',
  },
  'no-spec-for-file': {
    sv: 'Ingen specifikation för {file}: ange --spec, eller lägg till ett mönster som matchar filen i {config}',
    en: 'No spec for {file}: give --spec, or add a glob that matches it to {config}',
  },
  'no-files': {
    sv: 'Inga filer att kontrollera: ange dem (datakoll validate data.csv --spec badplatser) eller skriv en datakoll.config.json',
    en: 'No files to check: name them (datakoll validate data.csv --spec badplatser) or write a datakoll.config.json',
  },
} as const satisfies Record<string, Templates>;

/** Parts of these errors, given to them as parameters in both languages. */
export const IO_PHRASES = {
  'standard-input': { sv: 'standard in', en: 'standard input' },
  'standard-output': { sv: 'standard ut', en: 'standard output' },
  'temporary-copy': { sv: 'en tillfällig kopia av {file}', en: 'a temporary copy of {file}' },
  'the-input': { sv: 'indatafilen {file}', en: 'the input {file}' },
  'same-outputs': { sv: 'Utdatafilerna {first} och {second} är samma fil', en: 'The outputs {first} and {second} are the same file' },
  'same-outputs-advice': { sv: 'ge varje utdata en egen fil', en: 'give each output a file of its own' },
  'two-reports': { sv: 'Två rapporter skulle skrivas till standard ut', en: 'Two reports would go to standard output' },
  'two-reports-advice': {
    sv: 'ge alla utom en av dem en fil (--format html=rapport.html, --badge märke.svg)',
    en: 'give all but one of them a file (--format html=report.html, --badge badge.svg)',
  },
} as const satisfies Record<string, Templates>;

/** Why a write failed, as a user reads it, by errno code (SPECIAL and READONLY are datakoll's own). */
export const WRITE_REASONS: Readonly<Record<string, Templates>> = {
  EACCES: { en: 'permission denied', sv: 'behörighet saknas' },
  EPERM: { en: 'permission denied', sv: 'behörighet saknas' },
  ENOENT: { en: 'the folder does not exist', sv: 'mappen finns inte' },
  ENOTDIR: { en: 'a part of the path is not a folder', sv: 'en del av sökvägen är inte en mapp' },
  EISDIR: { en: 'it is a folder', sv: 'det är en mapp' },
  ENOSPC: { en: 'the disk is full', sv: 'disken är full' },
  EDQUOT: { en: 'the disk quota is used up', sv: 'diskkvoten är slut' },
  EFBIG: { en: 'the file would be too large', sv: 'filen skulle bli för stor' },
  EROFS: { en: 'the file system is read-only', sv: 'filsystemet är skrivskyddat' },
  ELOOP: { en: 'too many symbolic links', sv: 'för många symboliska länkar' },
  ENAMETOOLONG: { en: 'the name is too long', sv: 'namnet är för långt' },
  EIO: { en: 'an input/output error on the disk', sv: 'ett in- eller utmatningsfel på disken' },
  ENXIO: { en: 'no device or reader is connected to it', sv: 'ingen enhet eller läsare är ansluten till den' },
  EBUSY: { en: 'it is busy', sv: 'den är upptagen' },
  EXDEV: { en: 'it is on another file system than its folder', sv: 'den ligger på ett annat filsystem än sin mapp' },
  SPECIAL: { en: 'it is a block device or a socket, which datakoll does not write to', sv: 'det är en blockenhet eller en socket, som datakoll inte skriver till' },
  READONLY: { en: 'the file is read-only; give --force to replace it anyway', sv: 'filen är skrivskyddad; ange --force för att ersätta den ändå' },
  other: { en: 'the system says {detail}', sv: 'systemet säger {detail}' },
};
