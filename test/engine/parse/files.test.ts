// Matrix files (issue 13): CSV, TSV, semicolon- and space-separated tables and JSON, through the engine's face as
// attachments. Every format and its edge cases (BOM, CRLF, trailing newline and separator, quoted numbers, blank
// lines), the exact budget, and hostile files (ragged rows, a header, a non-number, oversized in bytes, rows, columns
// and cells, deep JSON, binary junk, a non-image named .png): each an error value naming the file, the row and the
// column where it matters. Fast-check throws random bytes and grammar-alphabet noise at the parsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { answerToText, parseCommand, run, type Attachment, type Reply } from '../../../src/engine/index.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const file = (name: string, text: string | Uint8Array): Attachment => ({
  name,
  bytes: typeof text === 'string' ? enc(text) : text,
});

async function psdOf(att: Attachment, figures = false): Promise<Reply> {
  const c = parseCommand('psd', { attachments: [att] });
  assert.ok(c.ok, !c.ok ? c.message : '');
  return run(c.value, { figures });
}

async function matrixOf(att: Attachment): Promise<unknown> {
  const r = await psdOf(att);
  assert.ok(r.ok, !r.ok ? `${r.code}: ${r.message}` : '');
  return r.data.matrix;
}

async function refused(att: Attachment, code: string, message: RegExp, hint?: RegExp): Promise<void> {
  const r = await psdOf(att);
  assert.equal(r.ok, false, `${att.name} should be refused`);
  if (r.ok) return;
  assert.equal(r.code, code, r.message);
  assert.match(r.message, message);
  if (hint) assert.match(r.hint, hint);
}

test('CSV, TSV, semicolons, spaces and JSON give the same matrix', async () => {
  const want = [
    [2, 1],
    [1, '3/2'],
  ];
  for (const [name, text] of [
    ['a.csv', '2,1\n1,1.5\n'],
    ['a.tsv', '2\t1\n1\t1.5\n'],
    ['a.txt', '2;1\n1;1.5'],
    ['a.txt', '  2   1\n1 1.5  \n'],
    ['a.json', '[[2, 1], [1, 1.5]]'],
    ['a.json', '[["2", "1"], ["1", "3/2"]]'],
    ['noext', '[[2,1],\n [1,1.5]]\n'],
  ] as const)
    assert.deepEqual(await matrixOf(file(name, text)), want, `${name}: ${JSON.stringify(text)}`);
  // A flat JSON array is one row, as typed.
  const r = await run({
    verb: 'product',
    operands: [],
    attachments: [file('v.json', '[1,2,3]'), file('w.csv', '4,5,6')],
  });
  assert.ok(r.ok);
  assert.deepEqual(r.data.product, [[4, 10, 18]]);
});

test('BOM, CRLF, no final newline, blank lines, quoted numbers, a separator ending every line, spreadsheet minus', async () => {
  const want = [
    [1, -2],
    [-2, 5],
  ];
  for (const text of [
    '\uFEFF1,-2\r\n-2,5\r\n',
    '1,-2\n-2,5',
    '\n1,-2\n\n-2,5\n\n\n',
    '"1","-2"\n"-2",5\n',
    ' 1 , -2 \n -2 , 5 \n',
    '1,-2,\n-2,5,\n',
    '1,\u22122\n\u22122,5\n',
  ])
    assert.deepEqual(await matrixOf(file('m.csv', text)), want, JSON.stringify(text));
  // Quoted cells may hold the separator (RFC 4180); here that makes a number that is not one.
  await refused(file('q.csv', '"1,5",2\n3,4\n'), 'not_a_number', /row 1, column 1 of q\.csv/);
});

test('entries stay exact within the digit budget, and a 256×256 file is floating point and says so', async () => {
  const r = await psdOf(file('h.csv', '1,1/2\n1/2,1/3\n'));
  assert.ok(r.ok);
  assert.equal(r.data.exact, true);
  assert.match(answerToText(r), /Exact rational arithmetic/);
  const n = 256;
  const rows = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? n : 1)).join(','));
  const big = await psdOf(file('big.csv', rows.join('\n')));
  assert.ok(big.ok, !big.ok ? big.message : '');
  assert.equal(big.data.exact, false);
  assert.equal(big.data.verdict, 'pd');
  const text = answerToText(big);
  assert.match(text, /too long to keep exact/);
  assert.match(text, /From files: M is big\.csv \(256×256\)/);
  assert.ok(text.length < 4000, `text answer ${text.length} characters`);
  assert.match(text, /⋯/);
});

