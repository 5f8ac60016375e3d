/**
 * Generated commands for the high-precision oracle (issue 18): families of inputs where floating point loses a sign,
 * a nonzero or a verdict. Each family draws from a seeded generator (mulberry32), so a seed gives the same commands
 * everywhere; ids are `<family>-<index>`.
 *
 * - cancel: sqrt(q) − its 17-digit decimal, exp(10⁻ᵏ) − 1, cos(10⁻ᵏ) − 1, sin(x) − x, X·10ᵏ − the nearest integer, and
 *   surd identities that are exactly 0 (tan(pi/3) − sqrt(3)).
 * - magnitude: values from 10⁻³²⁰ to 10³⁰⁰ (and their products, past both ends of the double range).
 * - scaled: correlation matrices (Kac–Murdock–Szegő, irrational r) scaled by D = diag(10^±150), PD or not.
 * - gap: [[1, x], [x, x² ± 10⁻ᵏ]] with k from 9 to 40 (and x² exactly: singular), in 2×2 and 3×3.
 * - surd: rotations by 15°, 30°, 45°, 60°, 75°, rank-one outer products of their columns, [[a, √(ab)], [√(ab), b]].
 * - poly: polynomials in π or in e: rank-one Hankel matrices X^(i+j), identities like (X−1)² − (X² − 2X + 1).
 * - relate: traces tr(AᵀB) that cancel, e.g. [[pi*1e16, 1]] against [[1, −31415926535897932]].
 * - oppenheim: badly scaled A = [[X·10⁻ᵃ, 10⁻ᵇ], [10⁻ᵇ, 1]] against I or a correlation (det A of either sign).
 * - exact: rational matrices (control: the exact path is expected to be right).
 */
import { Decimal } from 'decimal.js';
import { Ctx, evaluate } from './hp-oracle.js';

export interface Case {
  id: string;
  family: string;
  text: string;
}

export type Rand = () => number;

export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const HIGH = new Ctx(250);

/** The integer nearest to the value of `expr` (at 250 digits), as decimal text. */
function nearestInteger(expr: string): string {
  const v = evaluate(expr, HIGH).mid();
  return v.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).toFixed(0);
}

const IRRATIONALS = ['pi', 'e', 'sqrt(2)', 'exp(1/3)', 'sqrt(7)/3', 'cos(1)', 'log(3)'];

function m1(x: string): string {
  return `[[${x}]]`;
}

function mat(rows: string[][]): string {
  return `[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`;
}

// ---------------------------------------------------------------- families

function cancelValue(r: Rand): string {
  const k = int(r, 5, 300);
  switch (int(r, 0, 7)) {
    case 0: {
      const q = pick(r, [2, 3, 5, 6, 7, 10, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]);
      return `sqrt(${q}) - ${Math.sqrt(q).toPrecision(17)}`;
    }
    case 1:
      return `exp(1e-${k}) - 1`;
    case 2:
      return pick(r, [`cos(1e-${k}) - 1`, `1 - cos(1e-${k})`]);
    case 3:
      return `sin(1e-${Math.min(k, 100)}) - 1e-${Math.min(k, 100)}`;
    case 4:
      return `log(1 + 1e-${k})`;
    case 5: {
      const x = pick(r, IRRATIONALS);
      const p = int(r, 10, 40);
      const n = nearestInteger(`${x}*1e${p}`);
      return pick(r, [`${x}*1e${p} - ${n}`, `${n} - ${x}*1e${p}`]);
    }
    case 6:
      // Exactly 0, through surds and special angles.
      return pick(r, [
        'tan(pi/3) - sqrt(3)',
        'sin(pi/4) - sqrt(2)/2',
        'cos(pi/6) - sqrt(3)/2',
        'sqrt(2)*sqrt(2) - 2',
        'sqrt(6) - sqrt(2)*sqrt(3)',
        'sqrt(2) + sqrt(3) - sqrt(5 + 2*sqrt(6))',
        '2*cos(pi/3) - 1',
        'sin(pi/12) - (sqrt(6) - sqrt(2))/4',
      ]);
    default:
      return `(1 + 1e-${k}) - 1`;
  }
}

function cancel(r: Rand): string {
  const v = cancelValue(r);
  switch (int(r, 0, 3)) {
    case 0:
      return `${m1(v)} ${m1(pick(r, ['1', '-3', '2/7', 'pi', 'sqrt(5)']))}`;
    case 1:
      return `psd ${m1(v)}`;
    case 2:
      return `${mat([[v, '1']])} ${mat([[pick(r, ['1', '-1', 'e']), v]])}`;
    default:
      return `psd ${mat([
        [v, '0'],
        ['0', '1'],
      ])}`;
  }
}

