// The engine against an independent high-precision oracle (./hp-oracle.ts, issue 18): the issue's examples by hand,
// then generated cases (./hp-cases.ts: cancellations, magnitudes from 1e-320 to 1e300, correlations scaled by
// diag(10^±150), near-singular gaps, surds and special angles, polynomials in π and e, cancelling traces, badly scaled
// Oppenheim, exact controls). A wrong sign, a silent zero, a wrong verdict or rank, a false equality, contradicting
// evidence or a refusal fails (./hp-check.ts).
//
// Today's engine fails many of them: those are listed, with the oracle's truth, in ./hp-known-failures.ts, "expected
// to fail until the certified numbers land"; this test prints how many, fails on any failure not listed, and fails on
// a listed case that now passes (remove it from the list). ORACLE_UPDATE_KNOWN=1 rewrites the list from a run.
//
// Seeds: a constant in CI; `npm run test:fuzz` (FUZZ_RANDOM=1) draws one, prints it and runs ORACLE_CASES (default
// 100) cases per family; FUZZ_SEED=<n> replays. With a random seed the list's ids mean nothing: a failure there is
// tolerated when its family already fails that way in the list (a known kind), unless ORACLE_STRICT=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { runText } from '../../src/engine/index.js';
import { Ctx, evaluate, machinPi, oracle, readCommand, tridiagonalEigenvalues, type Truth } from './hp-oracle.js';
import { check, type Failure } from './hp-check.js';
import { generateCases, type Case } from './hp-cases.js';
import { KNOWN_FAILURES } from './hp-known-failures.js';

const CI_SEED = 180_018;
const RANDOM = process.env.FUZZ_RANDOM === '1';
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : RANDOM ? (Math.random() * 2 ** 31) >>> 0 : CI_SEED;
const PER_FAMILY = Number(process.env.ORACLE_CASES ?? (RANDOM ? 100 : 14));
const LISTED = SEED === CI_SEED && !process.env.ORACLE_CASES;
console.log(
  `hp-oracle: seed ${SEED}, ${PER_FAMILY} cases per family (replay with FUZZ_SEED=${SEED} ORACLE_CASES=${PER_FAMILY})`,
);

// ---------------------------------------------------------------- the oracle itself

test('oracle: π by Machin, sin, cos, exp and log to 300+ digits, against known digits', () => {
  assert.equal(machinPi(60).toSignificantDigits(50).toString(), '3.1415926535897932384626433832795028841971693993751');
  const c = new Ctx(300);
  const digits = (x: string, n = 40): string => evaluate(x, c).mid().toSignificantDigits(n).toString();
  const sig = (x: string, n: number): string => evaluate(x, c).mid().toSignificantDigits(n).toExponential();
  assert.equal(digits('sin(1)'), '0.8414709848078965066525023216302989996226');
  assert.equal(digits('cos(1)'), '0.5403023058681397174009366074429766037323');
  assert.equal(digits('exp(1)'), '2.718281828459045235360287471352662497757');
  assert.equal(digits('log(10)'), '2.302585092994045684017991454684364207601');
  assert.equal(digits('sqrt(2)'), '1.41421356237309504880168872420969807857');
  // sin(10^20) needs the reduction modulo 2π with 20 more digits.
  assert.equal(digits('sin(1e20)', 16), '-0.6452512852657808');
  // The cancellations of the issue, and the grammar's precedence.
  assert.equal(sig('cos(1e-20) - 1', 5), '-5e-41');
  assert.equal(sig('exp(1e-20) - 1', 25), '1.000000000000000000005e-20');
  assert.equal(sig('sqrt(2) - 1.4142135623730951', 6), '-5.11983e-17');
  assert.equal(evaluate('-2^2', c).exact?.toString(), '-4');
  assert.equal(evaluate('2^3^2', c).exact?.toString(), '512');
  assert.equal(evaluate('1.5e-3 + 1/3', c).exact?.toString(), '2009/6000');
  // Enclosures contain the value: an exact zero built from irrationals is not decided, only bounded.
  const z = evaluate('sqrt(2)*sqrt(2) - 2', new Ctx(1000));
  assert.equal(z.sign(), null);
  assert.ok(z.hi.minus(z.lo).lt('1e-990'));
  assert.equal(evaluate('tan(pi/4) - 1', c).sign(), null);
  assert.equal(evaluate('pi*1e16 - 31415926535897932', c).sign(), 1);
});

