// Errors and hints in the asker's language (issue 21, area "errors"): the grammar and parser errors, the operands'
// shape checks, the limits and the work deadline, and the error's layout. Every error keeps its place markers (the
// quoted input, the character, the entry) and its correct example, which are syntax: only the words around them change.
// An error is in the asker's language even when the verb's answer is not translated yet, as long as every word of the
// error comes from the catalogue; a verb's own English error stays English whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorToText, runText, type EngineError, type Reply } from '../../../src/engine/index.js';
import { PLAIN_ENGLISH } from './helpers.js';

async function error(text: string, locale?: string): Promise<EngineError> {
  const r: Reply = await runText(text, { locale, figures: false });
  assert.ok(!r.ok, `${text}: expected an error, got an answer`);
  return r;
}

/** Bad inputs, one or more per error path of the parser, the operands and the limits (code → inputs). */
const BAD: [string, string][] = [
  ['empty_command', ''],
  ['text_too_long', `[[${'1,'.repeat(2100)}1]]`],
  ['unknown_verb', 'shur [[1]] [[2]]'],
  ['unknown_verb', 'frobnicate [[1]]'],
  ['missing_operand', '[[1,2]]'],
  ['missing_operand', 'schur [[1,0],[0,1]]'],
  ['missing_operand', 'A = '],
  ['missing_operand', '[[1,2]] * * [[3,4]]'],
  ['too_many_operands', '[1 2] [3 4] [5 6] [7 8] [9 10] [11 12] [13 14]'],
  ['too_many_operands', 'psd [[1]] [[2]]'],
  ['unbalanced_brackets', '] [[1]]'],
  ['unbalanced_brackets', '[[1,2] [[3,4]]'],
  ['unbalanced_brackets', '[[1,2)] [[3,4]]'],
  ['unbalanced_brackets', '[[1,2]] [[3,(1+2]]'],
  ['unbalanced_brackets', 'eye(2) eye(2'],
  ['not_a_number', '[[1]] nan'],
  ['not_a_number', '[[1,2]] [[3,inf]]'],
  ['not_a_number', '[[1,2]] [[3,]]'],
  ['not_a_number', '[[1,2]] [[3,log(0)]]'],
  ['not_a_number', '[[1,2]] [[3,log(-1)]]'],
  ['not_a_number', '[[1,2]] [[3,sqrt(-1)]]'],
  ['not_a_number', '[[1,2]] [[3,tan(pi/2)]]'],
  ['not_a_number', '[[1,2]] [[3,(-1)^(1/2)]]'],
  ['unknown_word', '[[1]] 5'],
  ['unknown_word', '[[1]] foo'],
  ['unknown_word', '[[1,2]] [[3,x]]'],
  ['unknown_word', '[[1,2]] [[1,2] 3]'],
  ['unknown_word', 'zeros(2) eye(2)'],
  ['unknown_word', 'eye(2) diag(1, x)'],
  ['unknown_word', 'kms(3, x) kms(3, 1/2)'],
  ['unknown_word', 'toeplitz(1, x) eye(2)'],
  ['division_by_zero', '[[1,2]] [[3,1/0]]'],
  ['division_by_zero', 'gauss(3, 0) gauss(3, 1)'],
  ['too_deep', `[[1,2]] [[3,${'('.repeat(33)}1${')'.repeat(33)}]]`],
  ['too_deep', '[[1,2]] [[[1]]]'],
  ['bad_expression', '[[1,2]] [[3,1+]]'],
  ['bad_expression', '[[1,2]] [[3,sin 2]]'],
  ['bad_expression', '[[1,2]] [[3,4$]]'],
  ['bad_expression', '[[1,2]] [[3,(2)3]]'],
  ['bad_expression', 'eye(3) eye(3,3)'],
  ['bad_expression', 'ones(0) ones(2)'],
  ['bad_expression', 'kms(3) kms(3, 1/2)'],
  ['bad_expression', 'hann(0) hann(3)'],
  ['ragged_rows', '[[1,2]] [[3,4],[5]]'],
  ['empty_matrix', '[[1,2]] [[1,2],[]]'],
  ['empty_matrix', '[[1,2]] []'],
  ['empty_matrix', 'eye(2) diag()'],
  ['empty_matrix', 'toeplitz() eye(1)'],
  ['shape_mismatch', '[[1,2]] [[1,2],[3,4]]'],
  ['shape_mismatch', '[1 2] [3 4] [[1],[2]]'],
  ['not_square', 'schur [[1,2,3]] [[1,2,3]]'],
  ['too_large', 'hilbert(13) hilbert(13)'],
  ['out_of_range', '[[1,2]] [[3,exp(exp(exp(exp(10))))]]'],
  ['out_of_range', '[[exp(1e20)]] [[1]]'],
  // Untranslated verbs: their operands are parsed while they compute, and the errors still follow the asker.
  ['ragged_rows', 'psd [[1,2],[3]]'],
  ['unknown_word', 'oppenheim [[1,2],[3,x]] [[1,0],[0,1]]'],
  ['unbalanced_brackets', 'relate [[1,2]] [[3,4]'],
];

