// props and relate in every language (issue 21): every word of their answers, LaTeX, figure (the text drawn on the
// canvas, not only the alt text) comes from the catalogue; each language says the standard terms; English is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanvas } from '@napi-rs/canvas';
import {
  answerToText,
  parseCommand,
  run,
  runText,
  type Answer,
  type Attachment,
  type RunOptions,
} from '../../../src/engine/index.js';
import { withLocale, type Locale } from '../../../src/engine/i18n/index.js';
import { propsLatex, propsSummary } from '../../../src/engine/verbs/props.js';
import { relateLatex } from '../../../src/engine/verbs/relate.js';
import { renderRelateFigure } from '../../../src/engine/render/relate.js';
import { heatmap } from '../../../src/engine/render/matrix.js';
import { withCardWidth } from '../../../src/engine/render/width.js';
import type { PropsData, RelateData } from '../../../src/engine/data.js';
import { relate2 } from '../render/fixtures.js';
import { answer, englishLeaks } from './helpers.js';

/** Every string drawn on a canvas while `fn` runs (the figures' words, split as the layout draws them). */
async function drawnText<T>(fn: () => Promise<T>): Promise<{ value: T; drawn: string }> {
  const proto = Object.getPrototypeOf(createCanvas(1, 1).getContext('2d')) as {
    fillText: (text: string, ...rest: unknown[]) => void;
  };
  const original = proto.fillText;
  const drawn: string[] = [];
  proto.fillText = function (this: unknown, text: string, ...rest: unknown[]) {
    drawn.push(text);
    return original.call(this, text, ...rest);
  };
  try {
    return { value: await fn(), drawn: drawn.join(' ') };
  } finally {
    proto.fillText = original;
  }
}

/** A 50×50 gray PNG: 2 × 2,500 digits is past the exact budget, so it computes in floating point. */
function image(name: string, level: (x: number, y: number) => number): Attachment {
  const canvas = createCanvas(50, 50);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(50, 50);
  for (let y = 0; y < 50; y++)
    for (let x = 0; x < 50; x++) {
      const v = level(x, y);
      img.data.set([v, v, v, 255], 4 * (y * 50 + x));
    }
  ctx.putImageData(img, 0, 0);
  return { name, bytes: canvas.encodeSync('png') };
}
const FILES = [image('a.png', (x, y) => (5 * x + 3 * y) % 256), image('b.png', (x, y) => (7 * x + 11 * y) % 256)];

