/**
 * Discord's registration JSON, generated from the command catalogue: `/hadamard`, one chat-input
 * command with one subcommand per verb, typed string options (matrices `a`, `b`, `c`…, `m`;
 * `topic` and `verb` with fixed choices; the study-group verbs' word options, read by the verb's
 * own grammar); and "Hadamard this", a message context-menu command that runs the grammar on the
 * message it is used on. Both installable to servers and to users, usable in servers, the bot's DM
 * and private channels. Also the reverse mapping, from a catalogue example to the option values a
 * user would type, used by the subcommand descriptions and the tests.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import {
  CATALOGUE,
  engineError,
  parseCommand,
  type Attachment,
  type Command,
  type EngineError,
  type OperandText,
  describeOption,
  describeVerb,
  t,
  translator,
  withLocale,
  type Locale,
} from '../../engine/index.js';
import type { OptionSpec, VerbSpec } from '../../engine/catalogue.js';

export const COMMAND_NAME = 'hadamard';
export const COMMAND_DESCRIPTION = translator('en')('discord.command.description');
/** The message context-menu command (right-click a message → Apps → Hadamard this). */
export const MESSAGE_COMMAND_NAME = 'Hadamard this';

/** Where the commands can be installed and used: servers and users; servers, the bot's DM, private channels. */
const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];

/** Discord's limits on names and descriptions. */
export const DESCRIPTION_MAX = 100;
const NAME_RE = /^[a-z0-9_-]{1,32}$/;
/** Context-menu command names: 1–32 characters, capitals and spaces allowed. */
const MENU_NAME_MAX = 32;

/**
 * Options read as words (`kind: 'word'`: quiz topic and seed, answer's quiz id and choice, settings key and value):
 * their values, in option order, are the text the verb's grammar reads, so a subcommand and the same words typed
 * after `/hadamard <verb>` give the same Command and the same errors.
 */
export function isWordOption(o: OptionSpec): boolean {
  return o.kind === 'word';
}

/** Options that carry a fixed choice (`topic`, `verb`) rather than a matrix. */
export function isChoiceOption(o: OptionSpec): boolean {
  return o.choices !== undefined && !isWordOption(o);
}

/** The matrix options of a verb, in the order the operands are given. */
export function operandOptions(spec: VerbSpec): OptionSpec[] {
  return spec.options.filter((o) => !isChoiceOption(o) && !isWordOption(o));
}

/** File options are named after the matrix option they stand for: `a` → `a_file`. */
export const FILE_SUFFIX = '_file';

/**
 * The attachment options of a verb that takes matrices (issue 13): one for each of its first two matrix options
 * (`a_file`, `b_file`; psd's `m_file`). A file stands in for the matrix typed in that option. `apply` gets `a_file`
 * and `b_file` too: its data (a photo for `apply image`, a signal, a matrix), as `@1` and `@2` are in text.
 */
export function fileOptionNames(spec: VerbSpec): string[] {
  // A verb that reads words and takes files (apply): files for its first two optional words, the data.
  if (spec.grammar.kind === 'words' && spec.grammar.files)
    return spec.options
      .filter(isWordOption)
      .filter((o) => !o.required)
      .slice(0, 2)
      .map((o) => `${o.name}${FILE_SUFFIX}`);
  if (spec.grammar.kind !== 'matrices') return [];
  return operandOptions(spec)
    .slice(0, 2)
    .map((o) => `${o.name}${FILE_SUFFIX}`);
}

/** Word options whose values the verb's grammar refuses (an unknown setting, a malformed quiz id): the user's error. */
export class OptionsError extends Error {
  constructor(readonly error: EngineError) {
    super(error.message);
    this.name = 'OptionsError';
  }
}

/**
 * The word option values for an example's words (`quiz trace easy seed:42` → `{ topic: 'trace', level: 'easy',
 * seed: '42' }`): each word goes to the next option that takes it (a choice option only takes one of its choices),
 * a `name:` or `name=` prefix naming the option is dropped. Undefined when a word fits no option.
 */
