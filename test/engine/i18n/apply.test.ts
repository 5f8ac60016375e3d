// `apply` in every language (issue 21): each application's answer, figure alt text and errors come from the catalogue
// (the pseudo-locale finds no plain English), each language uses its own terms, and English is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerToText, runText, type EngineError } from '../../../src/engine/index.js';
import { answer, englishLeaks } from './helpers.js';

/** Every application, on its built-in example and on user data, through each message path of its answer. */
const ANSWERS = [
  'apply window',
  'apply window [0,1,0,-1,0,1,0,-1,0,1,0,-1] blackman',
  'apply window [1,2] tukey',
  'apply window [sqrt(2),1,0,1] hamming',
  'apply mask',
  'apply mask [[1,2,0],[0,1,3],[2,2,1]] causal',
  'apply mask padding:2',
  'apply mask causal padding:1',
  'apply mask padding:1 [[1.5,2],[3,4]]',
  'apply mask [[1,2,3,4,5,6,7],[1,2,3,4,5,6,7]] padding:1',
  'apply gate',
  'apply gate seed:7',
  'apply gate [0.5,-1,2] [0.9,0.1,0.5] [0.2,0.8,0.5] [1,-0.5,0.25]',
  'apply gate [pi,1] [0.5,0.5] [0.5,0.5] [1,1]',
  'apply taper',
  'apply taper kms(6,4/5) toeplitz(1,2/3,1/3,0,0,0)',
  'apply taper [[1,2],[2,1]] [[1,0],[0,1]]',
  'apply taper [[1,2],[2,1]] [[1,2],[2,1]]',
  'apply taper kms(4,1/2)',
  'apply taper [[1.5,0.2],[0.2,1]] [[1,0.5],[0.5,1]]',
  'apply image',
  'apply image checkerboard',
  'apply image gradient',
  'apply image [[1,0.5],[0.5,1]]',
  'apply image [[0,128,255],[255,128,0]] vignette',
  'apply image [[1,0.5],[0.5,1]] [[0,1],[1,0]]',
];

/** Every error apply raises itself (parsing its words, and each application's checks). */
const ERRORS = [
  'apply',
  'apply windo',
  'apply frobnicate',
  'apply window foo',
  'apply window 3',
  'apply window hann hamming',
  'apply mask causal causal',
  'apply window [1,2] [3,4]',
  'apply image [[1]] [[1]] vignette',
  'apply window [[1,2],[3,4]]',
  'apply window [1]',
  'apply mask [[1,2,3],[4,5,6]] causal',
  'apply mask padding:3 [[1,2,3],[4,5,6],[7,8,9]]',
  'apply mask [[1000,0],[0,1]]',
  'apply mask [[2,1000],[0,1]]',
  'apply gate [1] [1] [1]',
  'apply gate seed:3 [1] [1] [1] [1]',
  'apply gate [1,2] [0.5] [0.5] [1]',
  'apply gate [1] [2] [0.5] [1]',
  'apply gate [1] [0.5] [-1] [1]',
  'apply gate [[1,2],[3,4]] [1] [1] [1]',
  'apply taper [[1,2,3]]',
  'apply taper [[1,2],[2,1]] [[1,2,3],[2,1,3],[3,3,1]]',
  'apply image [[2,3],[4,500]]',
  'apply image [[1,1]] [[-1,1]]',
  'apply gate seed:99999999999',
];

async function error(text: string, locale?: string): Promise<EngineError> {
  const r = await runText(text, { locale, figures: false });
  assert.equal(r.ok, false, `${text} should fail`);
  return r as EngineError;
}

test('apply is a translated verb', () => {});

test('pseudo-locale: every word of every application (text, figure alt text) comes from the catalogue', async () => {
  for (const c of ANSWERS) {
    const a = await answer(c, 'qps');
    assert.deepEqual(englishLeaks(a), [], `${c}: English outside the catalogue`);
    assert.ok(a.figures.length === 1 && a.figures[0].alt.startsWith('['), `${c}: alt text from the catalogue`);
  }
});