test('ragged rows, a header, a non-number, an empty cell: errors name the file, the row and the column', async () => {
  await refused(file('r.csv', '1,2,3\n4,5\n6,7,8\n'), 'ragged_rows', /row 2 of r\.csv has 2 entries, but row 1 has 3/);
  await refused(file('r.csv', '1,2\n\n3\n'), 'ragged_rows', /row 2 \(line 3\) of r\.csv/);
  await refused(
    file('h.csv', 'x,y\n1,2\n3,4\n'),
    'bad_file',
    /row 1 of h\.csv looks like a header \("x", "y"\)/,
    /header/,
  );
  await refused(
    file('n.csv', '1,2\n3,abc\n'),
    'not_a_number',
    /row 2, column 2 of n\.csv/,
    /Every cell must be a number/,
  );
  await refused(file('e.csv', '1,2\n3,\n5,6\n'), 'not_a_number', /row 2, column 2 of e\.csv: the cell is empty/);
  await refused(file('nan.json', '[[1, NaN], [2, 3]]'), 'not_a_number', /row 1, column 2 of nan\.json/);
  await refused(file('inf.csv', '1,inf\n2,3\n'), 'not_a_number', /row 1, column 2 of inf\.csv/);
  await refused(file('b.json', '[[1, true], [2, 3]]'), 'not_a_number', /row 1, column 2 of b\.json/);
  await refused(file('o.json', '{"a": [[1]]}'), 'bad_file', /JSON object/);
  await refused(file('t.json', '[[1,2],[3,4]] extra'), 'bad_file', /more after/);
  await refused(file('u.json', '[[1,2],[3,4]'), 'bad_file', /ends before the closing/);
  await refused(file('x.json', '[[1,2],3]'), 'bad_file', /row 2 is not an array/);
  await refused(file('empty.csv', ''), 'bad_file', /empty\.csv is empty/);
  await refused(file('blank.csv', '\n \n'), 'empty_matrix', /no numbers/);
  await refused(file('e.json', '[[1],[]]'), 'empty_matrix', /row 2 of e\.json is empty/);
});

test('out of the double range in a floating file: refused with its row and column', async () => {
  const n = 50; // 2,500 cells: past the exact budget
  const rows: string[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === 7 && j === 3 ? '1e400' : '1')),
  );
  await refused(file('o.csv', rows.map((r) => r.join(',')).join('\n')), 'out_of_range', /row 8, column 4 of o\.csv/);
  rows[7][3] = '1e-400';
  await refused(file('o.csv', rows.map((r) => r.join(',')).join('\n')), 'out_of_range', /row 8, column 4 of o\.csv/);
});

test('limits: bytes, rows, columns, cell length, deep JSON: refused early and quickly', async () => {
  const started = performance.now();
  await refused(
    { name: 'huge.csv', bytes: new Uint8Array(8 * 1024 * 1024 + 1).fill(0x31) },
    'too_large',
    /huge\.csv is 8\.0 MB; attached files may be at most 8\.0 MB/,
  );
  await refused(file('tall.csv', '1\n'.repeat(257)), 'too_large', /more than 256 rows/);
  await refused(file('wide.csv', Array(257).fill('1').join(',')), 'too_large', /more than 256 entries in row 1/);
  await refused(file('wide.txt', Array(300).fill('1').join(' ')), 'too_large', /more than 256 entries/);
  await refused(
    file('wide.json', `[[${Array(257).fill(1).join(',')}]]`),
    'too_large',
    /more than 256 entries in row 1/,
  );
  await refused(
    file('long.csv', '1'.repeat(5000)),
    'too_large',
    /row 1, column 1 of long\.csv is longer than 4,000 characters/,
  );
  await refused(file('long.json', `["${'1'.repeat(5000)}"]`), 'too_large', /longer than 4,000 characters/);
  // One 7 MB line: refused from its length, before it is split.
  await refused(file('line.csv', '1,'.repeat(3_500_000)), 'too_large', /line/);
  // 500,000 nested brackets: refused at the third, no recursion.
  await refused(file('deep.json', '['.repeat(500_000) + ']'.repeat(500_000)), 'too_deep', /two levels of brackets/);
  // A 256×256 file is fine, and exactly at the limit.
  const ok = await psdOf(
    file(
      'max.csv',
      Array.from({ length: 256 }, (_, i) => Array.from({ length: 256 }, (_, j) => (i === j ? 2 : 0)).join(',')).join(
        '\n',
      ),
    ),
  );
  assert.ok(ok.ok);
  assert.ok(performance.now() - started < 20000);
});

