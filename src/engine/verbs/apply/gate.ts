/**
 * `apply gate [c_prev] [f] [i] [g]` or `apply gate [seed:N]`: one LSTM cell-state step, cₜ = f∘cₜ₋₁ + i∘g, on
 * small vectors. The gates f and i are sigmoid outputs (between 0 and 1), g a tanh candidate. The built-in vectors
 * come from a seed (mulberry32, the quiz's generator) as short exact decimals, so the step is exact.
 */
import type { GateData } from '../../data.js';
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { fence } from '../../format.js';
import { latexBlocks, latexMatrix } from '../../latex.js';
import type { Matrix } from '../../numbers/matrix.js';
import { Rational } from '../../numbers/rational.js';
import { add, formatScalar, isExactValue, mul, sign, sub, toFloat, type Scalar } from '../../numbers/scalar.js';
import { mulberry32 } from '../../quiz/random.js';
import type { Section } from '../../types.js';
import type { VerbResult } from '../result.js';
import { entries, exactness, readable, vectorOf } from './common.js';

/** Length of the built-in vectors. */
export const BUILT_IN_UNITS = 6;
export const DEFAULT_GATE_SEED = 1;

const EXAMPLE = 'apply gate [0.5,-1,2] [0.9,0.1,0.5] [0.2,0.8,0.5] [1,-0.5,0.25]';

/** The built-in cₜ₋₁, f, i, g of a seed: c in tenths from −2 to 2, gates in twentieths, g in twentieths of (−1, 1). */
export function builtInGate(seed: number, d = BUILT_IN_UNITS): Scalar[][] {
  const rng = mulberry32(seed);
  const vec = (lo: number, hi: number, den: number) =>
    Array.from({ length: d }, () => Rational.of(rng.int(lo, hi), den) as Scalar);
  return [vec(-20, 20, 10), vec(1, 19, 20), vec(1, 19, 20), vec(-19, 19, 20)];
}

export function gateApplication(operands: Matrix[], seed: number | undefined): VerbResult<GateData> {
  if (operands.length !== 0 && operands.length !== 4)
    throw new UserError(
      'missing_operand',
      t('apply.gate.needsFour', { n: String(operands.length) }),
      t('apply.gate.needsFourHint', { example: EXAMPLE }),
    );
  if (operands.length && seed !== undefined)
    throw new UserError('bad_argument', t('apply.gate.seedWithVectors'), t('apply.example', { example: EXAMPLE }));
  const builtIn = operands.length === 0;
  const names = ['cₜ₋₁', 'f', 'i', 'g'];
  const [cPrev, f, i, g] = builtIn
    ? builtInGate(seed ?? DEFAULT_GATE_SEED)
    : operands.map((m, k) => vectorOf(m, t('apply.gate.vector', { name: names[k], k: String(k + 1) }), EXAMPLE));
  const d = cPrev.length;
  [f, i, g].forEach((v, k) => {
    if (v.length !== d)
      throw new UserError(
        'shape_mismatch',
        t('apply.gate.lengths', { d: String(d), name: names[k + 1], length: String(v.length) }),
        t('apply.example', { example: EXAMPLE }),
      );
  });
  // The gates are sigmoid outputs: what fraction passes, between 0 and 1.
  for (const [v, name] of [
    [f, t('apply.gate.forget')],
    [i, t('apply.gate.input')],
  ] as const)
    v.forEach((x, k) => {
      if (sign(x) < 0 || sign(sub(x, Rational.ONE)) > 0)
        throw new UserError(
          'bad_argument',
          t('apply.gate.notSigmoid', { name, k: String(k + 1), value: formatScalar(x) }),
          t('apply.gate.notSigmoidHint', { example: EXAMPLE }),
        );
    });
  const kept = cPrev.map((x, k) => mul(f[k], x));
  const written = g.map((x, k) => mul(i[k], x));
  const c = kept.map((x, k) => add(x, written[k]));
  const exact = [...cPrev, ...f, ...i, ...g].every(isExactValue);
  const why = t('apply.gate.why');
  const f4 = (x: Scalar) => readable(x, 4);
  const width = Math.max(6, ...[...cPrev, ...f, ...kept, ...i, ...g, ...written, ...c].map((x) => f4(x).length));
  const col = (s: string) => s.padStart(width);
  const table = [
    ['k', 'cₜ₋₁', 'f', 'f∘cₜ₋₁', 'i', 'g', 'i∘g', 'cₜ'].map((h, k) => (k === 0 ? h.padStart(2) : col(h))).join(' '),
    ...cPrev.map((_, k) =>
      [
        String(k + 1).padStart(2),
        ...[cPrev[k], f[k], kept[k], i[k], g[k], written[k], c[k]].map((x) => col(f4(x))),
      ].join(' '),
    ),
  ];
  const largest = (v: Scalar[]) => v.reduce<number>((best, x, k) => (toFloat(x) > toFloat(v[best]) ? k : best), 0);
  const keepsMost = largest(f);
  const writesMost = largest(i);
  const sections: Section[] = [
    { body: fence(table.join('\n')) },
    {
      body: t('apply.gate.most', {
        keeps: String(keepsMost + 1),
        f: f4(f[keepsMost]),
        writes: String(writesMost + 1),
        i: f4(i[writesMost]),
      }),
    },
    { heading: t('apply.why'), body: why },
    {
      body: t(builtIn ? 'apply.gate.noteSeed' : 'apply.gate.note', {
        exactness: t(exact ? 'apply.gate.exact' : 'apply.numericalFloat'),
        seed: String(seed ?? DEFAULT_GATE_SEED),
      }),
    },
  ];
  const data: GateData = {
    application: 'gate',
    builtIn,
    exact,
    why,
    seed: builtIn ? (seed ?? DEFAULT_GATE_SEED) : null,
    cPrev: entries(cPrev),
    f: entries(f),
    i: entries(i),
    g: entries(g),
    kept: entries(kept),
    written: entries(written),
    c: entries(c),
  };
  const col1 = (v: typeof data.c) => latexMatrix(v.map((x) => [x]));
  data.latex = latexBlocks([
    `c_t = f \\circ c_{t-1} + i \\circ g = ${col1(data.f)} \\circ ${col1(data.cPrev)} + ${col1(data.i)} \\circ ${col1(data.g)} = ${col1(data.kept)} + ${col1(data.written)} = ${col1(data.c)}`,
  ]);
  return {
    title: t('apply.gate.title'),
    summary: t('apply.gate.summary', { c: c.map(f4).join(', '), d, exact: exactness(exact) }),
    sections,
    data,
  };
}