test('oracle: verdicts, ranks, determinants and gaps from principal minors', () => {
  const psd = (text: string): NonNullable<Truth['psd']> => oracle(`psd ${text}`).psd!;
  assert.deepEqual(
    { ...psd('[[2, 1], [1, 2]]'), sums: undefined },
    { verdict: 'pd', rank: 2, undecidable: false, eigenSigns: [1, 1], sums: undefined },
  );
  assert.equal(psd('[[1, 2], [2, 1]]').verdict, 'not_psd');
  assert.deepEqual(psd('[[1, 2], [2, 1]]').eigenSigns, [-1, 1]);
  assert.equal(psd('[[1, 2], [3, 4]]').verdict, 'not_symmetric');
  const singular = psd('[[2, sqrt(2)], [sqrt(2), 1]]');
  assert.equal(singular.verdict, 'psd');
  assert.equal(singular.rank, 1);
  assert.equal(singular.undecidable, true); // det = 2 − √2·√2: zero to 1,000 digits
  assert.equal(psd('[[1, sqrt(3)/2], [sqrt(3)/2, 3/4 - 1/10^40]]').verdict, 'not_psd');
  assert.equal(psd('[[1, 0.99*exp(-1/2)*1e-161], [0.99*exp(-1/2)*1e-161, exp(-1)*1e-322]]').verdict, 'pd');
  const o = oracle('oppenheim [[pi*1e-100, 1e-50], [1e-50, 1]] [[1,0],[0,1]]').oppenheim!;
  assert.equal(o.detA.value.toSignificantDigits(6).toExponential(), '2.14159e-100');
  assert.equal(o.detAB.value.toSignificantDigits(6).toExponential(), '3.14159e-100');
  assert.equal(o.gapA.sign, 1);
  assert.equal(o.gapB.sign, 'zero?'); // det(A∘I) = ∏aᵢᵢ = det(I)·∏aᵢᵢ exactly; with π inside, bounded only
  assert.deepEqual(readCommand('/hadamard relate A=[1, 2; 3, 4] ∘ [[5,6],[7,8]]'), {
    verb: 'relate',
    matrices: [
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [
        ['5', '6'],
        ['7', '8'],
      ],
    ],
  });
});

test('oracle: tridiagonal eigenvalues by Sturm bisection', () => {
  // The path graph: 2cos(kπ/(n+1)).
  const path = tridiagonalEigenvalues([0, 0, 0, 0, 0], [1, 1, 1, 1], 30).map((x) => x.toNumber());
  const want = [5, 4, 3, 2, 1].map((k) => 2 * Math.cos((k * Math.PI) / 6));
  for (let k = 0; k < 5; k++) assert.ok(Math.abs(path[k] - want[k]) < 1e-15, `λ_${k}`);
  // The issue's block: −1.24698, 0.44504, 1.80194 (the roots of λ³ − λ² − 2λ + 1).
  const block = tridiagonalEigenvalues([0, -1.09e-160, 1], [1, 1], 30).map((x) => x.toSignificantDigits(6).toNumber());
  assert.deepEqual(block, [-1.24698, 0.445042, 1.80194]);
});

