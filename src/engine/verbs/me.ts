/**
 * `me`: your own progress in this channel, privately: points and streak (the channel's board), accuracy per topic,
 * the misconceptions your wrong answers chose, and what to practise next, with a figure of accuracy by topic (a
 * study-group verb: the group service reads the store and fills `MeData`; the figure is drawn here).
 *
 * Args: `[]` (it takes no words).
 */
import type { MeData } from '../data.js';
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import { splitWords } from './group-words.js';
import type { VerbModule, VerbSpec } from './module.js';

const spec: VerbSpec = {
  verb: 'me',
  aliases: ['progress', 'mystats'],
  description: 'Your progress, privately: points, accuracy per topic, your misconceptions, what to practise',
  usage: '/hadamard me',
  grammar: { kind: 'words' },
  options: [],
  examples: ['me'],
  group: true,
};

export default {
  spec,
  parseWords(words) {
    const list = splitWords(words);
    if (list.length > 0)
      throw new UserError('bad_argument', t('me.noWords', { words: quote(list.join(' '), 30) }), t('me.noWordsHint'));
    return { args: [] };
  },
  async figures(data, options) {
    const { renderMeFigure } = await import('../render/me.js');
    return [await renderMeFigure(data, options)];
  },
} satisfies VerbModule<MeData>;
