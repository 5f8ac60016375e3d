/** `explain [topic]`: the theory, in our own words, for a second-year student. */
import type { VerbResult } from './result.js';
import type { Section } from '../types.js';
import { UserError, quote } from '../errors.js';
import type { VerbModule, VerbSpec } from './module.js';
import { t } from '../i18n/index.js';

/** Topics of `explain`. */
export const TOPICS = ['definition', 'properties', 'schur', 'oppenheim', 'relations', 'applications'] as const;
export type Topic = (typeof TOPICS)[number];

/** A topic's title, one-line summary and body, in the current language. */
function topicText(topic: Topic): { title: string; summary: string; body: string } {
  return {
    title: t(`explain.${topic}.title`),
    summary: t(`explain.${topic}.summary`),
    body: t(`explain.${topic}.body`),
  };
}

const ORDER: readonly Topic[] = TOPICS;

export function explainVerb(topic?: string): VerbResult<{ topic: string; topics: readonly string[] }> {
  if (topic && (ORDER as string[]).includes(topic)) {
    const text = topicText(topic as Topic);
    return {
      title: text.title,
      summary: text.summary,
      sections: [{ body: text.body }, { body: t('explain.more', { topics: ORDER.join(', ') }) }],
      data: { topic, topics: ORDER },
    };
  }
  const sections: Section[] = ORDER.map((k) => ({ heading: topicText(k).title, body: topicText(k).summary }));
  sections.push({ body: t('explain.overview.more', { topics: ORDER.join(', ') }) });
  return {
    title: t('explain.overview.title'),
    // Not the definition's summary: it is the first idea below, and would be read twice.
    summary: t('explain.overview.summary'),
    sections,
    data: { topic: 'overview', topics: ORDER },
  };
}

/** Words that name a topic (the first word after `explain` decides; `all` is the overview). */
const TOPIC_WORDS: Record<string, Topic | ''> = {
  definition: 'definition',
  define: 'definition',
  def: 'definition',
  properties: 'properties',
  props: 'properties',
  algebra: 'properties',
  schur: 'schur',
  psd: 'schur',
  oppenheim: 'oppenheim',
  hadamard: 'oppenheim',
  relations: 'relations',
  relate: 'relations',
  relation: 'relations',
  kronecker: 'relations',
  trace: 'relations',
  applications: 'applications',
  application: 'applications',
  uses: 'applications',
  all: '',
};

const spec: VerbSpec = {
  verb: 'explain',
  aliases: ['explanation'],
  description: 'The theory, for a second-year student: definition, schur, oppenheim, applications…',
  usage: '/hadamard explain [topic]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'topic',
      description: 'definition, properties, schur, oppenheim, relations or applications',
      required: false,
      choices: TOPICS,
    },
  ],
  examples: ['explain', 'explain schur', 'explain applications'],
};

export default {
  spec,
  parseWords(words) {
    const word = words
      .trim()
      .toLowerCase()
      .replace(/[^a-z? ]/g, '')
      .trim();
    if (word === '') return {};
    const topic = TOPIC_WORDS[word.split(' ')[0]];
    if (topic === undefined)
      throw new UserError('unknown_topic', t('explain.unknown', { word: quote(word, 30), topics: TOPICS.join(', ') }));
    return topic === '' ? {} : { topic };
  },
  compute: (command) => explainVerb(command.topic),
} satisfies VerbModule<{ topic: string; topics: readonly string[] }>;