test('the checker fails what it should: a wrong sign, a silent zero, a false nonzero, a needless undecided', () => {
  const kinds = (data: object, text: string): string[] => check({ ok: true, data }, oracle(text)).map((f) => f.kind);
  assert.deepEqual(kinds({ product: [[1]] }, '[[-1]] [[1]]'), ['wrong_sign']);
  assert.deepEqual(kinds({ product: [[0]] }, '[[exp(1e-20) - 1]] [[1]]'), ['silent_zero']);
  assert.deepEqual(kinds({ product: [[1.0000001]] }, '[[1]] [[1]]'), ['wrong_value']);
  assert.deepEqual(kinds({ product: [['1/3']] }, '[[1/3]] [[1]]'), []);
  assert.deepEqual(kinds({ product: [[4.4e-16]] }, '[[sqrt(2)*sqrt(2) - 2]] [[1]]'), ['false_nonzero']);
  assert.deepEqual(kinds({ product: [[0]] }, '[[sqrt(2)*sqrt(2) - 2]] [[1]]'), []);
  assert.deepEqual(kinds({ product: [['undecided']] }, '[[sqrt(2)*sqrt(2) - 2]] [[1]]'), []);
  assert.deepEqual(kinds({ product: [['undecided']] }, '[[sqrt(2) - 1]] [[1]]'), ['needless_undecided']);
  assert.deepEqual(kinds({ verdict: 'undecided' }, 'psd [[2, sqrt(2)], [sqrt(2), 1]]'), []);
  assert.deepEqual(kinds({ verdict: 'pd', rank: 2 }, 'psd [[2, sqrt(2)], [sqrt(2), 1]]'), ['wrong_verdict']);
  assert.deepEqual(kinds({ verdict: 'psd', rank: 2 }, 'psd [[2, sqrt(2)], [sqrt(2), 1]]'), ['wrong_rank']);
  assert.deepEqual(kinds({ verdict: 'pd', rank: 2, eigenvalues: [-2, 1e16] }, 'psd [[1e16,1e8],[1e8,2]]'), [
    'evidence',
  ]);
  assert.deepEqual(kinds({ verdict: 'not_psd', witness: [1, 0], rank: 2 }, 'psd [[1, 2], [2, 1]]'), ['witness']);
  assert.deepEqual(kinds({ verdict: 'not_psd', witness: [1, -1], rank: 2 }, 'psd [[1, 2], [2, 1]]'), []);
  const opp = 'oppenheim [[pi*1e-100, 1e-50], [1e-50, 1]] [[1,0],[0,1]]';
  const oppData = { detA: 2.14e-100, detB: 1, detAB: 3.14e-100, verdicts: { A: 'pd', B: 'pd' }, holdsB: true };
  assert.deepEqual(kinds({ ...oppData, holdsA: true, equalityA: true, equalityB: true }, opp), ['false_equality']);
  assert.deepEqual(kinds({ ...oppData, holdsA: true, equalityA: false, equalityB: false }, opp), ['false_nonzero']);
  assert.deepEqual(kinds({ ...oppData, holdsA: true, equalityA: false, equalityB: 'undecided' }, opp), []);
  assert.deepEqual(
    check({ ok: false, code: 'out_of_range', message: 'too large' }, oracle('[[1e200*pi]] [[1e200*pi]]')).map(
      (f) => f.kind,
    ),
    ['refused'],
  );
});

// ---------------------------------------------------------------- the engine against it

