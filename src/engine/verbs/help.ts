/** `help [verb]`: usage from the catalogue, with examples that work when pasted. */
import { UserError, quote } from '../errors.js';
import type { Section } from '../types.js';
import type { VerbModule, VerbSpec } from './module.js';
import type { VerbResult } from './result.js';
import { currentLocale, isMessageKey, t } from '../i18n/index.js';

/** A verb's one-line description in the current language (the spec's English when the catalogue lacks it). */
export function describeVerb(s: VerbSpec): string {
  const key = `verb.${s.verb}.description`;
  return isMessageKey(key) ? t(key) : s.description;
}

/** A verb's notes (`help <verb>`'s "How it works") in the current language. */
function verbNotes(s: VerbSpec): string | undefined {
  const key = `verb.${s.verb}.notes`;
  return isMessageKey(key) ? t(key) : s.notes;
}

/** An option's description (Discord's option text) in the current language. */
export function describeOption(s: VerbSpec, option: string): string {
  const key = `verb.${s.verb}.option.${option}`;
  return isMessageKey(key) ? t(key) : (s.options.find((o) => o.name === option)?.description ?? option);
}

/** How matrices are typed, and (outside English) that `.` stays the decimal point. */
function matrixSyntax(): string {
  return currentLocale() === 'en' ? t('help.matrixSyntax') : `${t('help.matrixSyntax')}\n${t('note.decimalPoint')}`;
}

/** The spec a word names: a verb or one of its aliases. */
export function specNamed(word: string, catalogue: readonly VerbSpec[]): VerbSpec | undefined {
  const w = word.toLowerCase();
  return catalogue.find((s) => s.verb === w) ?? catalogue.find((s) => s.aliases?.includes(w));
}

export function helpVerb(
  catalogue: readonly VerbSpec[],
  verb?: string,
): VerbResult<{ verb: string | null; examples: string[] }> {
  if (verb) {
    const s = specNamed(verb, catalogue);
    if (!s) throw new UserError('unknown_verb', t('help.noHelp', { word: quote(verb, 30) }));
    const examples = s.examples.map((e) => `/hadamard ${e}`);
    return {
      title: t('help.verbTitle', { verb: s.verb }),
      summary: `${s.usage} — ${describeVerb(s)}`,
      sections: [
        { heading: t('help.examples'), body: '```\n' + examples.join('\n') + '\n```' },
        ...(verbNotes(s) ? [{ heading: t('help.how'), body: verbNotes(s)! }] : []),
        { body: matrixSyntax() },
      ],
      data: { verb: s.verb, examples },
    };
  }
  const lines = catalogue.map((s) => `- \`${s.usage}\` — ${describeVerb(s)}`);
  const examples = catalogue.map((s) => `/hadamard ${s.examples[0]}`);
  const sections: Section[] = [
    { heading: t('help.verbs'), body: lines.join('\n') },
    { heading: t('help.try'), body: '```\n' + examples.join('\n') + '\n```' },
    { body: matrixSyntax() },
  ];
  return {
    title: t('help.title'),
    summary: t('help.summary'),
    sections,
    data: { verb: null, examples },
  };
}

const spec: VerbSpec = {
  verb: 'help',
  aliases: ['?', 'usage'],
  description: 'How to use the bot, with examples that work when pasted',
  usage: '/hadamard help [verb]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'verb',
      description: 'The verb to explain',
      required: false,
      // Filled in by the catalogue: every verb, in its order.
      choices: [],
    },
  ],
  examples: ['help', 'help schur'],
};

export default {
  spec,
  parseWords(words, { catalogue }) {
    const w = words
      .trim()
      .toLowerCase()
      .replace(/[^a-z?\- ]/g, '')
      .trim()
      .split(' ')[0];
    if (w === '') return {};
    const s = specNamed(w, catalogue);
    if (!s)
      throw new UserError(
        'unknown_verb',
        t('help.noHelpVerbs', { word: quote(w, 30), verbs: catalogue.map((c) => c.verb).join(', ') }),
      );
    return { topic: s.verb };
  },
  compute: (command, { catalogue }) => helpVerb(catalogue, command.topic),
} satisfies VerbModule<{ verb: string | null; examples: string[] }>;