function scaledValue(r: Rand): string {
  return `${pick(r, [...IRRATIONALS, '1/3', '-7/2', '-pi'])}*1e${int(r, -320, 300)}`;
}

function magnitude(r: Rand): string {
  switch (int(r, 0, 2)) {
    case 0: {
      const n = int(r, 1, 2);
      const a = Array.from({ length: n }, () => [scaledValue(r), scaledValue(r)]);
      const b = Array.from({ length: n }, () => [scaledValue(r), scaledValue(r)]);
      return `${mat(a)} ${mat(b)}`;
    }
    case 1:
      return `psd ${mat([
        [scaledValue(r), '0'],
        ['0', scaledValue(r)],
      ])}`;
    default:
      return `schur ${mat([
        [scaledValue(r), '0'],
        ['0', scaledValue(r)],
      ])} ${mat([
        [scaledValue(r), '0'],
        ['0', scaledValue(r)],
      ])}`;
  }
}

const CORRELATION_R = ['99/100*exp(-1/2)', 'cos(1)', '1/sqrt(3)', '-2/3', 'sin(pi/7)', '-exp(-1/10)'];

/** A Kac–Murdock–Szegő correlation r^|i−j| (positive definite for |r| < 1), or an indefinite one. */
function correlation(r: Rand, n: number): string[][] {
  if (n === 3 && r() < 0.3) {
    const x = pick(r, ['9/10*cos(1/10)', '(sqrt(3)/2)', '95/100']);
    return [
      ['1', x, `-${x}`],
      [x, '1', x],
      [`-${x}`, x, '1'],
    ];
  }
  const x = pick(r, CORRELATION_R);
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      const k = Math.abs(i - j);
      return k === 0 ? '1' : k === 1 ? `(${x})` : `(${x})^${k}`;
    }),
  );
}

function scaleBy(c: string[][], s: number[]): string[][] {
  return c.map((row, i) => row.map((x, j) => `${x}*1e${s[i] + s[j]}`));
}

function scaled(r: Rand): string {
  const n = int(r, 2, 4);
  const s = Array.from({ length: n }, () => int(r, -150, 150));
  const m = scaleBy(correlation(r, n), s);
  switch (int(r, 0, 2)) {
    case 0:
      return `psd ${mat(m)}`;
    case 1:
      return `oppenheim ${mat(m)} ${mat(correlation(r, n))}`;
    default:
      return `schur ${mat(m)} ${mat(
        scaleBy(
          correlation(r, n),
          Array.from({ length: n }, () => int(r, -150, 150)),
        ),
      )}`;
  }
}

const GAP_X: [string, string][] = [
  ['sqrt(3)/2', '3/4'],
  ['sqrt(2)/3', '2/9'],
  ['cos(pi/7)', '(cos(pi/7))^2'],
  ['exp(-1)', 'exp(-2)'],
  ['1/pi', '1/pi^2'],
  ['sqrt(5)', '5'],
];

function gap(r: Rand): string {
  const [x, x2] = pick(r, GAP_X);
  const k = int(r, 9, 40);
  const d = pick(r, [`${x2} - 1/10^${k}`, `${x2} + 1/10^${k}`, `${x2} - 1e-${k}`, x2]);
  const m =
    r() < 0.6
      ? [
          ['1', x],
          [x, d],
        ]
      : [
          ['1', x, '0'],
          [x, d, '0'],
          ['0', '0', pick(r, ['2', '1e-30', 'pi'])],
        ];
  const n = m.length;
  switch (int(r, 0, 2)) {
    case 0:
      return `psd ${mat(m)}`;
    case 1:
      return `schur ${mat(m)} ${mat(correlation(r, n))}`;
    default:
      return `oppenheim ${mat(m)} ${mat(r() < 0.5 ? correlation(r, n) : m.map((row, i) => row.map((_, j) => (i === j ? '1' : '0'))))}`;
  }
}

const ANGLES = ['pi/12', 'pi/6', 'pi/4', 'pi/3', '5*pi/12'];

function surd(r: Rand): string {
  const t = pick(r, ANGLES);
  const c = `cos(${t})`;
  const s = `sin(${t})`;
  switch (int(r, 0, 4)) {
    case 0:
      return `${mat([
        [c, `-${s}`],
        [s, c],
      ])} ${mat([
        [c, s],
        [`-${s}`, c],
      ])}`;
    case 1:
      return `psd ${mat([
        [`${c}^2`, `${c}*${s}`],
        [`${c}*${s}`, `${s}^2`],
      ])}`;
    case 2:
      return `psd ${mat([
        ['1', c],
        [c, '1'],
      ])}`;
    case 3: {
      const a = int(r, 1, 9);
      const b = int(r, 1, 9);
      const k = int(r, 9, 40);
      const d = pick(r, [`${b}`, `${b} - 1/10^${k}`, `${b} + 1/10^${k}`]);
      const m = mat([
        [`${a}`, `sqrt(${a * b})`],
        [`sqrt(${a * b})`, d],
      ]);
      return r() < 0.5
        ? `psd ${m}`
        : `oppenheim ${m} ${mat([
            ['1', c],
            [c, '1'],
          ])}`;
    }
    default:
      return `schur ${mat([
        [`${c}^2`, `${c}*${s}`],
        [`${c}*${s}`, `${s}^2`],
      ])} ${mat([
        ['2', c],
        [c, '2'],
      ])}`;
  }
}