/** The issue's examples, each with the oracle's truth asserted first (so the oracle is checked against the issue). */
const ISSUE_EXAMPLES: { id: string; text: string; truth: (t: Truth) => void }[] = [
  {
    // The literal is exact (DESIGN §4): √2 − 1.4142135623730951 = −5.12e-17. (The issue's −9.7e-17 is √2 minus the
    // double nearest to it; the sign is the same.)
    id: 'issue-sqrt2',
    text: '[[sqrt(2) - 1.4142135623730951]] [[1]]',
    truth: (t) => assert.equal(t.product![0][0].sign, -1),
  },
  {
    id: 'issue-exp',
    text: '[[exp(1e-20) - 1]] [[1]]',
    truth: (t) => assert.equal(t.product![0][0].value.toSignificantDigits(3).toExponential(), '1e-20'),
  },
  { id: 'issue-cos', text: 'psd [[cos(1e-20) - 1]]', truth: (t) => assert.equal(t.psd!.verdict, 'not_psd') },
  {
    id: 'issue-trace',
    text: 'relate [[pi*1e16, 1]] [[1, -31415926535897932]]',
    truth: (t) => assert.equal(t.trace!.value.toSignificantDigits(4).toString(), '0.3846'),
  },
  {
    id: 'issue-subnormal',
    text: 'psd [[1, 0.99*exp(-1/2)*1e-161], [0.99*exp(-1/2)*1e-161, exp(-1)*1e-322]]',
    truth: (t) => assert.equal(t.psd!.verdict, 'pd'),
  },
  {
    id: 'issue-oppenheim',
    text: 'oppenheim [[pi*1e-100, 1e-50], [1e-50, 1]] [[1,0],[0,1]]',
    truth: (t) => assert.equal(t.oppenheim!.gapA.sign, 1),
  },
  {
    id: 'issue-gap',
    text: 'psd [[1, sqrt(3)/2],[sqrt(3)/2, 3/4 - 1/10^40]]',
    truth: (t) => assert.equal(t.psd!.verdict, 'not_psd'),
  },
  {
    id: 'issue-singular',
    text: 'psd [[2, sqrt(2)],[sqrt(2), 1]]',
    truth: (t) => assert.deepEqual([t.psd!.verdict, t.psd!.rank, t.psd!.undecidable], ['psd', 1, true]),
  },
  {
    id: 'issue-evidence-small',
    text: 'psd [[1,1/2,0],[1/2,1,0],[0,0,1/10^30]]',
    truth: (t) => assert.deepEqual(t.psd!.eigenSigns, [1, 1, 1]),
  },
  {
    id: 'issue-evidence-large',
    text: 'psd [[1e16,1e8],[1e8,1.0000000001]]',
    truth: (t) => assert.deepEqual([t.psd!.verdict, t.psd!.eigenSigns], ['pd', [1, 1]]),
  },
  {
    id: 'issue-range',
    text: '[[1e200*pi]] [[1e200*pi]]',
    truth: (t) => assert.equal(t.product![0][0].value.toSignificantDigits(5).toExponential(), '9.8696e+400'),
  },
  {
    id: 'issue-tiny',
    text: '[[1e-320*pi]] [[1]]',
    truth: (t) => assert.equal(t.product![0][0].value.toSignificantDigits(5).toExponential(), '3.1416e-320'),
  },
  {
    id: 'issue-45',
    text: 'psd [[cos(pi/4)^2, cos(pi/4)*sin(pi/4)], [cos(pi/4)*sin(pi/4), sin(pi/4)^2]]',
    truth: (t) => assert.deepEqual([t.psd!.verdict, t.psd!.rank], ['psd', 1]),
  },
];

interface Outcome {
  c: Case;
  failures: Failure[];
}

async function runCase(c: Case, truth?: (t: Truth) => void): Promise<Outcome> {
  const t = oracle(c.text);
  truth?.(t);
  const reply = await runText(c.text, { figures: false });
  return { c, failures: check(reply, t) };
}

/** One line per failing case: its kinds (joined by +), then its first failure, short, and how many more. */
function summary(o: Outcome): string {
  const [f] = o.failures;
  const kinds = [...new Set(o.failures.map((x) => x.kind))].join('+');
  const more = o.failures.length > 1 ? ` (+${o.failures.length - 1} more)` : '';
  const detail = f.detail.length > 150 ? `${f.detail.slice(0, 150)}…` : f.detail;
  return `${kinds} ${f.where}: ${detail}${more}`;
}

const outcomes: Outcome[] = [];

test("the issue's examples: the oracle's truth, then the engine's answers", async () => {
  for (const ex of ISSUE_EXAMPLES)
    outcomes.push(await runCase({ id: ex.id, family: 'issue', text: ex.text }, ex.truth));
});

test(`generated cases against the oracle (seed ${SEED}, ${PER_FAMILY} per family)`, async () => {
  for (const c of generateCases(SEED, PER_FAMILY)) outcomes.push(await runCase(c));
});

