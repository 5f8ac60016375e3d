/**
 * The pseudo-locale end-to-end runs' commands and their check (issue 21), shared by the Slack and Discord runs
 * (pseudo-locale.test.ts, pseudo-locale-discord.test.ts: one process each; Bolt and discord.js in one process break
 * each other's fetch).
 */
import { CATALOGUE } from '../../src/engine/index.js';
import { TOPICS } from '../../src/engine/verbs/explain.js';

/** English function words, outside code spans, fences, mentions, links, matrices and the pseudo-locale's brackets. */
export function leaks(texts: string[]): string[] {
  const plain = /\b(the|is|and|of|with|for|are|not|so|to|your|this|that|in|on)\b/;
  return texts
    .join('\n')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .filter((l) => l.trim() && !/^\s*[⎡⎢⎣[(]/.test(l))
    .filter((l) => plain.test(l.replace(/\[[^\]]*\]/g, '')));
}

const MISTAKES = [
  'psd [[1,2],[3]]',
  '[[1,2],[3,4]] [[1,2,3]]',
  'schur [[1,2],[2,1]]',
  'frobnicate [[1]]',
  'psd [[1,2],[2,x]]',
  'psd [[1,2,3],[4,5,6]]',
  'oppenheim [[1,2],[3,4]] [[1,0],[0,1]]',
  'apply sparkle',
  'explain nothing',
  'help nothing',
  'quiz astrology',
  'answer zzzzzz b',
  'settings colour purple',
  'schedule sometimes quiz',
  '[[1/0]] [[1]]',
  '[[' + '9'.repeat(400) + ']] [[1]]',
];

export const corpus: string[] = [
  ...CATALOGUE.flatMap((s) => s.examples),
  'help',
  ...CATALOGUE.map((s) => `help ${s.verb}`),
  'explain',
  ...TOPICS.map((t) => `explain ${t}`),
  ...MISTAKES,
];
