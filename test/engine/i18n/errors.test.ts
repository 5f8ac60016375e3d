// Errors and hints in the asker's language (issue 21, area "errors"): the grammar and parser errors, the operands'
// shape checks, the limits and the work deadline, and the error's layout. Every error keeps its place markers (the
// quoted input, the character, the entry) and its correct example, which are syntax: only the words around them change.
// An error is in the asker's language even when the verb's answer is not translated yet, as long as every word of the
// error comes from the catalogue; a verb's own English error stays English whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import {
  errorToText,
  parseCommand,
  run,
  runText,
  type Attachment,
  type EngineError,
  type Reply,
} from '../../../src/engine/index.js';
import { pngChunk } from '../../../src/engine/render/png.js';
import { UserError } from '../../../src/engine/errors.js';
import { withLocale, type Locale } from '../../../src/engine/i18n/index.js';
import { checkJpeg } from '../../../src/engine/parse/jpeg-check.js';
import { decodePng } from '../../../src/engine/parse/png-decode.js';
import { DECODER_CASES } from './decoder-cases.js';
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

// ── Attached files and images (area "errors", second pass): every error of a matrix file, of an image's header and
// size, and of `@k` naming a file that is not there. The file's name, the row, column, line and byte numbers, the
// bytes shown and the examples stay as they are.

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const file = (name: string, text: string | Uint8Array): Attachment => ({
  name,
  bytes: typeof text === 'string' ? enc(text) : text,
});