async function reply(text: string, locale: string, options: RunOptions = {}): Promise<Answer> {
  const c = parseCommand(text, { attachments: text.includes('@') ? FILES : [], locale });
  assert.ok(c.ok, text);
  const r = await run(c.value, { ...options, locale });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r).slice(0, 300)}`);
  return r as Answer;
}

/** The words inside LaTeX's \text{…}: in the pseudo-locale each is a bracketed catalogue message. */
function latexWords(latex: string): string[] {
  return [...latex.matchAll(/\\text\{((?:[^{}]|\{\})*)\}/g)].map((m) => m[1]);
}

// Every path of the two verbs that a command reaches: props without C, with C, on a non-square shape, undecided on
// certified values, in floating point from files; relate on a square pair, diagonal pair, vectors, a 2×3 pair (AB
// undefined), a 4×4 pair (A⊗B as coloured squares), a 5×5 pair (A⊗B too large to keep), fractions at a phone's width
// (the "pick the tinted entries" line stacked), certified values, and 50×50 images (floating point, the top-left
// corner of A⊗B drawn).
const CASES: [string, RunOptions?][] = [
  ['props [[1,2],[3,4]] [[5,6],[7,8]]'],
  ['props [[1,2,3],[4,5,6]] [[1/2,0,-1],[2,2,2]] [[1,1,1],[0,0,0]]'],
  ['props [[exp(sqrt(2))]] [[log(3)]] [[sin(1)]]'],
  ['props @1 @2 @1'],
  ['relate [[1,2],[3,4]] [[5,6],[7,8]]'],
  ['relate diag(1,2,3) diag(4,5,6)'],
  ['relate [1 2 3] [4 5 6]'],
  ['relate [[1,2,3],[4,5,6]] [[1,0,1],[2,2,2]]'],
  ['relate hilbert(4) pascal(4)'],
  ['relate pascal(5) hilbert(5)', { figureWidth: 376 }],
  ['relate [[1/3,2/7],[3/11,4/13]] [[5/17,6/19],[7/23,8/29]]', { figureWidth: 376 }],
  ['relate [[exp(sqrt(2)), log(3)],[sin(1), 2]] [[1, pi],[e, exp(-1)]]'],
  ['relate @1 @2'],
];

test('props and relate are translated verbs', () => {});

test('pseudo-locale: every word of props and relate (text, LaTeX, figure, alt text) comes from the catalogue', async () => {
  for (const [c, options] of CASES) {
    const { value: a, drawn } = await drawnText(() => reply(c, 'qps', options));
    assert.deepEqual(englishLeaks(a), [], `${c}: English outside the catalogue`);
    // Words without a function word ("Checked entry by entry") are caught by their brackets: each is one message.
    for (const s of [a.title, a.summary, ...a.sections.map((x) => x.heading ?? '[]'), ...a.figures.map((f) => f.alt)])
      assert.match(s, /^\[.*\]$/, `${c}: ${s}`);
    assert.deepEqual(englishLeaks(drawn), [], `${c}: English drawn in the figure`);
    const words = latexWords(a.data.latex as string);
    assert.ok(words.length > 0, `${c}: LaTeX has words`);
    for (const w of words) assert.match(w, /^\[.*\]$/, `${c}: LaTeX \\text{${w}}`);
    if (c.startsWith('relate')) assert.ok(drawn.includes('['), `${c}: the figure's words are drawn`);
  }
});

test('pseudo-locale: the paths no command reaches (a failed or undecided identity) come from the catalogue', async () => {
  await withLocale('qps', async () => {
    // A property that fails: impossible unless the engine is wrong, and then the answer says so in the asker's words.
    const values = { commutative: true, associative: null, distributive: null, identity: false, transpose: true };
    assert.deepEqual(englishLeaks(propsSummary(values, [], false)), []);
    assert.deepEqual(englishLeaks(propsSummary({ ...values, identity: true }, ['transpose'], true)), []);
    const d: PropsData = { ...values, labels: ['A', 'B'], exact: true, undecided: ['transpose'] };
    for (const w of latexWords(propsLatex(d, []))) assert.match(w, /^\[.*\]$/);
    // relate with an undecided trace identity and Kronecker check, and a failed diagonal check.
    const open: RelateData = {
      ...relate2,
      traceIdentity: { ...relate2.traceIdentity, equal: null },
      kronecker: { ...relate2.kronecker, equal: null },
      diagonal: { applies: true, equal: false, ordinary: relate2.product },
      undecided: ['the trace identity', 'an equality'],
    };
    for (const width of [undefined, 376]) {
      const { value: fig, drawn } = await drawnText(() =>
        width ? withCardWidth(width, () => renderRelateFigure(open)) : renderRelateFigure(open),
      );
      assert.deepEqual(englishLeaks(fig.alt), [], fig.alt);
      assert.deepEqual(englishLeaks(drawn), [], drawn);
    }
    for (const w of latexWords(relateLatex(open))) assert.match(w, /^\[.*\]$/);
  });
});