/** The words of an error: its user text in quotes (`"foo"`) is the asker's own, not ours. */
function words(s: string): string {
  return s.replace(/"[^"]*"/g, '');
}

test('pseudo-locale: every error and hint of the grammar, the operands and the limits comes from the catalogue', async () => {
  const codes = new Set<string>();
  for (const [code, text] of BAD) {
    const e = await error(text, 'qps');
    assert.equal(e.code, code, `${text}: ${e.message}`);
    codes.add(e.code);
    for (const part of [e.message, e.hint]) {
      // One message, whole: in brackets from the first word to the last.
      assert.match(part, /^\[[\s\S]*\]$/, `${text}: ${part}`);
      assert.doesNotMatch(words(part), PLAIN_ENGLISH, `${text}: English outside the catalogue: ${part}`);
    }
  }
  assert.ok(codes.size >= 17, `codes covered: ${[...codes].join(', ')}`);
});

test('the layout of an error ("Error", "Hint") is in the language asked; English as before', async () => {
  const e = await error('[[1,2]] [[1,2],[3,4]]');
  assert.equal(errorToText(e), `Error (shape_mismatch): ${e.message}\nHint: ${e.hint}`);
  const es = await error('[[1,2]] [[1,2],[3,4]]', 'es');
  assert.equal(errorToText(es, 'es'), `Error (shape_mismatch): ${es.message}\nPista: ${es.hint}`);
  assert.match(errorToText(es, 'de-DE'), /^Fehler \(shape_mismatch\): [\s\S]*\nTipp: /);
  assert.match(errorToText(es, 'fr'), /^Erreur \(shape_mismatch\) : [\s\S]*\nIndice : /);
  assert.match(errorToText(es, 'pt-BR'), /^Erro \(shape_mismatch\): [\s\S]*\nDica: /);
  assert.match(errorToText(es, 'qps'), /^\[Érrór \(shape_mismatch\): /);
});

test('each language: the words around the place and the example, which stay as typed', async () => {
  const cases: [string, string, Record<string, RegExp[]>][] = [
    [
      '[[1,2]] [[1,2],[3,4]]',
      'shape_mismatch',
      {
        es: [/la segunda/, /1×2/, /elemento a elemento/, /Ejemplo: \[\[1,2\]\] \[\[3,4\]\]/],
        'pt-BR': [/a segunda/, /elemento a elemento/, /Exemplo: \[\[1,2\]\] \[\[3,4\]\]/],
        fr: [/la deuxième/, /coefficient par coefficient/, /Exemple : \[\[1,2\]\] \[\[3,4\]\]/],
        de: [/die zweite/, /elementweise Produkt/, /Beispiel: \[\[1,2\]\] \[\[3,4\]\]/],
      },
    ],
    [
      '[[1,2]] [[3,x]]',
      'unknown_word',
      {
        es: [/entrada \(1,2\) de la segunda matriz: "x" no es un número/],
        'pt-BR': [/a segunda matriz, entrada \(1,2\): "x" não é um número/],
        fr: [/coefficient \(1,2\) de la deuxième matrice : "x" n’est pas un nombre/],
        de: [/die zweite Matrix, Eintrag \(1,2\): "x" ist keine Zahl/],
      },
    ],
    [
      'shur [[1]] [[2]]',
      'unknown_verb',
      {
        es: [/"shur" \(en el carácter 1\)/, /¿quisiste decir "schur"\?/],
        'pt-BR': [/"shur" \(no caractere 1\)/, /você quis dizer "schur"\?/],
        fr: [/"shur" \(au caractère 1\)/, /vouliez-vous dire "schur" \?/],
        de: [/"shur" \(bei Zeichen 1\)/, /meintest du "schur"\?/],
      },
    ],
    [
      '[[1,2]] [[3,4]',
      'unbalanced_brackets',
      {
        es: [/el comando: el "\[" del carácter 9 nunca se cierra/, /Cada \[ necesita su \]/],
        'pt-BR': [/o comando: o "\[" no caractere 9 nunca é fechado/],
        fr: [/la commande : le "\[" au caractère 9 n’est jamais fermé/],
        de: [/der Befehl: das "\[" bei Zeichen 9 wird nie geschlossen/],
      },
    ],
    [
      'schur [[1,0],[0,1]]',
      'missing_operand',
      {
        es: [/schur necesita exactamente 2 matrices; encontré solo una/],
        'pt-BR': [/schur precisa de exatamente 2 matrizes; encontrei só uma/],
        fr: [/schur a besoin d’exactement 2 matrices ; j’en ai trouvé une seule/],
        de: [/schur braucht genau 2 Matrizen; ich habe nur eine gefunden/],
      },
    ],
    [
      '[[1,2]] [[3,4],[5]]',
      'ragged_rows',
      {
        es: [/la fila 2 de la segunda matriz tiene 1 entrada, pero la fila 1 tiene 2/],
        'pt-BR': [/a segunda matriz: a linha 2 tem 1 entrada, mas a linha 1 tem 2/],
        fr: [/la ligne 2 de la deuxième matrice a 1 coefficient, mais la ligne 1 en a 2/],
        de: [/die zweite Matrix: Zeile 2 hat 1 Eintrag, aber Zeile 1 hat 2/],
      },
    ],
  ];
  for (const [text, code, byLocale] of cases)
    for (const [locale, patterns] of Object.entries(byLocale)) {
      const e = await error(text, locale);
      assert.equal(e.code, code);
      for (const p of patterns) assert.match(`${e.message}\n${e.hint}`, p, `${locale} ${text}`);
    }
});

test('an untranslated verb: errors from the catalogue follow the asker, the verb’s own English error stays English whole', async () => {
  // psd's answer is not translated yet; a mistyped entry is a parser error, in the asker's language.
  const parsed = await error('psd [[1,2],[3]]', 'es');
  assert.match(parsed.message, /^la fila 2 de la primera matriz tiene 1 entrada/);
  assert.match(parsed.hint, /^Todas las filas/);
  // A verb's own error (apply, translated since): message and hint both in the asker's language, never half and half.
  const own = await error('apply window [1,2,3] hann(x)', 'es');
  assert.match(own.message, /admite como máximo 1 matriz/);
  assert.match(own.hint, /^Ejemplo: /);
});

test('English is unchanged, word for word', async () => {
  const cases: [string, string, string][] = [
    [
      'shur [[1]] [[2]]',
      '"shur" (at character 1) is not a verb I know — did you mean "schur"?',
      'Verbs: product, schur, psd, oppenheim, props, relate, apply, explain, help; in a channel also quiz, answer, reveal, scores, settings, forget-me, schedule. Example: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
    ],
    [
      '[[1]] foo',
      'I don\'t know "foo" (at character 7)',
      'Matrices look like [[2,3],[4,1]] or [2 3; 4 1]; builders: eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Example: /hadamard [[2,3],[4,1]] [[5,6],[7,8]]',
    ],
    [
      'schur [[1,0],[0,1]]',
      'schur needs exactly 2 matrices; I found only one',
      'Example: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
    ],
    [
      '[[1,2]] [[1,2],[3,4]]',
      'A (the first matrix) is 1×2 but B (the second) is 2×2; the entrywise product needs equal shapes',
      'The entrywise product needs matrices of the same shape (no broadcasting). Example: [[1,2]] [[3,4]] (both 1×2).',
    ],
    [
      '[[1,2]] [[3,4],[5]]',
      'row 2 of the second matrix has 1 entry, but row 1 has 2',
      'Every row needs the same number of entries. Example: [[1,2,3],[4,5,6]] is 2×3.',
    ],
    [
      'kms(3) kms(3, 1/2)',
      'the first matrix: kms(…) takes 2 arguments; got "kms(3)"',
      'Example: kms(4, 1/2) (ρ^|i−j|: 1, 1/2, 1/4, 1/8 along a row)',
    ],
    [
      '[[1,2]] [[3,tan(pi/2)]]',
      'entry (1,2) of the second matrix: "tan(pi/2)" is undefined: tan has a pole at π/2 + kπ (cos is 0 there)',
      'tan is defined away from π/2 + kπ. Example: [[tan(pi/4), tan(pi/3)]]',
    ],
    [
      '[1] [2] [3] [4] [5] [6] [7]',
      'product takes 2 to 6 matrices; I found 7',
      'Example: /hadamard [[2,3],[4,1]] [[5,6],[7,8]]',
    ],
  ];
  for (const [text, message, hint] of cases) {
    for (const locale of [undefined, 'en-GB', 'ja']) {
      const e = await error(text, locale);
      assert.equal(e.message, message);
      assert.equal(e.hint, hint);
    }
  }
  // A number past 999 keeps no thousands separator.
  const long = await error(`[[${'1,'.repeat(2100)}1]]`);
  assert.equal(long.message, 'the command is 4205 characters long; the limit is 4000');
});