test("pseudo-locale: apply's own errors and hints come from the catalogue", async () => {
  for (const c of ERRORS) {
    const e = await error(c, 'qps');
    assert.deepEqual(englishLeaks(`${e.message}\n${e.hint}`), [], `${c}: ${e.message} | ${e.hint}`);
    assert.match(e.message, /^(\[|"|“)/, `${c}: the message is a catalogue message`);
  }
});

test('each language uses its own terms (text, figure alt text, errors)', async () => {
  const expected: Record<string, { text: RegExp[]; error: RegExp }> = {
    es: {
      text: [/ventana/, /Fuga espectral/, /máscara de atención/, /compuerta/, /atenuación de covarianzas/, /píxel/],
      error: /no es una aplicación/,
    },
    'pt-BR': {
      text: [/janela/, /Vazamento espectral/, /máscara de atenção/, /porta de LSTM/, /covariâncias/, /pixel a pixel/],
      error: /não é uma aplicação/,
    },
    fr: {
      text: [
        /fenêtre/,
        /Fuite spectrale/,
        /masque d’attention/,
        /porte de LSTM/,
        /tapering de covariance/,
        /pixel par pixel/,
      ],
      error: /n’est pas une application/,
    },
    de: {
      text: [/Fenster/, /Leck-Effekt/, /Attention-Maske/, /LSTM-Gate/, /Kovarianz-Tapering/, /Pixel für Pixel/],
      error: /ist keine Anwendung/,
    },
  };
  const english = new Map<string, string>();
  for (const app of ['window', 'mask', 'gate', 'taper', 'image'])
    english.set(app, answerToText(await answer(`apply ${app}`, undefined, { figures: false })));
  for (const [locale, { text, error: err }] of Object.entries(expected)) {
    const answers = await Promise.all(
      ['window', 'mask', 'gate', 'taper', 'image'].map((a) => answer(`apply ${a}`, locale)),
    );
    const all = answers.map((a) => `${answerToText(a)}\n${a.figures[0].alt}`).join('\n');
    for (const p of text) assert.match(all, p, `${locale}: ${p}`);
    for (const a of answers) {
      assert.doesNotMatch(a.figures[0].alt, /\b(the|and|with)\b/, `${locale}: alt text ${a.figures[0].alt}`);
      assert.notEqual(answerToText(a), english.get(a.data.application as string), `${locale}: translated`);
    }
    assert.match((await error('apply frobnicate', locale)).message, err, `${locale}: error`);
    // The schur verdict words are the catalogue's, and the mathematics keeps its notation.
    const taper = answers[3];
    assert.deepEqual(taper.data.verdicts, (await answer('apply taper', undefined, { figures: false })).data.verdicts);
    assert.match(answerToText(taper), /A∘B/);
  }
});

test('the built-in sentence of the mask is in the language asked, six words for the six scores', async () => {
  for (const [locale, first] of [
    ['en', 'The'],
    ['es', 'El'],
    ['pt-BR', 'O'],
    ['fr', 'Le'],
    ['de', 'Die'],
  ]) {
    const a = await answer('apply mask', locale, { figures: false });
    const tokens = a.data.tokens as string[];
    assert.equal(tokens.length, 6);
    assert.equal(tokens[0], first, locale);
  }
});

test('English is unchanged', async () => {
  const text = (c: string) => answer(c, undefined, { figures: false }).then(answerToText);
  assert.match(await text('apply window'), /^Applications: a hann window\n\nx∘w for the built-in signal \(64 samples/);
  assert.match(
    await text('apply mask padding:2'),
    /padding: the last 2 keys are padding, seen by no query\. softmax\(S\)∘M has row sums/,
  );
  assert.match(await text('apply mask padding:1 [[1.5,2],[3,4]]'), /the last 1 key is padding/);
  assert.match(
    await text('apply gate'),
    /\(6 cells, exact\)\.[\s\S]*built-in vectors from seed 1 \(`?apply gate seed:N`? for others\)/,
  );
  assert.match(
    await text('apply taper [[1,2],[2,1]] [[1,2],[2,1]]'),
    /The theorem needs both factors positive semidefinite, and A is not positive semidefinite and B is not positive semidefinite: it promises nothing/,
  );
  assert.match(
    await text('apply image'),
    /^Applications: filtering an image pixel by pixel\n\nThe built-in 64×64 colour picture ∘ a vignette/,
  );
  const e = await error('apply windo');
  assert.equal(
    e.message,
    '"windo" is not an application I can show — did you mean "window"?; they are window, mask, gate, taper, image',
  );
  assert.equal(e.hint, 'Example: /hadamard apply window');
  assert.equal((await error('apply window [1,2] [3,4]')).message, 'apply window takes at most 1 matrix; I found 2');
  const alt = (await answer('apply image')).figures[0].alt;
  assert.match(
    alt,
    /^Pixelwise filtering: a built-in test picture \(sky, sun, hills, a tree and a striped field\), a vignette/,
  );
  assert.match(alt, /Pixel \(\d+,\d+\), red: /);
});