/** A gray 8-bit PNG declaring width×height, with all-zero rows (or `idat` when given). */
function png(width: number, height: number, idat?: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat ?? deflateSync(Buffer.alloc(height * (1 + width)))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const big = Array.from({ length: 50 }, (_, i) =>
  Array.from({ length: 50 }, (_, j) => (i === 7 && j === 3 ? '1e400' : '1')).join(','),
).join('\n');

/** Bad files (code, command, files): one or more per error path of files and image headers. */
const BAD_FILES: [string, string, Attachment[]][] = [
  ['ragged_rows', 'psd', [file('r.csv', '1,2,3\n4,5\n6,7,8\n')]],
  ['ragged_rows', 'psd', [file('r.csv', '1,2\n\n3\n')]],
  ['ragged_rows', 'psd', [file('r.txt', '1;2\n3\n')]],
  ['bad_file', 'psd', [file('h.csv', 'x,y\n1,2\n3,4\n')]],
  ['not_a_number', 'psd', [file('n.csv', '1,2\n3,abc\n')]],
  ['not_a_number', 'psd', [file('e.csv', '1,2\n3,\n5,6\n')]],
  ['not_a_number', 'psd', [file('nan.json', '[[1, NaN], [2, 3]]')]],
  ['division_by_zero', 'psd', [file('z.csv', '1,2\n3,1/0\n')]],
  ['out_of_range', 'psd', [file('o.csv', big)]],
  ['bad_file', 'psd', [file('o.json', '{"a": [[1]]}')]],
  ['bad_file', 'psd', [file('t.json', '[[1,2],[3,4]] extra')]],
  ['bad_file', 'psd', [file('u.json', '[[1,2],[3,4]')]],
  ['bad_file', 'psd', [file('x.json', '[[1,2],3]')]],
  ['bad_file', 'psd', [file('s.json', '[["1')]],
  ['bad_file', 'psd', [file('s.json', '[["1\n"]]')]],
  ['bad_file', 'psd', [file('b.json', '[[1,{}]]')]],
  ['bad_file', 'psd', [file('m.json', '[[1,,2]]')]],
  ['bad_file', 'psd', [file('m.json', '[[1,')]],
  ['bad_file', 'psd', [file('j.json', '[[1,1*5]]')]],
  ['bad_file', 'psd', [file('j.json', '[[1 2]]')]],
  ['bad_file', 'psd', [file('one.json', '1,2')]],
  ['too_deep', 'psd', [file('deep.json', '[[[1]]]')]],
  ['bad_file', 'psd', [file('q.csv', '1,"2\n')]],
  ['bad_file', 'psd', [file('empty.csv', '')]],
  ['empty_matrix', 'psd', [file('blank.csv', '\n \n')]],
  ['empty_matrix', 'psd', [file('e.json', '[[1],[]]')]],
  ['too_large', 'psd', [{ name: 'huge.csv', bytes: new Uint8Array(8 * 1024 * 1024 + 1).fill(0x31) }]],
  ['too_large', 'psd', [file('tall.csv', '1\n'.repeat(257))]],
  ['too_large', 'psd', [file('wide.csv', Array(257).fill('1').join(','))]],
  ['too_large', 'psd', [file('wide.txt', Array(300).fill('1').join(' '))]],
  ['too_large', 'psd', [file('wide.json', `[${Array(257).fill(1).join(',')}]`)]],
  ['too_large', 'psd', [file('long.csv', '1'.repeat(5000))]],
  ['too_large', 'psd', [file('line.csv', '1,'.repeat(600_000))]],
  ['bad_file', 'psd', [file('junk.csv', new Uint8Array([0x31, 0x2c, 0x00, 0xff, 0x10]))]],
  ['bad_file', 'psd', [file('latin1.csv', new Uint8Array([0x31, 0x2c, 0xe9, 0x0a]))]],
  ['bad_file', 'psd', [file('a.png', '1,2\n3,4\n')]],
  ['bad_file', 'psd', [file('x.gif', 'GIF89a....')]],
  ['bad_file', 'psd', [file('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))]],
  ['bad_file', 'psd', [file('x.npy', new Uint8Array([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1]))]],
  ['bad_file', 'psd', [file('x.pdf', '%PDF-1.7 ...')]],
  ['missing_attachment', 'psd @2', [file('a.csv', '1')]],
  ['missing_attachment', 'schur @1 @3', [file('a.csv', '1'), file('b.csv', '2')]],
  // Images: the header (size, damage) and the size limits.
  ['too_large', 'psd @1', [{ name: 'bomb.png', bytes: png(50000, 50000, deflateSync(Buffer.alloc(1000))) }]],
  ['too_large', 'psd @1', [{ name: 'big.png', bytes: png(300, 260) }]],
  ['bad_file', 'psd @1', [{ name: 't.png', bytes: png(4, 4).subarray(0, 20) }]],
  ['bad_file', 'psd @1', [{ name: 'c.png', bytes: Buffer.concat([SIGNATURE, pngChunk('tEXt', Buffer.alloc(16))]) }]],
  ['bad_file', 'psd @1', [{ name: 'z.png', bytes: png(0, 4) }]],
  ['bad_file', 'psd @1', [{ name: 'n.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]) }]],
  ['bad_file', 'psd @1', [{ name: 'c.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a]) }]],
  ['bad_file', 'psd @1', [{ name: 's.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12, 0, 0, 0]) }]],
  ['bad_file', 'psd @1', [{ name: 'l.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01, 0, 0]) }]],
  ['bad_file', 'psd @1', [{ name: 'f.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0]) }]],
  [
    'bad_file',
    'psd @1',
    [{ name: 'h.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0, 0x0b, 8, 0, 0, 0, 16, 1, 1, 0x11, 0]) }],
  ],
];

async function fileError(text: string, files: Attachment[], locale?: string): Promise<EngineError> {
  // `@k` past the files is refused while parsing (err.command.missingFile); a command parsed without its files and
  // sent with fewer is refused by run() (err.file.missing).
  const late = [...text.matchAll(/@(\d+)/g)].some((m) => Number(m[1]) > files.length);
  const c = parseCommand(text, { attachments: late ? undefined : files, locale });
  assert.ok(c.ok, `${text}: ${!c.ok ? c.message : ''}`);
  const r = await run(late ? { ...c.value, attachments: files } : c.value, { figures: false, locale });
  assert.ok(!r.ok, `${text} ${files.map((f) => f.name).join(' ')}: expected an error`);
  return r;
}

test('pseudo-locale: every error and hint of attached files and image headers comes from the catalogue', async () => {
  const seen = new Set<string>();
  for (const [code, text, files] of BAD_FILES) {
    const e = await fileError(text, files, 'qps');
    const what = `${text} ${files.map((f) => f.name).join(' ')}`;
    assert.equal(e.code, code, `${what}: ${e.message}`);
    for (const part of [e.message, e.hint]) {
      assert.match(part, /^\[[\s\S]*\]$/, `${what}: ${part}`);
      assert.doesNotMatch(words(part), PLAIN_ENGLISH, `${what}: English outside the catalogue: ${part}`);
    }
    // Each case reaches a message of its own.
    const english = await fileError(text, files);
    assert.ok(!seen.has(english.message), `${what}: the same message twice: ${english.message}`);
    seen.add(english.message);
  }
});

test('files and images: English is unchanged, word for word', async () => {
  const cases: [string, Attachment[], string, string][] = [
    [
      'psd',
      [file('r.csv', '1,2\n\n3\n')],
      'row 2 (line 3) of r.csv has 1 entry, but row 1 has 2',
      'Every row needs the same number of entries (comma-separated): look for a missing or an extra separator in row 2.',
    ],
    [
      'psd',
      [file('n.csv', '1,2\n3,abc\n')],
      'row 2, column 2 of n.csv: "abc" is not a number (allowed: numbers, + - * / ^ ( ), pi, e and sqrt sin cos tan exp log ln abs)',
      'Every cell must be a number: 2, -1.5, 1/3, 2.5e-3 (also sqrt(2), pi). Example: a.csv holding the two lines 2,3 and 4,1.',
    ],
    [
      'psd',
      [file('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))],
      'x.xlsx is a zip archive (an .xlsx or .ods spreadsheet is one), which I cannot read: save the sheet as CSV first',
      'Attach a CSV or TSV file (one row per line, numbers only, no header), a JSON array of rows such as [[2,3],[4,1]], or a PNG or JPEG image. Example: a.csv holding the two lines 2,3 and 4,1.',
    ],
    [
      'psd',
      [file('j.json', '[[1,1*5]]')],
      'j.json is not a JSON matrix: row 1, column 2 of j.json is "1*5", which is not a JSON number (line 1)',
      'Write numbers as JSON does (2, -1.5, 2.5e-3), and anything else in quotes: [["1/3", "sqrt(2)"], [1, 2]].',
    ],
    [
      'psd',
      [file('wide.json', `[${Array(257).fill(1).join(',')}]`)],
      'wide.json has more than 256 entries in its one row; matrices from files may be at most 256×256',
      'Send a smaller part of the matrix (at most 256 rows and 256 columns).',
    ],
    [
      'schur @1 @3',
      [file('a.csv', '1'), file('b.csv', '2')],
      'the second matrix is @3, the third attached file, but only 2 files are attached',
      '@1 names the first attached file, @2 the second. Example: hadamard --attach a.csv --attach b.csv "schur @1 @2" (in the CLI).',
    ],
    [
      'psd @1',
      [{ name: 'z.png', bytes: png(0, 4) }],
      'z.png is not a readable PNG image: the header says 0×4 pixels',
      'Attach a CSV or TSV file (one row per line, numbers only, no header), a JSON array of rows such as [[2,3],[4,1]], or a PNG or JPEG image. Example: a.csv holding the two lines 2,3 and 4,1.',
    ],
    [
      'psd @1',
      [{ name: 'big.png', bytes: png(300, 260) }],
      'big.png is 300×260 pixels; as a matrix an image may be at most 256×256',
      'Scale the image down to at most 256×256 pixels to use it as a matrix.',
    ],
  ];
  for (const [text, files, message, hint] of cases)
    for (const locale of [undefined, 'ja']) {
      const e = await fileError(text, files, locale);
      assert.equal(e.message, message);
      assert.equal(e.hint, hint);
    }
});

test('files and images in each language: the words around the file, the row and the column', async () => {
  const cases: [string, Attachment[], Record<string, RegExp[]>][] = [
    [
      'psd',
      [file('r.csv', '1,2\n\n3\n')],
      {
        es: [/la fila 2 \(línea 3\) de r\.csv tiene 1 entrada, pero la fila 1 tiene 2/, /separadas por comas/],
        'pt-BR': [/a linha 2 \(linha 3 do arquivo\) de r\.csv tem 1 entrada/, /separadas por vírgulas/],
        fr: [/la ligne 2 \(ligne 3 du fichier\) de r\.csv a 1 coefficient, mais la ligne 1 en a 2/],
        de: [/Zeile 2 \(Dateizeile 3\) von r\.csv hat 1 Eintrag, aber Zeile 1 hat 2/, /durch Kommas getrennt/],
      },
    ],
    [
      'psd',
      [file('n.csv', '1,2\n3,abc\n')],
      {
        es: [/fila 2, columna 2 de n\.csv: "abc" no es un número/, /Cada celda debe ser un número: 2, -1\.5, 1\/3/],
        'pt-BR': [/linha 2, coluna 2 de n\.csv: "abc" não é um número/],
        fr: [/ligne 2, colonne 2 de n\.csv : "abc" n’est pas un nombre/],
        de: [/Zeile 2, Spalte 2 von n\.csv: "abc" ist keine Zahl/, /Jede Zelle muss eine Zahl sein/],
      },
    ],
    [
      'psd @1',
      [{ name: 'bomb.png', bytes: png(50000, 50000, deflateSync(Buffer.alloc(1000))) }],
      {
        es: [/bomb\.png mide 50000×50000 píxeles; las imágenes pueden medir como máximo 1024×1024/],
        'pt-BR': [/bomb\.png tem 50000×50000 pixels/],
        fr: [/bomb\.png fait 50000×50000 pixels ; les images font au plus 1024×1024/],
        de: [/bomb\.png hat 50000×50000 Pixel; Bilder dürfen höchstens 1024×1024 groß sein/, /Verkleinere das Bild/],
      },
    ],
    [
      'schur @1 @3',
      [file('a.csv', '1'), file('b.csv', '2')],
      {
        es: [/la segunda matriz es @3, el tercer archivo adjunto, pero solo hay 2 archivos adjuntos/],
        'pt-BR': [/a segunda matriz é @3, o terceiro arquivo anexado, mas só 2 arquivos foram anexados/],
        fr: [/la deuxième matrice est @3, le troisième fichier joint, mais seulement 2 fichiers sont joints/],
        de: [/die zweite Matrix ist @3, die dritte angehängte Datei, aber es sind nur 2 Dateien angehängt/],
      },
    ],
  ];
  for (const [text, files, byLocale] of cases)
    for (const [locale, patterns] of Object.entries(byLocale)) {
      const e = await fileError(text, files, locale);
      for (const p of patterns) assert.match(`${e.message}\n${e.hint}`, p, `${locale} ${text}: ${e.message}`);
    }
});

// ── The strict PNG and JPEG decoders (err.png.*, err.jpeg.*): one broken file per reason. Chunk and marker names, byte
// offsets and numbers stay as they are; only the words around them change.

/** A decoder's reason for `c`, raised in `locale` (English when none) and shown in `shown` (as `run()` does). */
function decoderError(c: (typeof DECODER_CASES)[number], locale?: Locale, shown?: Locale): EngineError {
  return withLocale(locale, () => {
    try {
      if (c.format === 'png') decodePng(c.att);
      else checkJpeg(c.att);
    } catch (e) {
      if (e instanceof UserError) return e.toValue(shown);
      throw e;
    }
    assert.fail(`${c.label}: expected a refusal`);
  });
}

test('pseudo-locale: every reason of the PNG and JPEG decoders comes from the catalogue, each a message of its own', () => {
  const seen = new Set<string>();
  for (const c of DECODER_CASES) {
    const e = decoderError(c, 'qps');
    assert.equal(e.code, 'bad_file', c.label);
    for (const part of [e.message, e.hint]) {
      assert.match(part, /^(?:p\.png|p\.jpg) \[[\s\S]*\]$|^\[[\s\S]*\]$/, `${c.label}: ${part}`);
      assert.doesNotMatch(words(part), PLAIN_ENGLISH, `${c.label}: English outside the catalogue: ${part}`);
    }
    // Raised in English, shown in the pseudo-locale: written again from the catalogue, message and hint.
    const again = decoderError(c, undefined, 'qps');
    assert.equal(again.message, e.message, c.label);
    assert.equal(again.hint, e.hint, c.label);
    const english = decoderError(c);
    assert.ok(!seen.has(english.message), `${c.label}: the same message twice: ${english.message}`);
    seen.add(english.message);
  }
  assert.ok(DECODER_CASES.length >= 100, `${DECODER_CASES.length} cases`);
});

test('the decoders in a command: a damaged PNG and JPEG refused in the asker’s language', async () => {
  const damaged = DECODER_CASES.find((c) => c.label === 'adler')!.att;
  const es = await fileError('psd @1', [{ ...damaged, name: 'd.png' }], 'es');
  assert.equal(
    es.message,
    'd.png está dañado: sus datos de imagen tienen una suma de comprobación incorrecta (Adler-32)',
  );
  assert.match(es.hint, /^El archivo está dañado o cortado/);
  const cut = DECODER_CASES.find((c) => c.label === 'scan cut')!.att;
  const de = await fileError('psd @1', [{ ...cut, name: 'c.jpg' }], 'de');
  assert.equal(de.message, 'c.jpg ist abgeschnitten: ihre Bilddaten hören bei Zeile 32 von 64 auf');
  assert.match(de.hint, /^Die Datei ist beschädigt oder abgeschnitten/);
});

test('the decoders in each language: chunk and marker names, offsets and numbers as they are', () => {
  const cases: [string, Record<string, string>][] = [
    [
      'bit depth',
      {
        es: 'p.png está dañado: una imagen RGB no puede tener 3 bits por muestra (puede tener 8, 16)',
        'pt-BR': 'p.png está danificado: uma imagem RGB não pode ter 3 bits por amostra (pode ter 8, 16)',
        fr: 'p.png est endommagé : une image RVB ne peut pas avoir 3 bits par échantillon (8, 16 possibles)',
        de: 'p.png ist beschädigt: ein RGB-Bild kann nicht 3 Bits pro Sample haben (möglich sind 8, 16)',
      },
    ],
    [
      'DQT precision',
      {
        es: 'p.jpg está dañado: el segmento DQT en el byte 3 (tabla de cuantización) indica precisión 2, tabla 0',
        'pt-BR': 'p.jpg está danificado: o segmento DQT no byte 3 (tabela de quantização) indica precisão 2, tabela 0',
        fr: 'p.jpg est endommagé : le segment DQT à l’octet 3 (table de quantification) indique la précision 2, table 0',
        de: 'p.jpg ist beschädigt: Segment DQT bei Byte 3 (Quantisierungstabelle) nennt Genauigkeit 2, Tabelle 0',
      },
    ],
    [
      'lossless',
      {
        es: 'p.jpg usa la codificación JPEG sin pérdida (SOF3), que no leo; los JPEG baseline y progresivos sirven',
        de: 'p.jpg verwendet verlustfreie JPEG-Kodierung (SOF3), die ich nicht lese; Baseline- und progressive JPEGs gehen',
      },
    ],
  ];
  for (const [label, byLocale] of cases)
    for (const [locale, message] of Object.entries(byLocale)) {
      const c = DECODER_CASES.find((x) => x.label === label)!;
      assert.equal(decoderError(c, locale as Locale).message, message);
    }
});

test('the decoders: English is unchanged, word for word', () => {
  const hint =
    'The file is damaged or was cut short (an upload or a copy that stopped early): export or download it again, as PNG or JPEG, up to 1024×1024 pixels.';
  const cases: [string, string][] = [
    ['chunk length', 'p.png is damaged: chunk IHDR declares a length of 4294967295 bytes'],
    ['tRNS RGBA', 'p.png is damaged: its transparency (tRNS) chunk does not fit a RGBA image (2 bytes)'],
    [
      'stops early interlaced',
      'p.png is damaged: its image data stops early: 6 of the 15 rows of its 7 interlaced passes',
    ],
    [
      'filter type interlaced',
      'p.png is damaged: row 3 (counting the rows of all interlaced passes) has filter type 9 (PNG has 0 to 4)',
    ],
    [
      'arithmetic',
      'p.jpg uses arithmetic-coded JPEG coding (SOF9), which I do not read; baseline and progressive JPEGs are fine',
    ],
    ['restart missing', 'p.jpg is damaged: restart marker 0 is missing at byte 142 (row 1 of 8)'],
    ['ends after data', 'p.jpg is cut short: it ends after its image data, without the end marker (EOI)'],
  ];
  for (const [label, message] of cases) {
    const e = decoderError(DECODER_CASES.find((c) => c.label === label)!);
    assert.equal(e.message, message);
    assert.equal(e.hint, hint);
  }
});
