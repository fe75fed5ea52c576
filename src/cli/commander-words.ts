/**
 * Commander in the run's language: its help screens (headings, placeholders, an option's default
 * and choices) from the catalogue's help words, and its errors (an unknown option or command, a
 * missing argument or value, too many arguments) as usage errors of the catalogue of errors.
 * Commander says what went wrong only in an English sentence with its error's code; each code's
 * sentence is read here once (test/cli/commander-words.test.ts holds every one to a catalogue entry).
 */
import { Help } from 'commander';
import type { Argument, Command, CommanderError, HelpConfiguration, Option } from 'commander';
import { DatakollError } from '../errors.js';
import { HELP_SCREEN, PLACEHOLDER_WORDS, say } from '../report/index.js';
import type { ErrorCode, Lang } from '../report/index.js';

type Read = [ErrorCode, Record<string, string | number>];

/** A placeholder's word in a language (`file` -> `fil`). */
export function placeholderWord(word: string, lang: Lang): string {
  return lang === 'sv' ? (PLACEHOLDER_WORDS[word] ?? word) : word;
}

/** The placeholders of a command line's text in a language: `-o, --out <file>` -> `-o, --out <fil>`. */
export function placeholders(text: string, lang: Lang): string {
  return text.replace(/([<[])([^<>[\]]*)([>\]])/g, (_m, open: string, inner: string, close: string) => `${open}${inner.replace(/[a-z]+/gi, (w) => placeholderWord(w, lang))}${close}`);
}

const HEADINGS: Readonly<Record<string, keyof typeof HELP_SCREEN>> = { 'Usage:': 'usage', 'Options:': 'options', 'Global Options:': 'globalOptions', 'Arguments:': 'arguments', 'Commands:': 'commands' };

/** An item's description with what commander adds to it: the choices, and the default unless it is an empty list. */
function described(description: string, item: { argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string }, showDefault: boolean, lang: Lang): string {
  const extra: string[] = [];
  if (item.argChoices !== undefined) extra.push(say(HELP_SCREEN.choices, lang, { values: item.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
  const emptyList = Array.isArray(item.defaultValue) && item.defaultValue.length === 0;
  if (showDefault && item.defaultValue !== undefined && !emptyList) extra.push(say(HELP_SCREEN.default, lang, { value: item.defaultValueDescription || JSON.stringify(item.defaultValue) }));
  if (extra.length === 0) return description;
  return description === '' ? `(${extra.join(', ')})` : `${description} (${extra.join(', ')})`;
}

/** Commander's help in a language (configureHelp; commands made after it inherit it). */
export function helpIn(lang: Lang): HelpConfiguration {
  const base = new Help();
  return {
    styleTitle: (title: string) => {
      const key = HEADINGS[title];
      return key === undefined ? title : HELP_SCREEN[key][lang];
    },
    commandUsage: (cmd: Command) => placeholders(base.commandUsage(cmd), lang),
    subcommandTerm: (cmd: Command) => placeholders(base.subcommandTerm(cmd), lang),
    optionTerm: (option: Option) => placeholders(option.flags, lang),
    argumentTerm: (argument: Argument) => placeholderWord(argument.name(), lang),
    // (Commander shows the default of an option that takes a value, and of a boolean one only when it is a boolean.)
    optionDescription: (o: Option) => described(o.description, o, o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean'), lang),
    argumentDescription: (a: Argument) => described(a.description, a, true, lang),
  };
}

/** The command as typed: `datakoll specs show`. */
function commandLine(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c !== null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Commander's "(Did you mean --spec?)" or "(Did you mean one of a, b?)", as parameters. */
function suggestionOf(message: string): Record<string, string | number> {
  const m = /\n\(Did you mean (one of )?(.+)\?\)$/.exec(message);
  return m === null ? {} : { suggestion: m[2] as string, count: m[1] === undefined ? 1 : 2 };
}

/** What each of commander's errors says, read from its sentence: the catalogue's code and parameters. */
const READERS: Readonly<Record<string, (message: string, lang: Lang) => Read | undefined>> = {
  'commander.unknownOption': (m) => ifMatched(/unknown option '(.*)'(?=\n|$)/.exec(m), (g) => ['cli-unknown-option', { option: g(1), ...suggestionOf(m) }]),
  'commander.unknownCommand': (m) => ifMatched(/unknown command '(.*)'(?=\n|$)/.exec(m), (g) => ['cli-unknown-command', { name: g(1), ...suggestionOf(m) }]),
  'commander.missingArgument': (m, lang) => ifMatched(/missing required argument '(.*)'/.exec(m), (g) => ['cli-missing-argument', { argument: placeholderWord(g(1), lang) }]),
  'commander.optionMissingArgument': (m, lang) => ifMatched(/option '(.*)' argument missing/.exec(m), (g) => ['cli-missing-value', { flags: placeholders(g(1), lang) }]),
  'commander.missingMandatoryOptionValue': (m, lang) => ifMatched(/required option '(.*)' not specified/.exec(m), (g) => ['cli-missing-option', { flags: placeholders(g(1), lang) }]),
  'commander.excessArguments': (m) => ifMatched(/Expected (\d+) arguments? but got (\d+)/.exec(m), (g) => ['cli-excess-arguments', { expected: Number(g(1)), received: Number(g(2)) }]),
};

/** `then` with the match's groups (g(1): the first), when the sentence matched. */
function ifMatched(m: RegExpExecArray | null, then: (g: (i: number) => string) => Read): Read | undefined {
  return m === null ? undefined : then((i) => m[i] ?? '');
}

/** Commander's errors that are no errors: help and the version were shown. */
const DONE = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/**
 * A commander error of `cmd` as a usage error of the catalogue, in the run's language (help and
 * the version shown stay as they are). A sentence this commander no longer writes is still a
 * usage error, its words quoted.
 */
export function usageErrorOf(err: CommanderError, cmd: Command, lang: Lang): Error {
  if (DONE.has(err.code)) return err;
  const command = commandLine(cmd);
  const read = READERS[err.code]?.(err.message, lang);
  if (read === undefined) return new DatakollError('usage', 'cli-other', { command, detail: err.message.replace(/^error: /, '').replace(/\n/g, ' ') });
  return new DatakollError('usage', read[0], { command, ...read[1] });
}

/** Makes every command's errors usage errors of the catalogue (exitOverride, on each command with itself). */
export function catalogueErrors(cmd: Command, lang: Lang): void {
  cmd.exitOverride((err) => {
    throw usageErrorOf(err, cmd, lang);
  });
  for (const sub of cmd.commands) catalogueErrors(sub, lang);
}