/** A verb whose subcommand options are all words for its grammar (quiz, answer, settings, forget-me…). */
function readsWords(spec: VerbSpec): boolean {
  return spec.grammar.kind === 'words' && !spec.options.some(isChoiceOption);
}

function wordOptionValues(spec: VerbSpec, example: string): Record<string, string> | undefined {
  const options = spec.options.filter(isWordOption);
  const words = example.trim().split(/\s+/).slice(1);
  const out: Record<string, string> = {};
  let next = 0;
  for (const [i, word] of words.entries()) {
    // An option that takes the rest of the text (a schedule's command) takes every word left.
    if (options[next]?.rest) {
      out[options[next].name] = words.slice(i).join(' ');
      return out;
    }
    let k = next;
    while (k < options.length) {
      const o = options[k];
      const value = word.replace(new RegExp(`^${o.name}[:=]`, 'i'), '');
      if (!o.choices || o.choices.includes(value.toLowerCase())) {
        out[o.name] = value;
        break;
      }
      k++;
    }
    if (k === options.length) return undefined;
    next = k + 1;
  }
  return out;
}

/**
 * The option values for a catalogue example (`schur [[2,1],[1,2]] [[1,1],[1,1]]` →
 * `{ a: '[[2,1],[1,2]]', b: '[[1,1],[1,1]]' }`), through the grammar's own parser so the two
 * cannot disagree. Labels ride along as `A=…`, which the adapter splits off again.
 * Undefined when the example does not map onto this verb's options.
 */
export function exampleOptions(spec: VerbSpec, example: string): Record<string, string> | undefined {
  const parsed = parseCommand(example);
  if (!parsed.ok || parsed.value.verb !== spec.verb) return undefined;
  const cmd = parsed.value;
  if (readsWords(spec)) return wordOptionValues(spec, example);
  const slots = operandOptions(spec);
  if (cmd.operands.length > slots.length) return undefined;
  const out: Record<string, string> = {};
  cmd.operands.forEach((op, i) => {
    out[slots[i].name] = op.label ? `${op.label}=${op.text}` : op.text;
  });
  const choice = spec.options.find(isChoiceOption);
  if (cmd.topic !== undefined) {
    if (!choice) return undefined;
    out[choice.name] = cmd.topic;
  }
  return out;
}

/** `a:[[2,3],[4,1]] b:[[5,6],[7,8]]`: how an example looks when typed into Discord's options. */
export function formatOptions(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');
}

/** Splits a typed `A=[1 2]` into label and matrix text, as the grammar does for text commands. */
export function operandFromOption(value: string): OperandText {
  const m = /^\s*([A-Za-z][A-Za-z0-9]{0,7})\s*=\s*(\S[\s\S]*)$/.exec(value);
  // `eye(3)` etc. contain no `=`; a label must be followed by the matrix itself.
  return m ? { label: m[1], text: m[2].trim() } : { text: value.trim() };
}

/**
 * The typed Command for a subcommand and its option values (what the adapter hands the dispatcher). Word options are
 * read by the verb's grammar, which may refuse them: then it throws OptionsError, carrying the user's error.
 */
