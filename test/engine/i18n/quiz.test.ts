// The quiz in every language (issue 21): a question of every topic and level, its choices, feedback, misconceptions,
// explanation and worked command come from the catalogue (no English left in the pseudo-locale), a translated question
// is the same question (same choices, same right one, same worked command), the verbs' errors are translated, and
// English reads as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withLocale, type Locale } from '../../../src/engine/i18n/index.js';
import { parseCommand } from '../../../src/engine/index.js';
import {
  MAX_LABEL,
  QUIZ_LEVELS,
  QUIZ_TOPICS,
  generateQuiz,
  type QuizQuestion,
} from '../../../src/engine/quiz/index.js';
import { MISCONCEPTIONS, misconceptionLabel } from '../../../src/engine/quiz/misconceptions.js';
import { englishLeaks } from './helpers.js';

const SEEDS = 8;

function inLocale(locale: Locale, seed: number, topic: QuizQuestion['topic'], level: QuizQuestion['level']) {
  return withLocale(locale, () => generateQuiz({ seed, topic, level }));
}

/** Every word a question shows: the question, the choices, each feedback, each misconception, the explanation. */
function words(q: QuizQuestion): string {
  return [
    q.question,
    ...q.choices.map((c) => c.label),
    ...Object.values(q.feedback),
    ...Object.values(q.misconceptions).map((m) => m.label),
    q.explanation,
  ]
    .join('\n')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '');
}

test('pseudo-locale: every word of a question of every topic and level comes from the catalogue', () => {
  for (const topic of QUIZ_TOPICS)
    for (const level of QUIZ_LEVELS)
      for (let seed = 0; seed < SEEDS; seed++) {
        const q = inLocale('qps', seed, topic, level);
        assert.deepEqual(englishLeaks(words(q)), [], `${topic}/${level}/${seed}: English outside the catalogue`);
      }
});

test('a translated question is the same question: choices, right one, worked command, misconception ids', () => {
  for (const locale of ['es', 'pt-BR', 'fr', 'de', 'qps'] as const)
    for (const topic of QUIZ_TOPICS)
      for (const level of QUIZ_LEVELS)
        for (let seed = 0; seed < SEEDS; seed++) {
          const en = generateQuiz({ seed, topic, level });
          const q = inLocale(locale, seed, topic, level);
          const where = `${locale} ${topic}/${level}/${seed}`;
          assert.deepEqual(
            q.choices.map((c) => c.id),
            en.choices.map((c) => c.id),
            where,
          );
          assert.equal(q.correct, en.correct, where);
          assert.equal(q.worked, en.worked, where);
          assert.deepEqual(
            Object.fromEntries(Object.entries(q.misconceptions).map(([k, m]) => [k, m.id])),
            Object.fromEntries(Object.entries(en.misconceptions).map(([k, m]) => [k, m.id])),
            where,
          );
          // Buttons: every label fits (Slack's 75 characters), in every language.
          for (const c of q.choices) assert.ok(c.label.length <= MAX_LABEL, `${where}: ${c.label}`);
          if (locale !== 'qps') assert.notEqual(q.explanation, en.explanation, `${where}: explanation translated`);
        }
});

test('every misconception label is in the catalogue; English labels are unchanged', () => {
  for (const [id, label] of Object.entries(MISCONCEPTIONS)) {
    assert.equal(misconceptionLabel(id), label, id);
    const pseudo = withLocale('qps', () => misconceptionLabel(id));
    assert.match(pseudo, /^\[.*\]$/, `${id}: ${pseudo}`);
    for (const locale of ['es', 'pt-BR', 'fr', 'de'] as const)
      assert.notEqual(
        withLocale(locale, () => misconceptionLabel(id)),
        label,
        `${locale} ${id}`,
      );
  }
  assert.equal(
    withLocale('es', () => misconceptionLabel('entry.from-a-newer-bot')),
    'entry.from-a-newer-bot',
  );
});

