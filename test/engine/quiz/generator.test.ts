/**
 * The quiz generator: determinism, the shape of every question (every topic × level over 300 seeds), and each right
 * answer re-derived by arithmetic written in this test (helpers.ts), never by the engine's verbs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_QUESTION_LENGTH,
  QUIZ_LEVELS,
  QUIZ_TOPICS,
  generateQuiz,
  seedDefaults,
  type QuizQuestion,
  type QuizTopic,
} from '../../../src/engine/quiz/index.js';
import { parseCommand, runText } from '../../../src/engine/index.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import {
  detQ,
  equalQ,
  hadamardQ,
  isPsdVerdict,
  kronQ,
  labelValue,
  matricesOf,
  mulQ,
  subscriptPair,
  sum,
  transposeQ,
  verdictByMinors,
  type Q,
} from './helpers.js';

const SEEDS = 300;

test('the same seed, topic and level give the same question, choices in the same order, answer and feedback', () => {
  for (const topic of QUIZ_TOPICS)
    for (const level of QUIZ_LEVELS)
      for (const seed of [0, 1, 42, 4294967295]) {
        const a = generateQuiz({ seed, topic, level });
        const b = generateQuiz({ seed, topic, level });
        assert.deepEqual(a, b, `${topic}/${level}/${seed}`);
        assert.equal(a.seed, seed);
        assert.equal(a.topic, topic);
        assert.equal(a.level, level);
      }
});

test('with no topic or level the seed picks them, and the question replays from its seed, topic and level', () => {
  const topics = new Set<string>();
  const levels = new Set<string>();
  for (let seed = 0; seed < 200; seed++) {
    const q = generateQuiz({ seed });
    assert.deepEqual(q, generateQuiz({ seed, topic: q.topic, level: q.level }));
    assert.deepEqual({ topic: q.topic, level: q.level }, seedDefaults(seed));
    // Giving one of them does not change the other.
    assert.equal(generateQuiz({ seed, topic: 'trace' }).level, q.level);
    assert.equal(generateQuiz({ seed, level: 'hard' }).topic, q.topic);
    topics.add(q.topic);
    levels.add(q.level);
  }
  assert.equal(topics.size, QUIZ_TOPICS.length, 'every topic comes up');
  assert.equal(levels.size, QUIZ_LEVELS.length, 'every level comes up');
});

test('different seeds give different questions', () => {
  for (const topic of QUIZ_TOPICS) {
    const texts = new Set(
      Array.from({ length: 40 }, (_, seed) => generateQuiz({ seed, topic, level: 'easy' }).question),
    );
    assert.ok(texts.size >= 30, `${topic}: ${texts.size} different questions in 40 seeds`);
  }
});

test('seeds, topics and levels out of range are refused', () => {
  for (const seed of [-1, 1.5, 2 ** 32, Number.NaN])
    assert.throws(() => generateQuiz({ seed }), RangeError, String(seed));
  assert.throws(() => generateQuiz({ seed: 1, topic: 'nope' as QuizTopic }), RangeError);
  assert.throws(() => generateQuiz({ seed: 1, level: 'extreme' as 'hard' }), RangeError);
});

/** The worked command's verb for each topic. */
const WORKED_VERB: Record<QuizTopic, readonly string[]> = {
  entry: ['product'],
  property: ['props', 'relate', 'product'],
  psd: ['psd'],
  schur: ['schur'],
  oppenheim: ['oppenheim'],
  trace: ['relate'],
  kronecker: ['relate'],
};

