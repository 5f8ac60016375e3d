// Right or refused at the edges (DESIGN §4): every reproduction of issue 9's floating-point section, with the answer
// it must get, and the properties behind them: verdicts invariant under positive scaling down to 10⁻³⁰⁰ and up to
// 10³⁰⁰, and no extreme entry ever producing an internal error, Infinity or NaN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../fc-seed.js';
import fc from 'fast-check';
import { runText, type Answer, type Reply } from '../../src/engine/index.js';

async function reply(text: string, figures = false): Promise<Reply> {
  return runText(text, { figures });
}

/** Everything a user can read or a script can parse, as one string. */
function visible(r: Reply): string {
  if (!r.ok) return `${r.message}\n${r.hint}`;
  return [r.title, r.summary, ...r.sections.map((s) => `${s.heading ?? ''}\n${s.body}`), JSON.stringify(r.data)].join(
    '\n',
  );
}

function assertClean(text: string, r: Reply): void {
  assert.doesNotMatch(visible(r), /Infinity|NaN/, `${text}: ${visible(r).slice(0, 400)}`);
}

type Expect =
  { ok: false; code: string; message?: RegExp } | { ok: true; check: (a: Answer) => void; message?: RegExp };

const diag12 = (entry: string): string => `diag(${Array.from({ length: 12 }, () => entry).join(',')})`;