test('each language uses its terms', () => {
  const expected: Record<string, { schur: RegExp; psd: RegExp; opp: RegExp; trace: RegExp }> = {
    es: {
      schur: /teorema del producto de Schur/,
      psd: /semidefinida positiva/i,
      opp: /desigualdad de Oppenheim/i,
      trace: /traza/i,
    },
    'pt-BR': {
      schur: /teorema do produto de Schur/,
      psd: /semidefinida positiva/i,
      opp: /desigualdade de Oppenheim/i,
      trace: /traço/i,
    },
    fr: {
      schur: /théorème du produit de Schur/,
      psd: /semi-définie positive/i,
      opp: /inégalité d’Oppenheim/i,
      trace: /trace/i,
    },
    de: { schur: /Schur-Produktsatz/, psd: /positiv semidefinit/i, opp: /Oppenheim-Ungleichung/, trace: /Spur/ },
  };
  for (const [locale, terms] of Object.entries(expected)) {
    const all = (topic: QuizQuestion['topic']): string =>
      Array.from({ length: SEEDS }, (_, seed) => words(inLocale(locale as Locale, seed, topic, 'medium'))).join('\n');
    assert.match(all('schur'), terms.schur, locale);
    assert.match(all('psd'), terms.psd, locale);
    assert.match(all('oppenheim'), terms.opp, locale);
    assert.match(all('trace'), terms.trace, locale);
  }
});

test('English questions read as before (spot checks)', () => {
  const q = generateQuiz({ seed: 42, topic: 'schur', level: 'easy' });
  assert.deepEqual(
    q.choices.map((c) => c.label),
    [
      'Yes, and the Schur product theorem guarantees it',
      'Yes, but the theorem does not guarantee it here',
      'No, A∘B is not PSD',
      'No: A or B is not PSD, so A∘B cannot be PSD',
    ],
  );
  assert.match(q.question, /^\*\*Schur product theorem\.\*\*\n/);
  assert.match(q.question, /Is \*\*A∘B\*\* positive semidefinite, and does the Schur product theorem promise it\?$/);
  const e = generateQuiz({ seed: 7, topic: 'entry', level: 'easy' });
  assert.match(e.question, /What is \*\*\(A∘B\)₁₂\*\*, the entry in row 1, column 2 of A∘B\?|What is \*\*\(A∘B\)/);
  assert.match(e.explanation, /The Hadamard product multiplies the two entries in the same place and nothing else/);
  const p = generateQuiz({ seed: 3, topic: 'property', level: 'medium' });
  assert.match(p.question, /^\*\*True or false\?\*\*/);
  assert.match(p.question, /For (this matrix|these matrices), is /);
  assert.match(p.explanation, /The worked answer checks it entry by entry, exactly\.$/);
});

test('the quiz words: errors in the asker’s language, English unchanged', () => {
  const cases = ['quiz nonsense', 'quiz seed:x', 'quiz schur trace', 'quiz easy hard', 'quiz 1 seed:2'];
  for (const text of cases) {
    const en = parseCommand(`/hadamard ${text}`);
    assert.equal(en.ok, false, text);
    const qps = parseCommand(`/hadamard ${text}`, { locale: 'qps' });
    assert.equal(qps.ok, false, text);
    if (!qps.ok) {
      assert.deepEqual(englishLeaks(`${qps.message}\n${qps.hint}`), [], `${text}: ${qps.message} / ${qps.hint}`);
    }
    const es = parseCommand(`/hadamard ${text}`, { locale: 'es' });
    if (!es.ok && !en.ok) assert.notEqual(es.message, en.message, text);
  }
  for (const text of ['answer', 'answer q7k2m9 b c', 'answer q7k2m9', 'answer q7k2m9 zz', 'answer nope b', 'reveal']) {
    const qps = parseCommand(`/hadamard ${text}`, { locale: 'qps' });
    assert.equal(qps.ok, false, text);
    if (!qps.ok) assert.deepEqual(englishLeaks(`${qps.message}\n${qps.hint}`), [], `${text}: ${qps.message}`);
  }
  const en = parseCommand('/hadamard quiz nonsense');
  assert.ok(!en.ok && /is not a quiz topic or level; topics are entry, property, psd/.test(en.message));
  const de = parseCommand('/hadamard reveal a b', { locale: 'de' });
  assert.ok(!de.ok && /reveal nimmt eine Quiz-ID/.test(de.message));
});