function poly(r: Rand): string {
  const x = pick(r, ['pi', 'e', 'exp(1)', '(pi/2)', '(e^2)']);
  const k = int(r, 9, 40);
  switch (int(r, 0, 4)) {
    case 0:
      return `psd ${mat([
        [`${x}^2`, x],
        [x, pick(r, ['1', `1 + 1/10^${k}`, `1 - 1/10^${k}`])],
      ])}`;
    case 1:
      return `psd ${mat(
        Array.from({ length: 3 }, (_, i) => Array.from({ length: 3 }, (_, j) => `${x}^${i + j + 1}`)),
      )}`;
    case 2:
      return `${mat([[`(${x}-1)^2 - (${x}^2 - 2*${x} + 1)`, `${x}^2 - 2*${x} + 1`]])} ${mat([['1', '-1']])}`;
    case 3:
      return `${mat([
        [x, `${x}^2`],
        ['1', x],
      ])} ${mat([
        ['1', '2'],
        ['3', '4'],
      ])}`;
    default:
      return `oppenheim ${mat([
        [`${x}^2`, x],
        [x, '1'],
      ])} ${mat([
        ['2', '1'],
        ['1', '2'],
      ])}`;
  }
}

function relate(r: Rand): string {
  const x = pick(r, IRRATIONALS);
  const p = int(r, 10, 40);
  const n = nearestInteger(`${x}*1e${p}`);
  if (r() < 0.5) return `relate ${mat([[`${x}*1e${p}`, '1']])} ${mat([['1', `-${n}`]])}`;
  // Two entries that cancel in the trace: a·c + b·d with b·d ≈ −a·c.
  const y = pick(r, IRRATIONALS);
  const m = nearestInteger(`${x}*${y}*1e${p}`);
  return `relate ${mat([
    [x, '1'],
    ['0', '1'],
  ])} ${mat([
    [`${y}*1e${p}`, `-${m}`],
    ['2', '1e-20'],
  ])}`;
}

function oppenheim(r: Rand): string {
  const x = pick(r, IRRATIONALS);
  const a = int(r, 20, 300);
  const b = Math.max(1, Math.floor(a / 2) + int(r, -5, 5));
  const m = [
    [`${x}*1e-${a}`, `1e-${b}`],
    [`1e-${b}`, '1'],
  ];
  const other = pick(r, [
    [
      ['1', '0'],
      ['0', '1'],
    ],
    correlation(r, 2),
    [
      ['2', '1'],
      ['1', '2'],
    ],
  ]);
  return r() < 0.5 ? `oppenheim ${mat(m)} ${mat(other)}` : `oppenheim ${mat(other)} ${mat(m)}`;
}

function exact(r: Rand): string {
  const n = int(r, 2, 4);
  const q = (): string => (r() < 0.5 ? `${int(r, -5, 5)}` : `${int(r, -9, 9)}/${int(r, 1, 7)}`);
  const sym = (): string[][] => {
    const m = Array.from({ length: n }, () => new Array<string>(n).fill('0'));
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) m[i][j] = m[j][i] = i === j ? `${int(r, 0, 6)}` : q();
    return m;
  };
  switch (int(r, 0, 3)) {
    case 0:
      return `psd ${mat(sym())}`;
    case 1:
      return `oppenheim ${mat(sym())} ${mat(sym())}`;
    case 2:
      return `schur ${mat(sym())} ${mat(sym())}`;
    default:
      return `relate ${mat(sym())} ${mat(sym())}`;
  }
}

export const FAMILIES: Record<string, (r: Rand) => string> = {
  cancel,
  magnitude,
  scaled,
  gap,
  surd,
  poly,
  relate,
  oppenheim,
  exact,
};

/** `perFamily` commands of each family, from one seed (each family has its own stream, so adding one moves none). */
export function generateCases(seed: number, perFamily: number): Case[] {
  const out: Case[] = [];
  for (const [f, [family, make]] of Object.entries(FAMILIES).entries()) {
    const r = mulberry32(seed * 31 + f * 1_000_003);
    for (let i = 0; i < perFamily; i++) out.push({ id: `${family}-${i}`, family, text: make(r) });
  }
  return out;
}
