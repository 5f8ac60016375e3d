/**
 * Independent arithmetic for the quiz tests: the matrices are read back from a question's `worked` command with a
 * parser written here, and every check (entries, traces, Kronecker positions, PSD by principal minors, determinants
 * by cofactor expansion) is computed here with exact rationals, not by the engine's verbs, LDLᵀ or Bareiss code.
 */
import { Rational } from '../../../src/engine/numbers/rational.js';

export type Q = Rational[][];

/** `[[1,-2/3],[4,5]]` → exact rows. Only the forms the generator writes: integers and p/q. */
export function parseRows(text: string): Q {
  const inner = text.trim().replace(/^\[\[/, '').replace(/\]\]$/, '');
  return inner.split('],[').map((row) =>
    row.split(',').map((e) => {
      const m = /^(-?\d+)(?:\/(\d+))?$/.exec(e.trim());
      if (!m) throw new Error(`not an exact entry: ${e}`);
      return Rational.of(BigInt(m[1]), BigInt(m[2] ?? '1'));
    }),
  );
}

/** The bracketed matrices of a command, in order (`eye(n)` is read as the identity). */
export function matricesOf(command: string): Q[] {
  const out: Q[] = [];
  const re = /\[\[[^\]]*\](?:,\[[^\]]*\])*\]|eye\((\d+)\)/g;
  for (const m of command.matchAll(re)) {
    if (m[1]) {
      const n = Number(m[1]);
      out.push(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Rational.of(i === j ? 1 : 0))));
    } else out.push(parseRows(m[0]));
  }
  return out;
}

/** A choice label that is a number: "18", "-6/7". */
export function labelValue(label: string): Rational {
  return parseRows(`[[${label}]]`)[0][0];
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
/** "₂₃" → [2, 3] (1-based; the generator's matrices are at most 4×4, so one digit each). */
export function subscriptPair(s: string): [number, number] {
  const digits = [...s].map((c) => SUB.indexOf(c));
  if (digits.length !== 2 || digits.some((d) => d < 0)) throw new Error(`not a subscript pair: ${s}`);
  return [digits[0], digits[1]];
}

export const sum = (xs: Rational[]): Rational => xs.reduce((s, x) => s.add(x), Rational.ZERO);

export function hadamardQ(a: Q, b: Q): Q {
  return a.map((r, i) => r.map((x, j) => x.mul(b[i][j])));
}

export function mulQ(a: Q, b: Q): Q {
  return a.map((r) => b[0].map((_, j) => sum(r.map((x, k) => x.mul(b[k][j])))));
}

export function transposeQ(a: Q): Q {
  return a[0].map((_, j) => a.map((r) => r[j]));
}

export function equalQ(a: Q, b: Q): boolean {
  return a.length === b.length && a.every((r, i) => r.length === b[i].length && r.every((x, j) => x.equals(b[i][j])));
}

export function kronQ(a: Q, b: Q): Q {
  const [m, n, p, q] = [a.length, a[0].length, b.length, b[0].length];
  return Array.from({ length: m * p }, (_, r) =>
    Array.from({ length: n * q }, (_, c) => a[Math.floor(r / p)][Math.floor(c / q)].mul(b[r % p][c % q])),
  );
}

/** Determinant by cofactor expansion along the first row (n ≤ 4 here: at most 24 terms). */
export function detQ(a: Q): Rational {
  const n = a.length;
  if (n === 1) return a[0][0];
  let d = Rational.ZERO;
  for (let j = 0; j < n; j++) {
    if (a[0][j].isZero()) continue;
    const minor = a.slice(1).map((r) => r.filter((_, k) => k !== j));
    const term = a[0][j].mul(detQ(minor));
    d = j % 2 === 0 ? d.add(term) : d.sub(term);
  }
  return d;
}

export function isSymmetricQ(a: Q): boolean {
  return a.every((r, i) => r.every((x, j) => x.equals(a[j][i])));
}

/** Every principal minor (all index subsets), for the PSD test. */
function principalMinors(a: Q): Rational[] {
  const n = a.length;
  const out: Rational[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const idx = Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));
    out.push(detQ(idx.map((i) => idx.map((j) => a[i][j]))));
  }
  return out;
}

/**
 * The verdict by minors: a symmetric matrix is PSD iff every principal minor is ≥ 0, and PD iff every leading
 * principal minor is > 0 (Sylvester).
 */
export function verdictByMinors(a: Q): 'pd' | 'psd' | 'not_psd' | 'not_symmetric' {
  if (!isSymmetricQ(a)) return 'not_symmetric';
  const n = a.length;
  const leading = Array.from({ length: n }, (_, k) => detQ(a.slice(0, k + 1).map((r) => r.slice(0, k + 1))));
  if (leading.every((d) => d.sign() > 0)) return 'pd';
  return principalMinors(a).every((d) => d.sign() >= 0) ? 'psd' : 'not_psd';
}

export const isPsdVerdict = (v: string): boolean => v === 'pd' || v === 'psd';