const TABLE: [string, Expect][] = [
  // No exponent range (DESIGN §4): 10²⁰⁰π squared is exactly 10⁴⁰⁰π², 9.8696×10⁴⁰⁰, on every verb.
  [
    '[[1e200*pi]] [[1e200*pi]]',
    {
      ok: true,
      check: (a) => {
        assert.deepEqual(a.data.product, [['1e400*pi^2']]);
        assert.equal(a.data.exact, true);
      },
      message: /9\.8696e400/,
    },
  ],
  ['schur [[1e200*pi]] [[1e200*pi]]', { ok: true, check: (a) => assert.equal(a.data.exact, true) }],
  [
    'oppenheim [[1e200*pi,0],[0,1e200*pi]] [[1,0],[0,1]]',
    {
      ok: true,
      check: (a) => {
        assert.equal(a.data.detA, '1e400*pi^2');
        assert.equal(a.data.detA, a.data.detAB);
        assert.equal(a.data.holdsA, true);
        assert.equal(a.data.equalityA, true);
        assert.equal(a.data.equalityB, true);
        assert.equal(a.data.exact, true);
      },
    },
  ],
  [
    'oppenheim [[1e200*(sqrt(2)/sqrt(2)),0],[0,1e200*(sqrt(2)/sqrt(2))]] eye(2)',
    { ok: true, check: (a) => assert.equal(a.data.detAB, `1${'0'.repeat(400)}`) },
  ],
  ['relate [[1e200*pi]] [[1e200*pi]]', { ok: true, check: (a) => assert.equal(a.data.exact, true) }],
  ['props [[1e200*pi]] [[1e200*pi]]', { ok: true, check: (a) => assert.equal(a.data.commutative, true) }],
  ['[[1e400]] [[sqrt(2)]]', { ok: true, check: (a) => assert.deepEqual(a.data.product, [['1e400*sqrt(2)']]) }],
  ['[[1e400]] [[1e-300*pi]]', { ok: true, check: (a) => assert.deepEqual(a.data.product, [['1e100*pi']]) }],
  // Tiny values keep their sign and their digits.
  ['psd [[-1e-320*pi]]', { ok: true, check: (a) => assert.equal(a.data.verdict, 'not_psd') }],
  [
    '[[1e-320*pi]] [[1]]',
    { ok: true, check: (a) => assert.deepEqual(a.data.product, [['1e-320*pi']]), message: /3\.14159e-320/ },
  ],
  [
    'psd [[1e-2000]]',
    {
      ok: true,
      check: (a) => {
        assert.equal(a.data.verdict, 'pd');
        assert.equal(a.data.exact, false, 'past the 2,000-digit budget: certified, every digit kept');
      },
    },
  ],
  ['[[1e-200*pi]] [[1e-200*pi]]', { ok: true, check: (a) => assert.deepEqual(a.data.product, [['1e-400*pi^2']]) }],
  ['[[1e-400+pi]] [[1]]', { ok: true, check: (a) => assert.deepEqual(a.data.product, [['pi + 1e-400']]) }],
  // 5e-324 typed is the decimal, exactly: 10³⁰⁹·(−5·10⁻³²⁴) = −5·10⁻¹⁵.
  [
    '[[1e309]] [[-5e-324*(sqrt(2)/sqrt(2))]]',
    { ok: true, check: (a) => assert.deepEqual(a.data.product, [['-1/200000000000000']]) },
  ],
  ['[[0*pi/3]] [[1]]', { ok: true, check: (a) => assert.deepEqual(a.data.product, [[0]]) }],
  [
    'psd [[(pi-pi)/2,0],[0,1]]',
    {
      ok: true,
      check: (a) => {
        assert.equal(a.data.verdict, 'psd');
        assert.equal(a.data.rank, 1);
      },
    },
  ],
  [
    'psd [[sqrt(2)*1e200,0],[0,1]]',
    {
      ok: true,
      check: (a) => {
        assert.equal(a.data.verdict, 'pd');
        assert.equal(a.data.rank, 2);
      },
    },
  ],
  ['psd [[pi*1e-30,0],[0,pi*1e30]]', { ok: true, check: (a) => assert.equal(a.data.verdict, 'pd') }],
  [
    'psd [[-1e-200*sqrt(2),0],[0,1]]',
    {
      ok: true,
      check: (a) => {
        assert.equal(a.data.verdict, 'not_psd');
        assert.deepEqual(a.data.witness, [1, 0]);
      },
    },
  ],
  // Issue 23: polynomials in π are exact; the singular one is psd of rank 1, exactly, with an exact pivot.
  [
    'psd [[pi,pi],[pi,pi]]',
    {
      ok: true,
      check: (a) => {
        assert.equal(a.data.verdict, 'psd');
        assert.equal(a.data.rank, 1);
        assert.equal(a.data.exact, true);
      },
      message: /D = diag\(pi, 0\)/,
    },
  ],
  ['psd [[0,1e-300*pi],[1e-300*pi,1e300]]', { ok: true, check: (a) => assert.equal(a.data.verdict, 'not_psd') }],
  // Sizes are estimated consistently: 10^1999 and 1e1999 (2,000 digits) are exact, 10^2000 and 1e2000 (2,001) are
  // past the per-entry budget: certified, both.
  ['[[10^1999]] [[1]]', { ok: true, check: (a) => assert.equal(a.data.exact, true) }],
  ['[[1e1999]] [[1]]', { ok: true, check: (a) => assert.equal(a.data.exact, true) }],
  ['[[10^2000]] [[1]]', { ok: true, check: (a) => assert.equal(a.data.exact, false) }],
  ['[[1e2000]] [[1]]', { ok: true, check: (a) => assert.equal(a.data.exact, false) }],
  // Past the budget: certified, never refused for its size.
  ['[[1e5000]] [[1]]', { ok: true, check: (a) => assert.deepEqual(a.data.product, [['1e5000']]) }],
  ['[[10^5000]] [[1]]', { ok: true, check: (a) => assert.equal(a.data.exact, false) }],
  ['[[1e1500, 1e1500, 1e1500]] [[1, 1, 1]]', { ok: true, check: (a) => assert.equal(a.data.exact, false) }],
  // Only a size no exponent can carry is refused.
  ['[[exp(1e100)]] [[1]]', { ok: false, code: 'out_of_range', message: /beyond any size/ }],
  // The 12×12 diagonal of 7^236 (200 digits each): kept exact, on every verb.
  ...(['', 'schur ', 'oppenheim ', 'props ', 'relate '] as const).map((verb): [string, Expect] => [
    `${verb}${diag12('7^236')} eye(12)`,
    { ok: true, check: (a) => assert.equal(a.data.exact, true) },
  ]),
  [`psd ${diag12('7^236')}`, { ok: true, check: (a) => assert.equal(a.data.verdict, 'pd') }],
  // …and its surd twin (1.4×10¹⁶⁹·√2 each): determinants of 10²⁰³⁰, exactly.
  [
    `oppenheim ${diag12('7^200*sqrt(2)')} eye(12)`,
    {
      ok: true,
      check: (a) => {
        assert.equal(a.data.equalityA, true);
        assert.equal(a.data.equalityB, true);
      },
    },
  ],
  ...(['', 'schur ', 'props ', 'relate '] as const).map((verb): [string, Expect] => [
    `${verb}${diag12('7^200*sqrt(2)')} eye(12)`,
    { ok: true, check: () => {} },
  ]),
];

