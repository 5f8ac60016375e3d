/**
 * Shared by the language tests (issue 21): run a command in a language, and find the English words of an answer
 * that did not come from the catalogue (in the pseudo-locale `qps` every message is accented and in brackets, so a
 * plain English function word is text that bypassed it).
 */
import assert from 'node:assert/strict';
import { runText, type Answer, type RunOptions } from '../../../src/engine/index.js';

export async function answer(text: string, locale?: string, options: RunOptions = {}): Promise<Answer> {
  const r = await runText(text, { ...options, locale });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r).slice(0, 300)}`);
  return r as Answer;
}

/** Lines of an answer's words, without code (fenced or inline), matrices, or the asker's labels. */
export function prose(a: Answer): string[] {
  const text = [
    a.title,
    a.summary,
    ...a.sections.flatMap((s) => [s.heading ?? '', s.body]),
    ...a.figures.map((f) => f.alt),
  ]
    .join('\n')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '');
  // A matrix's lines (⎡ 1 2 ⎤, [[1,2],[3,4]], [1, 2]); not a pseudo-locale message, which starts with "[" too.
  return text.split('\n').filter((l) => l.trim() && !/^\s*(?:[⎡⎢⎣]|\[\s*\[|\[\s*[-−\d])/.test(l));
}

/** English function words left plain (outside the pseudo-locale's brackets). */
export const PLAIN_ENGLISH = /\b(the|is|and|of|with|for|are|not|so|to)\b/;

/** The lines of `text` (or of an answer's prose) with English that bypassed the catalogue. */
export function englishLeaks(a: Answer | string): string[] {
  const lines = typeof a === 'string' ? a.split('\n') : prose(a);
  return lines.filter((l) => PLAIN_ENGLISH.test(l.replace(/\[[^\]]*\]/g, '')));
}