function checkShape(q: QuizQuestion): void {
  const where = `${q.topic}/${q.level}/${q.seed}`;
  assert.ok(q.choices.length >= 3 && q.choices.length <= 5, `${where}: ${q.choices.length} choices`);
  assert.deepEqual(
    q.choices.map((c) => c.id),
    ['a', 'b', 'c', 'd', 'e'].slice(0, q.choices.length),
    `${where}: ids a, b, c, … in order`,
  );
  const labels = q.choices.map((c) => c.label.replace(/\s+/g, ' ').trim().toLowerCase());
  assert.equal(new Set(labels).size, labels.length, `${where}: distinct labels ${labels.join(' | ')}`);
  for (const c of q.choices) assert.ok(c.label.length > 0 && c.label.length <= 75, `${where}: label ${c.label}`);
  assert.equal(q.choices.filter((c) => c.id === q.correct).length, 1, `${where}: exactly one right choice`);
  assert.deepEqual(Object.keys(q.feedback).sort(), q.choices.map((c) => c.id).sort(), `${where}: feedback per choice`);
  for (const c of q.choices) {
    const f = q.feedback[c.id];
    assert.ok(f.length > 20 && f.length <= 400 && !f.includes('\n'), `${where}: feedback ${c.id}: ${f}`);
    assert.equal(f.startsWith('Right'), c.id === q.correct, `${where}: "Right" only for the right choice: ${f}`);
  }
  assert.ok(q.question.length <= MAX_QUESTION_LENGTH, `${where}: ${q.question.length} characters`);
  assert.equal((q.question.match(/```/g) ?? []).length % 2, 0, `${where}: code fences balanced`);
  const sentences = q.explanation.split(/(?<=[.!?])\s+(?=[A-Z(])/).length;
  assert.ok(sentences >= 2 && sentences <= 5, `${where}: ${sentences} sentences: ${q.explanation}`);
  const all = [q.question, q.explanation, ...q.choices.map((c) => c.label), ...Object.values(q.feedback)].join(' ');
  assert.doesNotMatch(all, /undefined|NaN|Infinity|\[object|null/, `${where}: no leaked value`);
  const parsed = parseCommand(q.worked);
  assert.ok(parsed.ok, `${where}: worked parses: ${q.worked}`);
  assert.ok(WORKED_VERB[q.topic].includes(parsed.value.verb), `${where}: worked is ${parsed.value.verb}`);
}

const label = (q: QuizQuestion): string => q.choices.find((c) => c.id === q.correct)!.label;

/** The right answer, re-derived here from the question's own matrices (read from `worked`) and its words. */
function checkAnswer(q: QuizQuestion): void {
  const where = `${q.topic}/${q.level}/${q.seed}: ${q.worked}`;
  const mats = matricesOf(q.worked);
  const right = label(q);
  switch (q.topic) {
    case 'entry': {
      const [A, B] = mats;
      const [i, j] = subscriptPair(/\*\*\(A∘B\)(\S\S)\*\*/.exec(q.question)![1]);
      assert.ok(labelValue(right).equals(A[i - 1][j - 1].mul(B[i - 1][j - 1])), where);
      return;
    }
    case 'trace': {
      const [A, B] = mats;
      const frobenius = sum(A.flatMap((r, i) => r.map((x, j) => x.mul(B[i][j]))));
      // And tr(AᵀB) itself, the long way round.
      const AtB = mulQ(transposeQ(A), B);
      assert.ok(frobenius.equals(sum(AtB.map((r, k) => r[k]))), where);
      assert.ok(labelValue(right).equals(frobenius), where);
      return;
    }
    case 'kronecker': {
      const [A, B] = mats;
      const [m, n] = [A.length, A[0].length];
      const [i, j] = subscriptPair(/\*\*\(A∘B\)(\S\S) =/.exec(q.question)![1]);
      const [, r, c] = /^row (\d+), column (\d+)$/.exec(right)!.map(Number);
      assert.deepEqual([r, c], [(i - 1) * m + i, (j - 1) * n + j], where);
      assert.ok(kronQ(A, B)[r - 1][c - 1].equals(A[i - 1][j - 1].mul(B[i - 1][j - 1])), where);
      return;
    }
    case 'psd': {
      const v = verdictByMinors(mats[0]);
      const expected = {
        pd: 'Positive definite',
        psd: 'Positive semidefinite, but singular (not definite)',
        not_psd: 'Not positive semidefinite',
        not_symmetric: 'Not symmetric, so PSD does not apply',
      }[v];
      assert.equal(right, expected, where);
      return;
    }
    case 'schur': {
      const [A, B] = mats;
      const hypothesis = isPsdVerdict(verdictByMinors(A)) && isPsdVerdict(verdictByMinors(B));
      const product = isPsdVerdict(verdictByMinors(hadamardQ(A, B)));
      if (hypothesis) assert.ok(product, `Schur's theorem, checked by minors: ${where}`);
      const expected = hypothesis
        ? 'Yes, and the Schur product theorem guarantees it'
        : product
          ? 'Yes, but the theorem does not guarantee it here'
          : 'No, A∘B is not PSD';
      assert.equal(right, expected, where);
      return;
    }
    case 'oppenheim': {
      const [A, B] = mats;
      assert.ok(isPsdVerdict(verdictByMinors(A)) && isPsdVerdict(verdictByMinors(B)), `A, B PSD: ${where}`);
      const diag = (M: Q): Rational => M.reduce((p, r, k) => p.mul(r[k]), Rational.ONE);
      const detAB = detQ(hadamardQ(A, B));
      const boundA = detQ(A).mul(diag(B));
      const boundB = detQ(B).mul(diag(A));
      assert.ok(detAB.cmp(boundA) >= 0 && detAB.cmp(boundB) >= 0, `Oppenheim, checked by cofactors: ${where}`);
      if (q.question.includes('Which lower bound is larger?')) {
        const cmp = boundA.cmp(boundB);
        const expected =
          cmp > 0 ? 'det(A)·∏bᵢᵢ is larger' : cmp < 0 ? 'det(B)·∏aᵢᵢ is larger' : 'The two bounds are equal';
        assert.equal(right, expected, where);
      } else {
        assert.match(q.question, /How does \*\*det\(A∘B\)\*\* compare with the bound \*\*det\(A\)·∏bᵢᵢ\*\*/);
        const expected = detAB.equals(boundA) ? 'det(A∘B) = det(A)·∏bᵢᵢ: equality' : 'det(A∘B) > det(A)·∏bᵢᵢ: strict';
        assert.equal(right, expected, where);
      }
      return;
    }
    case 'property': {
      const [A, B, C] = mats;
      const statement = /is \*\*(.+?)\*\*/.exec(q.question)![1];
      const J = A.map((r) => r.map(() => Rational.ONE));
      const I = A.map((r, i) => r.map((_, j) => Rational.of(i === j ? 1 : 0)));
      const add = (x: Q, y: Q): Q => x.map((r, i) => r.map((v, j) => v.add(y[i][j])));
      let holds: boolean;
      let always: boolean;
      switch (statement) {
        case 'A∘B = B∘A':
          [holds, always] = [equalQ(hadamardQ(A, B), hadamardQ(B, A)), true];
          break;
        case 'A∘J = A':
          [holds, always] = [equalQ(hadamardQ(A, J), A), true];
          break;
        case '(A∘B)ᵀ = Aᵀ∘Bᵀ':
          [holds, always] = [equalQ(transposeQ(hadamardQ(A, B)), hadamardQ(transposeQ(A), transposeQ(B))), true];
          break;
        case 'A∘(B+C) = A∘B + A∘C':
          [holds, always] = [equalQ(hadamardQ(A, add(B, C)), add(hadamardQ(A, B), hadamardQ(A, C))), true];
          break;
        case '(A∘B)∘C = A∘(B∘C)':
          [holds, always] = [equalQ(hadamardQ(hadamardQ(A, B), C), hadamardQ(A, hadamardQ(B, C))), true];
          break;
        case 'A∘I = A':
          [holds, always] = [equalQ(hadamardQ(A, I), A), false];
          break;
        case 'A∘B = AB':
          [holds, always] = [equalQ(hadamardQ(A, B), mulQ(A, B)), false];
          break;
        case 'A∘A = AA':
          [holds, always] = [equalQ(hadamardQ(A, A), mulQ(A, A)), false];
          break;
        default:
          throw new Error(`unknown statement ${statement}`);
      }
      if (always) assert.ok(holds, `an identity of ∘ fails?! ${where}`);
      const expected = always
        ? 'True for all matrices of this shape'
        : holds
          ? 'True here, but not for all matrices'
          : 'False here';
      assert.equal(right, expected, `${statement}: ${where}`);
      return;
    }
  }
}

for (const topic of QUIZ_TOPICS)
  test(`${topic}: ${SEEDS} seeds at each level: well-formed, and the right answer re-derived independently`, () => {
    for (const level of QUIZ_LEVELS)
      for (let seed = 0; seed < SEEDS; seed++) {
        const q = generateQuiz({ seed, topic, level });
        checkShape(q);
        checkAnswer(q);
      }
  });

test('levels change sizes and numbers: easy 2×2 small integers, medium up to 3×3 with negatives, hard 3×3/4×4 fractions', () => {
  for (const topic of QUIZ_TOPICS) {
    const stats = QUIZ_LEVELS.map((level) => {
      const mats = Array.from({ length: 60 }, (_, seed) => matricesOf(generateQuiz({ seed, topic, level }).worked));
      const all = mats.flat();
      return {
        sides: new Set(all.map((m) => m.length)),
        negative: all.some((m) => m.some((r) => r.some((x) => x.sign() < 0))),
        fraction: all.some((m) => m.some((r) => r.some((x) => !x.isInteger()))),
      };
    });
    const [easy, medium, hard] = stats;
    assert.deepEqual([...easy.sides], [2], `${topic}: easy is 2×2`);
    if (topic !== 'psd') assert.ok(!easy.fraction, `${topic}: easy has no fractions`);
    assert.ok(
      [...medium.sides].every((s) => s === 2 || s === 3),
      `${topic}: medium is 2×2 or 3×3`,
    );
    assert.ok(medium.negative, `${topic}: medium has negatives`);
    assert.ok(
      [...hard.sides].every((s) => s === 3 || s === 4),
      `${topic}: hard is 3×3 or 4×4`,
    );
    assert.ok(hard.fraction, `${topic}: hard has fractions`);
  }
});

test('every worked command runs and succeeds through runText, with its verb', async () => {
  for (const topic of QUIZ_TOPICS)
    for (const level of QUIZ_LEVELS)
      for (let seed = 0; seed < 40; seed++) {
        const q = generateQuiz({ seed, topic, level });
        const r = await runText(q.worked, { figures: false });
        assert.ok(r.ok, `${topic}/${level}/${seed}: ${q.worked}: ${JSON.stringify(r)}`);
        assert.ok(WORKED_VERB[topic].includes(r.verb));
        assert.equal(r.data.exact, true, 'exact arithmetic');
      }
});