test('the issue 9 and 18 reproductions: each answer is right, of any size, or a clear out_of_range refusal', async () => {
  for (const [text, want] of TABLE) {
    const r = await reply(text);
    assertClean(text, r);
    if (!want.ok) {
      assert.equal(r.ok, false, `${text} should be refused`);
      if (!r.ok) {
        assert.equal(r.code, want.code, `${text}: ${r.message}`);
        if (want.message) assert.match(r.message, want.message, text);
        assert.ok(r.hint.length > 20, 'a hint with an example');
      }
      continue;
    }
    assert.ok(r.ok, `${text}: ${visible(r)}`);
    want.check(r as Answer);
    if (want.message) assert.match(visible(r), want.message, text);
  }
});

test('figures of extreme answers draw without ∞ or NaN (alt text checked)', async () => {
  for (const text of [
    'oppenheim [[1e200*pi,0],[0,1e200*pi]] [[2,1],[1,1]]',
    'psd [[-1e-320*pi]]',
    'psd [[0,1e-300*pi],[1e-300*pi,1e300]]',
    'schur [[1e300*pi,1],[1,1e-300]] [[1e-300*pi,0],[0,1e300]]',
    '[[1e-160*pi, 1e300]] [[1e-160, 1e-300*sqrt(2)]]',
    'relate [[1e150*pi,1],[1,1e-150]] [[1e150,2],[3,1e-150]]',
  ]) {
    const r = await reply(text, true);
    assert.ok(r.ok, text);
    for (const f of (r as Answer).figures) assert.doesNotMatch(f.alt, /Infinity|NaN|∞/, `${text}: ${f.alt}`);
  }
});

// ---- properties ----

/** A random symmetric integer matrix (entries −5…5) and its text. */
const symmetricInts = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.array(fc.integer({ min: -5, max: 5 }), { minLength: (n * (n + 1)) / 2, maxLength: (n * (n + 1)) / 2 }).map((v) => {
    const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    let k = 0;
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) m[i][j] = m[j][i] = v[k++];
    return m;
  }),
);

/** Positive semidefinite ones too (GᵀG), so pd and singular psd verdicts are well represented. */
const gramInts = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc
      .array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: n })
      .map((g) =>
        Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => g.reduce((s, row) => s + row[i] * row[j], 0)),
        ),
      ),
  );

const text = (m: (string | number)[][]): string => `[${m.map((r) => `[${r.join(',')}]`).join(',')}]`;

test('surd PSD verdicts equal the exact twin’s, scaled by c·10^k (k from −300 to 300, c = √2), exactly', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(symmetricInts, gramInts), fc.integer({ min: -300, max: 300 }), async (m, k) => {
      const exact = await reply(`psd ${text(m)}`);
      // c = √2·10^k > 0 keeps the verdict and the rank; √2 makes the input floating.
      const scaled = await reply(`psd ${text(m.map((r) => r.map((v) => `${v}*sqrt(2)*1e${k}`)))}`);
      assert.ok(exact.ok && scaled.ok, `${text(m)} ${k}: ${visible(scaled)}`);
      const e = (exact as Answer).data;
      const s = (scaled as Answer).data;
      // Surds are exact; past the 4,000-digit budget of a matrix (16 entries of 300 digits), certified.
      assert.ok(s.exact === true || s.certified === true, 'exact, or certified past the digit budget');
      assert.equal(s.verdict, e.verdict, `${text(m)}·√2·10^${k}`);
      if (e.verdict !== 'not_psd') assert.equal(s.rank, e.rank, `${text(m)}·√2·10^${k}`);
      assertClean(text(m), scaled);
    }),
    { numRuns: 150 },
  );
});