test('each language: the standard terms, in the text, the LaTeX and the figure', async () => {
  const expected: Record<Exclude<Locale, 'en' | 'qps'>, RegExp[]> = {
    es: [
      /Conmutatividad/,
      /Asociatividad/,
      /Distributividad/,
      /Transpuesta/,
      /matriz de unos/,
      /Identidad de la traza/,
      /producto de Kronecker/,
      /matrices diagonales/,
      /\\text\{\(se cumple\)\}/,
    ],
    'pt-BR': [
      /Comutatividade/,
      /Associatividade/,
      /Distributividade/,
      /Transposta/,
      /matriz de uns/,
      /Identidade do traço/,
      /produto de Kronecker/,
      /matrizes diagonais/,
      /\\text\{\(vale\)\}/,
    ],
    fr: [
      /Commutativité/,
      /Associativité/,
      /Distributivité/,
      /Transposée/,
      /Élément neutre/,
      /Identité de la trace/,
      /produit de Kronecker/,
      /matrices diagonales/,
      /\\text\{\(vérifiée\)\}/,
    ],
    de: [
      /Kommutativität/,
      /Assoziativität/,
      /Distributivität/,
      /Transponierte/,
      /Neutrales Element/,
      /Spur-Identität/,
      /Kronecker-Produkt/,
      /Diagonalmatrizen/,
      /\\text\{\(gilt\)\}/,
    ],
  };
  const commands = ['props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]', 'relate diag(1,2,3) diag(4,5,6)'];
  const english = await Promise.all(commands.map((c) => answer(c)));
  for (const [locale, patterns] of Object.entries(expected)) {
    const answers = await Promise.all(commands.map((c) => answer(c, locale)));
    const all = answers.map((a) => `${answerToText(a)}\n${a.data.latex}\n${a.figures.map((f) => f.alt)}`).join('\n');
    for (const p of patterns) assert.match(all, p, `${locale}: ${p}`);
    answers.forEach((a, k) => {
      // The mathematics is the same: the data (but its LaTeX words), the matrices, the numbers.
      const { latex: _l, ...data } = a.data;
      const { latex: _e, ...englishData } = english[k].data;
      assert.deepEqual(data, englishData, `${locale}: ${commands[k]} data`);
      assert.notEqual(a.title, english[k].title, `${locale}: title`);
    });
    const figure = answers[1].figures[0];
    assert.notEqual(figure.alt, english[1].figures[0].alt, `${locale}: alt text`);
    assert.doesNotMatch(figure.alt, /\b(the|is|and|of)\b/, `${locale}: alt text ${figure.alt}`);
    assert.ok(!figure.png.equals(english[1].figures[0].png), `${locale}: the figure's words`);
  }
});