test('failures are exactly the known ones (expected to fail until the certified numbers land)', () => {
  const failing = outcomes.filter((o) => o.failures.length > 0);
  const byFamily = new Map<string, { total: number; failing: number }>();
  const byKind = new Map<string, number>();
  for (const o of outcomes) {
    const f = byFamily.get(o.c.family) ?? { total: 0, failing: 0 };
    f.total++;
    if (o.failures.length) f.failing++;
    byFamily.set(o.c.family, f);
    for (const k of new Set(o.failures.map((x) => x.kind))) byKind.set(k, (byKind.get(k) ?? 0) + 1);
  }
  console.log(
    `hp-oracle: ${failing.length} of ${outcomes.length} cases fail today; by family: ${[...byFamily]
      .map(([k, v]) => `${k} ${v.failing}/${v.total}`)
      .join(', ')}; by kind: ${[...byKind].map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );

  if (process.env.ORACLE_UPDATE_KNOWN === '1') {
    assert.ok(LISTED, 'ORACLE_UPDATE_KNOWN=1 needs the CI seed and case count');
    writeKnown(failing);
    return;
  }
  if (LISTED) {
    const unexpected = failing.filter((o) => !(o.c.id in KNOWN_FAILURES));
    const fixed = outcomes.filter((o) => o.failures.length === 0 && o.c.id in KNOWN_FAILURES).map((o) => o.c.id);
    const listedButAbsent = Object.keys(KNOWN_FAILURES).filter((id) => !outcomes.some((o) => o.c.id === id));
    console.log(`hp-oracle: ${failing.length - unexpected.length} known failures (hp-known-failures.ts)`);
    assert.deepEqual(
      unexpected.map(
        (o) =>
          `${o.c.id}: ${o.c.text}\n    ${o.failures.map((f) => `${f.kind} ${f.where}: ${f.detail}`).join('\n    ')}`,
      ),
      [],
      'cases that fail and are not in KNOWN_FAILURES (a regression, or a new case: see the file header)',
    );
    assert.deepEqual(fixed, [], 'these cases are right now: remove them from KNOWN_FAILURES (hp-known-failures.ts)');
    assert.deepEqual(listedButAbsent, [], 'KNOWN_FAILURES lists cases this run does not generate');
    return;
  }
  // A random seed: the issue's examples are the same as in CI (known by id); a generated case's failure is
  // tolerated when its family already fails that way in the list, unless ORACLE_STRICT=1.
  const knownKinds = new Set(
    Object.entries(KNOWN_FAILURES).flatMap(([id, line]) =>
      line
        .split(' ')[0]
        .split('+')
        .map((kind) => `${id.replace(/-\d+$/, '')}:${kind}`),
    ),
  );
  const strict = process.env.ORACLE_STRICT === '1';
  const tolerated = (o: Outcome): boolean =>
    o.c.family === 'issue'
      ? o.c.id in KNOWN_FAILURES
      : o.failures.every((f) => knownKinds.has(`${o.c.family}:${f.kind}`));
  const newKinds = failing.filter((o) => strict || !tolerated(o));
  for (const o of failing.slice(0, 40)) console.log(`  ${o.c.id}: ${o.c.text}\n    ${summary(o)}`);
  assert.deepEqual(
    newKinds.map((o) => `${o.c.id} (seed ${SEED}): ${o.c.text}\n    ${summary(o)}`),
    [],
    strict ? 'failures (ORACLE_STRICT=1)' : 'failures of a kind the known list does not have for that family',
  );
});

/** Rewrites hp-known-failures.ts from this run (ORACLE_UPDATE_KNOWN=1). */
function writeKnown(failing: Outcome[]): void {
  const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines = failing.map((o) => `  ${quote(o.c.id)}:\n    ${quote(summary(o))},`);
  const file = new URL('./hp-known-failures.ts', import.meta.url);
  const header = readHeader(file);
  writeFileSync(file, `${header}export const KNOWN_FAILURES: Record<string, string> = {\n${lines.join('\n')}\n};\n`);
  console.log(`hp-oracle: wrote ${failing.length} known failures; run prettier --write on the file`);
}

/** The file's comment, kept when it is rewritten. */
function readHeader(file: URL): string {
  const text = readFileSync(file, 'utf8');
  return text.slice(0, text.indexOf('export const KNOWN_FAILURES'));
}