test('PSD verdicts are invariant under a symmetric positive diagonal scaling D·M·D (dᵢ = √cᵢ·10^kᵢ from 10⁻¹⁵⁰ to 10¹⁵⁰)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(symmetricInts, gramInts),
      fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -150, max: 150 })), {
        minLength: 4,
        maxLength: 4,
      }),
      async (m, d) => {
        const exact = await reply(`psd ${text(m)}`);
        // dᵢ = √cᵢ·10^kᵢ: entry (i,j) becomes mᵢⱼ·√(cᵢcⱼ)·10^(kᵢ+kⱼ).
        const scaled = text(m.map((r, i) => r.map((v, j) => `${v}*sqrt(${d[i][0] * d[j][0]})*1e${d[i][1] + d[j][1]}`)));
        const s = await reply(`psd ${scaled}`);
        assert.ok(exact.ok && s.ok, `${scaled}: ${visible(s)}`);
        const ed = (exact as Answer).data;
        const sd = (s as Answer).data;
        assert.equal(sd.verdict, ed.verdict, scaled);
        if (ed.verdict !== 'not_psd') assert.equal(sd.rank, ed.rank, scaled);
        assertClean(scaled, s);
      },
    ),
    { numRuns: 150 },
  );
});

/** Entries from the edges of every range: huge, tiny, subnormal, past the exact budget, irrational, plain. */
const EXTREME = [
  '1e300*pi',
  '-1e300*sqrt(2)',
  '1e308*sqrt(3)',
  '1.7e308',
  '-1e-300*sqrt(2)',
  '1e-320*pi',
  '-5e-324*pi',
  '1e-310',
  '7^236',
  '1e2000',
  '-1e-2000',
  '10^1999',
  '2^1023*pi',
  '0',
  'pi',
  '1/3',
  '-2',
  'e^700',
  'sqrt(1e400)',
];

test('extreme entries never produce an internal error, Infinity or NaN, on any verb', async () => {
  const verbs = ['', 'schur ', 'psd ', 'oppenheim ', 'props ', 'relate '];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...verbs),
      fc.integer({ min: 1, max: 3 }),
      fc.array(fc.constantFrom(...EXTREME), { minLength: 18, maxLength: 18 }),
      fc.boolean(),
      async (verb, n, entries, symmetric) => {
        const mat = (offset: number): string[][] =>
          Array.from({ length: n }, (_, i) =>
            Array.from({ length: n }, (_, j) => entries[(offset + (symmetric ? i * j + i + j : i * n + j)) % 18]),
          );
        const cmd = verb === 'psd ' ? `psd ${text(mat(0))}` : `${verb}${text(mat(0))} ${text(mat(9))}`;
        const r = await reply(cmd); // an internal error would reject here
        assertClean(cmd, r);
        if (!r.ok)
          assert.ok(['out_of_range', 'timeout', 'too_large'].includes(r.code), `${cmd}: ${r.code} ${r.message}`);
      },
    ),
    { numRuns: 300 },
  );
});

test('the work limit is measured on the clock run() is given: a clock past 2 s is a timeout, a still one never is', async () => {
  // A clock that jumps 1.5 s each time it is read: past the limit by the end whatever the wall time.
  let t = 0;
  const jumping = () => (t += 1500);
  const late = await runText('schur hilbert(6) pascal(6)', { figures: false, clock: jumping });
  assert.equal(late.ok, false);
  assert.equal(!late.ok && late.code, 'timeout');
  // A clock that does not move: the same command answers, however long the machine took.
  const still = await runText('schur hilbert(6) pascal(6)', { figures: false, clock: () => 0 });
  assert.equal(still.ok, true);
  // And the default is wall time: a plain run answers too.
  assert.equal((await runText('schur hilbert(6) pascal(6)', { figures: false })).ok, true);
});