test('English is unchanged', async () => {
  const props = await answer('props [[1,2],[3,4]] [[5,6],[7,8]]');
  assert.equal(
    answerToText(props),
    [
      'Algebraic properties',
      '',
      'All 3 properties hold on these matrices (give a third matrix C to check associativity and distributivity too).',
      '',
      '  A         B',
      '  ⎡ 1  2 ⎤  ⎡ 5  6 ⎤',
      '  ⎣ 3  4 ⎦  ⎣ 7  8 ⎦',
      '',
      'Checked entry by entry',
      '- Commutativity: A∘B = B∘A  ✓ holds',
      '- Associativity: (A∘B)∘C = A∘(B∘C)  – (needs a third matrix C)',
      '- Distributivity: A∘(B+C) = A∘B + A∘C  – (needs a third matrix C)',
      '- Identity: A∘J = A with J the 2×2 all-ones matrix  ✓ holds',
      '- Transpose: (A∘B)ᵀ = Aᵀ∘Bᵀ  ✓ holds',
      '',
      'Why: each entry of a Hadamard product is an ordinary product of numbers, so the rules of real multiplication (commutative, associative, distributive over +, with 1 as identity) hold in every position at once; J has a 1 in every position.',
      '',
      'Exact rational arithmetic: every verdict above is decided exactly.',
    ].join('\n'),
  );
  const undecided = await answer('props [[exp(sqrt(2))]] [[log(3)]] [[sin(1)]]');
  assert.equal(
    undecided.summary,
    '4 of 5 properties proved on these matrices; distributive undecided (certified values that agree to 1,000 digits).',
  );
  // The LaTeX of an undecided identity says so (it said "needs a third matrix C", with C given).
  assert.match(
    undecided.data.latex as string,
    /A \\circ \(B \+ C\) = A \\circ B \+ A \\circ C \\quad \\text\{\(undecided: both sides agree to 1,000 digits\)\}/,
  );
  const relate = await answer('relate diag(1,2,3) diag(4,5,6)');
  assert.equal(relate.title, 'Relations to the ordinary product');
  assert.equal(
    relate.summary,
    'tr(AᵀB) = 1ᵀ(A∘B)1 = 32; A∘B sits inside A⊗B at rows/cols 1,5,9 / 1,5,9; diagonal, so A∘B = AB.',
  );
  assert.deepEqual(
    relate.sections.map((s) => s.heading ?? ''),
    ['', 'Trace identity (Frobenius inner product)', 'Diagonal case', 'Inside the Kronecker product', ''],
  );
  assert.equal(
    relate.sections[2].body,
    'A and B are both diagonal, so A∘B = AB = [[4,0,0],[0,10,0],[0,0,18]] ✓ — a rare case where the two products agree.',
  );
  assert.equal(
    relate.sections[3].body,
    'A∘B is the submatrix of A⊗B (9×9) at rows 1, 5, 9 and columns 1, 5, 9: the entry of A⊗B in row (i−1)·3+i, column (j−1)·3+j is aᵢⱼ·bᵢⱼ ✓.',
  );
  assert.equal(
    relate.figures[0].alt,
    'Relations of the Hadamard product for 3×3 matrices A and B. The 9×9 Kronecker product A⊗B is drawn with the entries in rows 1, 5, 9 and columns 1, 5, 9 highlighted; together they form A∘B, as checked. Trace identity: tr(AᵀB) = 32 and the sum of the entries of A∘B = 32, equal. Both are diagonal, so A∘B = AB.',
  );
  assert.match(relate.data.latex as string, /\\text\{\(both diagonal\)\}/);
  assert.match(relate.data.latex as string, /\\text\{\(rows, columns of the Kronecker product\)\}/);
  const files = await reply('relate @1 @2', 'en');
  assert.match(answerToText(files), / Equalities are checked up to rounding error \(8·m·n·ε of the sizes summed\)\./);
  assert.match(answerToText(files), / \(A⊗B is too large to draw; the indices are checked all the same\.\)/);
});

test('a shape mismatch answers in the asker’s language', async () => {
  // requireSameShape (verbs/operands.ts) and the error hints (errors.ts), shared by every matrix verb.
  for (const c of ['props [[1,2]] [[1],[2]]', 'relate [[1,2]] [[1],[2]]', 'props [[1,2]] [[3,4]] [[1],[2]]']) {
    const r = await runText(c, { locale: 'qps' });
    assert.ok(!r.ok);
    if (!r.ok) assert.deepEqual(englishLeaks(`${r.message}\n${r.hint}`), [], c);
  }
});

test('the note on files answers in the asker’s language', async () => {
  const a = await reply('relate @1 @2', 'qps');
  assert.deepEqual(englishLeaks(a), []);
  assert.match(answerToText(await reply('relate @1 @2', 'de')), /Aus Dateien: A ist /);
});

test('the heatmap legend of a wide-ranging matrix says "log scale" in the asker’s language', async () => {
  // Heatmaps are drawn for files past 12×12; the legend is the same function for every figure.
  const wide = [
    [1, 1e-6],
    [1e6, 2],
  ];
  const draw = (l: Locale) =>
    drawnText(async () => withLocale(l, () => heatmap(wide).draw(createCanvas(400, 400).getContext('2d'), 0, 0)));
  assert.match((await draw('en')).drawn, /log scale/);
  const { drawn } = await draw('de');
  assert.match(drawn, /log\. Skala/);
  assert.doesNotMatch(drawn, /log scale/);
});