export function commandFromOptions(
  spec: VerbSpec,
  values: Record<string, string | undefined>,
  files: Record<string, Attachment> = {},
): Command {
  if (readsWords(spec)) {
    const words = spec.options
      .filter(isWordOption)
      .map((o) => values[o.name]?.trim() ?? '')
      .filter((v) => v !== '');
    // Attached files, in option order, are the command's attachments: its operands when no matrix is typed.
    const attached = fileOptionNames(spec)
      .map((n) => files[n])
      .filter((f): f is Attachment => f !== undefined);
    const parsed = parseCommand([spec.verb, ...words].join(' '), attached.length ? { attachments: attached } : {});
    if (!parsed.ok) throw new OptionsError(parsed);
    return parsed.value;
  }
  const operands: OperandText[] = [];
  for (const o of operandOptions(spec)) {
    const v = values[o.name];
    const typed = v !== undefined && v.trim() !== '';
    const file = files[`${o.name}${FILE_SUFFIX}`];
    if (file && typed)
      throw new OptionsError(
        engineError(
          'bad_argument',
          `${o.name} and ${o.name}${FILE_SUFFIX} were both given: a matrix is typed or attached, not both`,
          `Leave ${o.name} empty when you attach ${o.name}${FILE_SUFFIX}.`,
        ),
      );
    if (file) operands.push({ text: '', attachment: file });
    else if (typed) operands.push(operandFromOption(v));
  }
  const command: Command = { verb: spec.verb, operands };
  const choice = spec.options.find(isChoiceOption);
  const topic = choice ? values[choice.name] : undefined;
  if (topic !== undefined && topic !== '') command.topic = topic;
  return command;
}

/** The catalogue description, with the first example appended when it fits in 100 characters. */
export function subcommandDescription(spec: VerbSpec): string {
  for (const example of spec.examples) {
    const values = exampleOptions(spec, example);
    if (!values || Object.keys(values).length === 0) continue;
    const withExample = `${spec.description} · e.g. ${formatOptions(values)}`;
    if (withExample.length <= DESCRIPTION_MAX) return withExample;
  }
  return spec.description;
}

/**
 * One option's JSON. `attachable`: the verb also takes files, so its matrix options are optional on Discord (a file
 * may stand in for any of them; the engine still says which matrix is missing).
 */
function optionJson(spec: VerbSpec, o: OptionSpec, attachable = false): APIApplicationCommandBasicOption {
  const matrix = !isChoiceOption(o) && !isWordOption(o);
  const base = {
    type: ApplicationCommandOptionType.String as const,
    name: o.name,
    description: o.description,
    description_localizations: localized(() => describeOption(spec, o.name)),
    required: attachable && matrix ? false : o.required,
  };
  if (o.choices) return { ...base, choices: o.choices.map((c) => ({ name: c, value: c })) };
  // A quiz id, a seed, a setting's value: short words; a schedule's command is a command's text.
  if (isWordOption(o)) return { ...base, max_length: o.rest ? 1000 : 100 };
  // A 12×12 matrix of fractions fits comfortably; Discord's own cap is 6,000.
  return { ...base, max_length: 4000 };
}

/** An attachment option standing in for matrix option `name_file` → `name`. */
function fileOptionJson(name: string): APIApplicationCommandBasicOption {
  const matrix = name.slice(0, -FILE_SUFFIX.length);
  return {
    type: ApplicationCommandOptionType.Attachment,
    name,
    description: translator('en')('discord.fileOption.description', { matrix }),
    description_localizations: localized(() => t('discord.fileOption.description', { matrix })),
    required: false,
  };
}

/** Discord's locale codes for each language the bot speaks (Spanish has two: Spain and Latin America). */
const DISCORD_LOCALES: Readonly<Record<Exclude<Locale, 'en' | 'qps'>, readonly string[]>> = {
  es: ['es-ES', 'es-419'],
  'pt-BR': ['pt-BR'],
  fr: ['fr'],
  de: ['de'],
};

/** A verb's description in each language (issue 21), cut at a word to Discord's 100 characters. */
export function descriptionLocalizations(spec: VerbSpec): Record<string, string> {
  return localized(() => describeVerb(spec));
}