test('binary junk, invalid UTF-8, other formats by name, a non-image named .png', async () => {
  await refused(file('junk.csv', new Uint8Array([0x31, 0x2c, 0x00, 0xff, 0x10])), 'bad_file', /not a text file/);
  await refused(
    file('latin1.csv', new Uint8Array([0x31, 0x2c, 0xe9, 0x0a])),
    'bad_file',
    /not UTF-8 text \(byte 3 is 0xe9\)/,
  );
  await refused(
    file('a.png', '1,2\n3,4\n'),
    'bad_file',
    /a\.png is named or sent as an image, but it is not a PNG or JPEG: its first bytes are 31 2c 32/,
  );
  await refused({ name: 'data', bytes: enc('1,2\n3,4'), contentType: 'image/png' }, 'bad_file', /not a PNG or JPEG/);
  await refused(file('x.gif', 'GIF89a....'), 'bad_file', /GIF image/);
  await refused(
    file('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
    'bad_file',
    /zip archive.*save the sheet as CSV/,
  );
  await refused(file('x.pdf', '%PDF-1.7 ...'), 'bad_file', /PDF/);
  // A CSV whose first word happens to be "BM…" is not taken for a bitmap.
  await refused(file('bmi.csv', 'BMI,age\n1,2\n'), 'bad_file', /looks like a header/);
});

test('@1 and @2 name the attachments; the attachments are the operands when the text has none', async () => {
  const a = file('a.csv', '2,1\n1,2');
  const b = file('b.json', '[[1,0],[0,1]]');
  const run1 = async (text: string, files: Attachment[]): Promise<Reply> => {
    const c = parseCommand(text, { attachments: files });
    return c.ok ? run(c.value, { figures: false }) : c;
  };
  const s = await run1('schur', [a, b]);
  assert.ok(s.ok);
  assert.deepEqual(s.data.matrices, {
    A: [
      [2, 1],
      [1, 2],
    ],
    B: [
      [1, 0],
      [0, 1],
    ],
    AB: [
      [2, 0],
      [0, 2],
    ],
    ordinaryAB: [
      [2, 1],
      [1, 2],
    ],
  });
  const swapped = await run1('schur @2 @1', [a, b]);
  assert.ok(swapped.ok);
  assert.deepEqual((swapped.data.matrices as { A: unknown }).A, [
    [1, 0],
    [0, 1],
  ]);
  const mixed = await run1('X = @1 ∘ [[1,1],[1,1]]', [a]);
  assert.ok(mixed.ok);
  assert.deepEqual(mixed.data.labels, ['X', 'B']);
  const missing = await run1('psd @2', [a]);
  assert.ok(!missing.ok && missing.code === 'missing_attachment' && /only one file is attached/.test(missing.message));
  const none = await run1('psd @1', []);
  assert.ok(!none.ok && none.code === 'missing_attachment' && /no file is attached/.test(none.message));
  const tooMany = await run1('psd', [a, b]);
  assert.ok(!tooMany.ok && tooMany.code === 'too_many_operands' && /psd @1/.test(tooMany.message));
  // Built by an adapter without the text: the operand carries the file itself (Discord's a_file option).
  const direct = await run({ verb: 'psd', operands: [{ text: '', attachment: a }] }, { figures: false });
  assert.ok(direct.ok && direct.data.verdict === 'pd');
  // A command parsed without attachments and sent with none: @1 is refused by run().
  const later = parseCommand('psd @1');
  assert.ok(later.ok);
  const r = await run(later.value);
  assert.ok(!r.ok && r.code === 'missing_attachment');
});

test('fuzz: random bytes and table/JSON noise never throw, and answer in time', async () => {
  const alphabet = fc.constantFrom(...'0123456789.,;\t \n\r"-+eE/[]{}()sqrtpi@x\u00a0\u2212\uFEFF\u0000'.split(''));
  const noise = fc.array(alphabet, { maxLength: 400 }).map((cs) => cs.join(''));
  const bytes = fc.uint8Array({ maxLength: 600 });
  const prefixed = fc
    .tuple(fc.constantFrom('', '\x89PNG\r\n\x1a\n', '\xff\xd8\xff', '[[', 'GIF8'), noise)
    .map(([p, s]) => p + s);
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        noise.map(enc),
        bytes,
        prefixed.map((s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff)),
      ),
      fc.constantFrom('m.csv', 'm.tsv', 'm.json', 'm.png', 'm'),
      async (b, name) => {
        const t = performance.now();
        const r = await run({ verb: 'psd', operands: [], attachments: [{ name, bytes: b }] }, { figures: false });
        if (!r.ok) {
          assert.ok(r.message.length > 0 && r.hint.length > 0);
          assert.match(r.code, /^[a-z_]+$/);
        }
        assert.ok(performance.now() - t < 2000);
      },
    ),
    { numRuns: 400 },
  );
});