/** A text (computed in each language the bot speaks) by Discord locale code, cut at a word to 100 characters. */
function localized(message: () => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [locale, codes] of Object.entries(DISCORD_LOCALES)) {
    const text = withLocale(locale as Locale, message);
    const fitted =
      text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).replace(/[\s,;:]+\S*$/, '')}…`;
    for (const code of codes) out[code] = fitted;
  }
  return out;
}

function subcommandJson(spec: VerbSpec): APIApplicationCommandSubcommandOption {
  // Discord requires required options before optional ones; the catalogue already orders them so.
  const files = fileOptionNames(spec);
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: spec.verb,
    description: subcommandDescription(spec),
    description_localizations: descriptionLocalizations(spec),
    options: [...spec.options.map((o) => optionJson(spec, o, files.length > 0)), ...files.map(fileOptionJson)],
  };
}

/** The one `/hadamard` command, as sent to `PUT /applications/{id}/commands`. */
export function hadamardCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: COMMAND_NAME,
    type: ApplicationCommandType.ChatInput,
    description: COMMAND_DESCRIPTION,
    description_localizations: localized(() => t('discord.command.description')),
    options: CATALOGUE.map(subcommandJson),
    integration_types: INTEGRATION_TYPES,
    contexts: CONTEXTS,
  };
}

/** "Hadamard this": a message command (no description, no options: Discord passes the message). */
export function hadamardThisCommand(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return {
    name: MESSAGE_COMMAND_NAME,
    type: ApplicationCommandType.Message,
    integration_types: INTEGRATION_TYPES,
    contexts: CONTEXTS,
  };
}

/** Everything `npm run discord:register` sends (a bulk overwrite: the list is the whole truth). */
export function discordCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [hadamardCommand(), hadamardThisCommand()];
}

/** Problems Discord would reject the JSON for (empty when valid). Used by the tests and register.ts. */
export function validateCommands(commands: RESTPostAPIApplicationCommandsJSONBody[]): string[] {
  const problems: string[] = [];
  const check = (where: string, name: string, description: string): void => {
    if (!NAME_RE.test(name)) problems.push(`${where}: name "${name}" is not a valid Discord name`);
    if (description.length < 1 || description.length > DESCRIPTION_MAX)
      problems.push(`${where}: description has ${description.length} characters (1–${DESCRIPTION_MAX})`);
  };
  const names = new Set<string>();
  for (const c of commands) {
    const key = `${c.type ?? ApplicationCommandType.ChatInput}:${c.name}`;
    if (names.has(key)) problems.push(`"${c.name}": two commands of one type with the same name`);
    names.add(key);
    if (c.type === ApplicationCommandType.Message || c.type === ApplicationCommandType.User) {
      if (c.name.length < 1 || c.name.length > MENU_NAME_MAX || c.name.trim() !== c.name)
        problems.push(`"${c.name}": a context-menu name has 1–${MENU_NAME_MAX} characters, no outer spaces`);
      if ('description' in c && c.description) problems.push(`"${c.name}": a context-menu command has no description`);
      if ('options' in c && c.options) problems.push(`"${c.name}": a context-menu command has no options`);
      continue;
    }
    if (c.type !== undefined && c.type !== ApplicationCommandType.ChatInput) {
      problems.push(`"${c.name}": unsupported command type ${String(c.type)}`);
      continue;
    }
    check(`/${c.name}`, c.name, c.description ?? '');
    const subs = c.options ?? [];
    if (subs.length > 25) problems.push(`/${c.name}: more than 25 subcommands`);
    for (const s of subs) {
      check(`/${c.name} ${s.name}`, s.name, s.description);
      const opts = 'options' in s && s.options ? s.options : [];
      if (opts.length > 25) problems.push(`/${c.name} ${s.name}: more than 25 options`);
      let seenOptional = false;
      for (const o of opts) {
        check(`/${c.name} ${s.name} ${o.name}`, o.name, o.description);
        const required = 'required' in o && o.required === true;
        if (required && seenOptional) problems.push(`/${c.name} ${s.name} ${o.name}: required after optional`);
        if (!required) seenOptional = true;
        const choices = 'choices' in o && Array.isArray(o.choices) ? o.choices : [];
        if (choices.length > 25) problems.push(`/${c.name} ${s.name} ${o.name}: more than 25 choices`);
      }
    }
  }
  return problems;
}
