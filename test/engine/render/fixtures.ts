/**
 * Hand-written `data` for every figure type, shaped exactly as the engine produces it (DESIGN §5,
 * src/engine/data.ts), including the awkward cases: six operands, 12×12, huge fractions,
 * negatives, not symmetric, floating input with a tolerance. Tests and `npm run gallery` share them.
 */
import type {
  OppenheimData,
  ProductData,
  PsdData,
  RelateData,
  SchurData,
  ScoresData,
  MeData,
} from '../../../src/engine/data.js';
import { APPLY_CASES, type ApplyCase } from './fixtures-apps.js';

export type FigureCase =
  | { name: string; kind: 'product'; data: ProductData }
  | { name: string; kind: 'psd'; data: PsdData }
  | { name: string; kind: 'schur'; data: SchurData }
  | { name: string; kind: 'oppenheim'; data: OppenheimData }
  | { name: string; kind: 'relate'; data: RelateData }
  | { name: string; kind: 'scores'; data: ScoresData }
  | { name: string; kind: 'me'; data: MeData }
  | ApplyCase;

/** A deterministic n×n integer matrix with both signs: entry (i, j) = ((i·7 + j·3 + seed) mod 19) − 9. */
function pattern(n: number, seed: number, m = n): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => ((i * 7 + j * 3 + seed) % 19) - 9));
}

function multiplyEntrywise(ms: number[][][]): number[][] {
  return ms[0].map((r, i) => r.map((_, j) => ms.reduce((p, m) => p * m[i][j], 1)));
}

// product of [[2,3],[4,1]] and [[5,6],[7,8]] = [[10,18],[28,8]]; worked entry (0,1): 3·6 = 18
export const product2x2: ProductData = {
  shape: [2, 2],
  operands: [
    [
      [2, 3],
      [4, 1],
    ],
    [
      [5, 6],
      [7, 8],
    ],
  ],
  labels: ['A', 'B'],
  product: [
    [10, 18],
    [28, 8],
  ],
  exact: true,
  worked: { row: 0, col: 1, factors: [3, 6], value: 18 },
};

// [[1/2,-2/3],[3/4,5]] ∘ [[-2/5,9/7],[-1,1/3]] = [[-1/5,-6/7],[-3/4,5/3]]
export const productFractions: ProductData = {
  shape: [2, 2],
  operands: [
    [
      ['1/2', '-2/3'],
      ['3/4', 5],
    ],
    [
      ['-2/5', '9/7'],
      [-1, '1/3'],
    ],
  ],
  labels: ['A', 'B'],
  product: [
    ['-1/5', '-6/7'],
    ['-3/4', '5/3'],
  ],
  exact: true,
  worked: { row: 0, col: 1, factors: ['-2/3', '9/7'], value: '-6/7' },
};

const six = [1, 2, 3, 4, 5, 6].map((s) => pattern(3, s));
// six 3×3 operands: A∘B∘C∘D∘E∘F, worked entry (1,2)
export const productSix: ProductData = {
  shape: [3, 3],
  operands: six,
  labels: ['A', 'B', 'C', 'D', 'E', 'F'],
  product: multiplyEntrywise(six),
  exact: true,
  worked: { row: 1, col: 2, factors: six.map((m) => m[1][2]), value: multiplyEntrywise(six)[1][2] },
};

const hugeNum = '-' + '9'.repeat(40) + '7/' + '1' + '0'.repeat(38) + '3';
// huge fractions (41-digit numerators), 3×4, negative entries; the product is exact
export const productHuge: ProductData = {
  shape: [3, 4],
  operands: [
    [
      ['123456789012345678901234567890/7', -3, '1/3', 0],
      [hugeNum, '22/7', -1000000, '5/12'],
      [1, 2, 3, '-355/113'],
    ],
    [
      ['7/123456789012345678901234567890', 2, '-3', 4],
      ['-1/2', '-7/22', '-1/1000000', '12/5'],
      [9, '99999999999999999999', '1/3', 113],
    ],
  ],
  labels: ['A', 'B'],
  product: [
    [1, -6, -1, 0],
    ['9' + '9'.repeat(39) + '7/2' + '0'.repeat(38) + '6', -1, 1, 1],
    [9, '199999999999999999998', 1, -355],
  ],
  exact: true,
  worked: { row: 1, col: 0, factors: [hugeNum, '-1/2'], value: '9' + '9'.repeat(39) + '7/2' + '0'.repeat(38) + '6' },
};

const a12 = pattern(12, 2);
const b12 = pattern(12, 5).map((r) => r.map((v) => v / 4));
// 12×12 floats: drawn as heatmaps; worked entry (2,5): 3 · 1.5 = 4.5
export const product12: ProductData = {
  shape: [12, 12],
  operands: [a12, b12],
  labels: ['A', 'B'],
  product: multiplyEntrywise([a12, b12]),
  exact: false,
  worked: { row: 2, col: 5, factors: [a12[2][5], b12[2][5]], value: a12[2][5] * b12[2][5] },
};

const a8 = pattern(8, 1);
const b8 = pattern(8, 4);
export const product8: ProductData = {
  shape: [8, 8],
  operands: [a8, b8],
  labels: ['A', 'B'],
  product: multiplyEntrywise([a8, b8]),
  exact: true,
  worked: { row: 7, col: 7, factors: [a8[7][7], b8[7][7]], value: a8[7][7] * b8[7][7] },
};

// [[2,-1],[-1,2]]: eigenvalues 1, 3; L·D·Lᵀ with D = diag(2, 3/2)
export const psdPd: PsdData = {
  verdict: 'pd',
  matrix: [
    [2, -1],
    [-1, 2],
  ],
  label: 'M',
  eigenvalues: [1, 3],
  rank: 2,
  factorization: {
    perm: [0, 1],
    L: [
      [1, 0],
      ['-1/2', 1],
    ],
    D: [2, '3/2'],
  },
  exact: true,
};

// [[1,2],[2,1]]: eigenvalues −1, 3; x = (1, −1) gives xᵀMx = −2
export const psdNot: PsdData = {
  verdict: 'not_psd',
  matrix: [
    [1, 2],
    [2, 1],
  ],
  label: 'M',
  eigenvalues: [-1, 3],
  rank: 2,
  witness: [1, -1],
  witnessValue: -2,
  exact: true,
};

// [[1,1,1],[1,1,1],[1,1,1]]: rank 1, eigenvalues 0, 0, 3 (with float noise)
export const psdSingular: PsdData = {
  verdict: 'psd',
  matrix: [
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
  ],
  label: 'J',
  eigenvalues: [0, 0, 3], // as the engine sends them: rank 1 is exact, so n − rank = 2 are exactly 0
  rank: 1,
  factorization: {
    perm: [0, 1, 2],
    L: [
      [1, 0, 0],
      [1, 1, 0],
      [1, 0, 1],
    ],
    D: [1, 0, 0],
  },
  exact: true,
};

// [[1,2],[0,1]] is not symmetric; its symmetric part [[1,1],[1,1]] is PSD of rank 1
export const psdNotSymmetric: PsdData = {
  verdict: 'not_symmetric',
  matrix: [
    [1, 2],
    [0, 1],
  ],
  label: 'M',
  eigenvalues: [],
  rank: 2,
  symmetricPart: {
    matrix: [
      [1, 1],
      [1, 1],
    ],
    verdict: 'psd',
    eigenvalues: [0, 2],
  },
  exact: true,
};

// [[√2, 1], [1, √2/2]]: singular in exact terms, floating input; λ ≈ 0 within the tolerance of the balanced matrix
export const psdFloat: PsdData = {
  verdict: 'psd',
  matrix: [
    [1.4142135623731, 1],
    [1, 0.707106781186548],
  ],
  label: 'M',
  eigenvalues: [0, 2.12132034355964],
  rank: 1,
  exact: false,
  tolerance: 7.105427357601002e-15,
  balancedEigenvalues: [0, 2],
  decidedBy: 'eigenvalues',
};

// psd [[0, 1e-300·π], [1e-300·π, 1000]]: a zero diagonal entry beside a nonzero one (the witness needs 10³⁰¹)
export const psdFloatMinor: PsdData = {
  verdict: 'not_psd',
  matrix: [
    [0, 3.14159265358979e-300],
    [3.14159265358979e-300, 1000],
  ],
  label: 'M',
  eigenvalues: [0, 1000],
  rank: 1,
  exact: false,
  witness: [-1.00658424208974e301, 0.0316227766016838],
  witnessValue: -1,
  balancedEigenvalues: [],
  decidedBy: 'minor',
};

// psd diag(π·10⁻³⁰, π·10³⁰): decided by the signs of its entries, which are its eigenvalues
export const psdFloatDiagonal: PsdData = {
  verdict: 'pd',
  matrix: [
    [3.14159265358979e-30, 0],
    [0, 3.14159265358979e30],
  ],
  label: 'M',
  eigenvalues: [3.14159265358979e-30, 3.14159265358979e30],
  rank: 2,
  exact: false,
  balancedEigenvalues: [1, 1],
  decidedBy: 'signs',
  eigenvaluesAreEntries: true,
};

export const psdNotSquare: PsdData = {
  verdict: 'not_square',
  matrix: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  label: 'M',
  eigenvalues: [],
  rank: null,
  exact: true,
};

// 12×12 symmetric, indefinite; the witness has fractions
const sym12 = pattern(12, 3).map((r, i) => r.map((_, j) => (((i + 1) * (j + 1)) % 7) - 3 + (i === j ? 2 : 0)));
export const psd12: PsdData = {
  verdict: 'not_psd',
  matrix: sym12,
  label: 'M',
  eigenvalues: [-14.21, -9.87, -6.5, -3.25, -1.125, -0.5, 0.25, 1.5, 3.75, 6.125, 11.5, 24.0625],
  rank: 12,
  witness: [1, '-1/2', 0, '3/7', -2, '11/13', 0, 0, '-5/3', 1, '1/12', -1],
  witnessValue: '-40993/2184',
  exact: true,
};

function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
}

function kron(a: number[][], b: number[][]): number[][] {
  const m = b.length;
  const n = b[0].length;
  return Array.from({ length: a.length * m }, (_, r) =>
    Array.from({ length: a[0].length * n }, (_, c) => a[Math.floor(r / m)][Math.floor(c / n)] * b[r % m][c % n]),
  );
}

// A = [[2,1],[1,2]] (λ 1, 3), B = [[3,-1],[-1,1]] (λ 2±√2), A∘B = [[6,-1],[-1,2]] (λ 4±√5), AB = [[5,-1],[1,1]]
export const schurPd: SchurData = {
  labels: ['A', 'B'],
  matrices: {
    A: [
      [2, 1],
      [1, 2],
    ],
    B: [
      [3, -1],
      [-1, 1],
    ],
    AB: [
      [6, -1],
      [-1, 2],
    ],
    ordinaryAB: [
      [5, -1],
      [1, 1],
    ],
  },
  verdicts: { A: 'pd', B: 'pd', AB: 'pd', ordinaryAB: 'not_symmetric' },
  eigenvalues: {
    A: [1, 3],
    B: [0.5857864376269049, 3.414213562373095],
    AB: [1.7639320225002102, 6.23606797749979],
    ordinaryAB: [],
  },
  hypothesis: true,
  strongHypothesis: true,
  identityCheck: { x: [1, -1], lhs: 10, rhs: 10.000000000000002, agree: true },
  exact: true,
};

// A = [[1,2],[2,1]] is not PSD (x = (1,−1): xᵀAx = −2); B = [[2,1],[1,2]]; A∘B = [[2,2],[2,2]] (PSD, rank 1);
// AB = [[4,5],[5,4]] (λ −1, 9)
export const schurFail: SchurData = {
  labels: ['A', 'B'],
  matrices: {
    A: [
      [1, 2],
      [2, 1],
    ],
    B: [
      [2, 1],
      [1, 2],
    ],
    AB: [
      [2, 2],
      [2, 2],
    ],
    ordinaryAB: [
      [4, 5],
      [5, 4],
    ],
  },
  verdicts: { A: 'not_psd', B: 'pd', AB: 'psd', ordinaryAB: 'not_psd' },
  eigenvalues: { A: [-1, 3], B: [1, 3], AB: [0, 4], ordinaryAB: [-1, 9] },
  witnesses: { A: { x: [1, -1], value: -2 }, ordinaryAB: { x: [1, -1], value: -2 } },
  hypothesis: false,
  strongHypothesis: false,
  identityCheck: null,
  exact: true,
};

// 12×12: A diagonally dominant (PD), B the Hilbert matrix (PD, exact fractions); drawn as heatmaps
const sA12 = Array.from({ length: 12 }, (_, i) =>
  Array.from({ length: 12 }, (_, j) => (i === j ? 12 : ((i + j) % 3) - 1)),
);
const hilbert12 = Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => 1 / (i + j + 1)));
export const schur12: SchurData = {
  labels: ['A', 'B'],
  matrices: {
    A: sA12,
    B: hilbert12.map((r, i) => r.map((_, j) => `1/${i + j + 1}`)),
    AB: sA12.map((r, i) => r.map((v, j) => (v === 0 ? 0 : `${v}/${i + j + 1}`))),
    ordinaryAB: multiply(sA12, hilbert12),
  },
  verdicts: { A: 'pd', B: 'pd', AB: 'pd', ordinaryAB: 'not_symmetric' },
  eigenvalues: {
    A: [3.1, 9.2, 10.4, 11, 11.5, 12, 12.4, 12.9, 13.3, 13.8, 14.6, 19.8],
    B: [1.1e-16, 3.5e-15, 2.7e-13, 1.9e-11, 1.1e-9, 4.9e-8, 1.7e-6, 4.5e-5, 8.9e-4, 0.0126, 0.121, 1.795372059562],
    AB: [0.0512, 0.13, 0.3, 0.55, 0.9, 1.3, 1.8, 2.4, 3.1, 4.2, 6.1, 12.00831],
    ordinaryAB: [],
  },
  hypothesis: true,
  strongHypothesis: true,
  identityCheck: null,
  exact: false,
  tolerance: 2.6645352591003757e-15,
};

// 8×8 integers (a cyclic tridiagonal A and pascal(8)), as the engine computes them: from 7×7 on the
// schur figure draws all four matrices as heatmaps.
const cyclic8 = Array.from({ length: 8 }, (_, i) =>
  Array.from({ length: 8 }, (_, j) => (i === j ? 9 : Math.abs(i - j) === 1 || Math.abs(i - j) === 7 ? 1 : 0)),
);
const pascal8 = Array.from({ length: 8 }, (_, i) =>
  Array.from({ length: 8 }, (_, j) => {
    let c = 1;
    for (let k = 1; k <= i; k++) c = (c * (j + k)) / k; // C(i+j, i)
    return Math.round(c);
  }),
);
export const schur8: SchurData = {
  labels: ['A', 'B'],
  matrices: {
    A: cyclic8,
    B: pascal8,
    AB: multiplyEntrywise([cyclic8, pascal8]),
    ordinaryAB: multiply(cyclic8, pascal8),
  },
  verdicts: { A: 'pd', B: 'pd', AB: 'pd', ordinaryAB: 'not_symmetric' },
  eigenvalues: {
    A: [7, 7.58578643762691, 7.58578643762691, 9, 9, 10.4142135623731, 10.4142135623731, 11],
    B: [
      0.000220085146134764, 0.00672021444028157, 0.0837302458580279, 0.511891554249041, 1.95353877535054,
      11.9431155343246, 148.804775336365, 4543.69600825427,
    ],
    AB: [
      8.88773520166028, 17.8594661945388, 53.4501675877432, 178.049084286322, 622.948181384169, 2242.10544111508,
      8221.94694591955, 31017.7529783109,
    ],
    ordinaryAB: [],
  },
  hypothesis: true,
  strongHypothesis: true,
  identityCheck: { x: [1, -2, 3, -4, 5, -6, 7, -8], lhs: 2244905, rhs: 2244905, agree: true },
  exact: true,
};

// A = [[2,1],[1,2]], B = [[3,-1],[-1,1]]: det(A∘B) = 11 ≥ det(A)·b₁₁b₂₂ = 3·3 = 9 and ≥ det(B)·a₁₁a₂₂ = 2·4 = 8
export const oppenheimPd: OppenheimData = {
  labels: ['A', 'B'],
  n: 2,
  detA: 3,
  detB: 2,
  detAB: 11,
  diagProdA: 4,
  diagProdB: 3,
  boundA: 9,
  boundB: 8,
  holdsA: true,
  holdsB: true,
  equalityA: false,
  equalityB: false,
  applicable: true,
  verdicts: { A: 'pd', B: 'pd' },
  correlation: { A: false, B: false },
  hadamard: { A: { holds: true, equality: false }, B: { holds: true, equality: false } },
  exact: true,
};

// A = diag(2,3), B = [[1,1/2],[1/2,1]] (unit diagonal): det(A∘B) = 6 = det(A)·1 (equality); det(B)·6 = 9/2
export const oppenheimEquality: OppenheimData = {
  labels: ['A', 'B'],
  n: 2,
  detA: 6,
  detB: '3/4',
  detAB: 6,
  diagProdA: 6,
  diagProdB: 1,
  boundA: 6,
  boundB: '9/2',
  holdsA: true,
  holdsB: true,
  equalityA: true,
  equalityB: false,
  applicable: true,
  verdicts: { A: 'pd', B: 'pd' },
  correlation: { A: false, B: true },
  hadamard: { A: { holds: true, equality: true }, B: { holds: true, equality: false } },
  exact: true,
};

// A = [[1,2],[2,1]] (not PSD), B = [[2,1],[1,2]]: det(A∘B) = 0 ≥ −12 holds, 0 ≥ 3 fails: the theorem does not apply
export const oppenheimNotApplicable: OppenheimData = {
  labels: ['A', 'B'],
  n: 2,
  detA: -3,
  detB: 3,
  detAB: 0,
  diagProdA: 1,
  diagProdB: 4,
  boundA: -12,
  boundB: 3,
  holdsA: true,
  holdsB: false,
  equalityA: false,
  equalityB: false,
  applicable: false,
  verdicts: { A: 'not_psd', B: 'pd' },
  correlation: { A: false, B: false },
  hadamard: { A: null, B: { holds: true, equality: false } },
  exact: true,
};

// 12×12 Hilbert-like: tiny exact determinants with long fractions (≈9·10⁻⁵¹ ≥ ≈3·10⁻⁶¹ and ≥ ≈2·10⁻⁶⁵)
// oppenheim diag(10²⁰⁰π, 10²⁰⁰π) [[2,1],[1,1]]: determinants beyond the double range, carried in scaled form
export const oppenheimBeyondDouble: OppenheimData = {
  labels: ['A', 'B'],
  n: 2,
  detA: '9.86960440108936e400',
  detB: 1,
  detAB: '1.97392088021787e401',
  diagProdA: '9.86960440108936e400',
  diagProdB: 2,
  boundA: '1.97392088021787e401',
  boundB: '9.86960440108936e400',
  holdsA: true,
  holdsB: true,
  equalityA: true,
  equalityB: false,
  applicable: true,
  verdicts: { A: 'pd', B: 'pd' },
  correlation: { A: false, B: false },
  hadamard: { A: { holds: true, equality: true }, B: { holds: true, equality: false } },
  exact: false,
  tolerance: 2.842170943040401e-14,
};

export const oppenheimHuge: OppenheimData = {
  labels: ['H', 'K'],
  n: 12,
  detA: '1/' + '3'.repeat(60) + '7',
  detB: '2/' + '9'.repeat(45),
  detAB: '1/' + '1'.repeat(50),
  diagProdA: '1/' + '7'.repeat(20),
  diagProdB: 1,
  boundA: '1/' + '3'.repeat(60) + '7',
  boundB: '2/' + '9'.repeat(65),
  holdsA: true,
  holdsB: true,
  equalityA: false,
  equalityB: false,
  applicable: true,
  verdicts: { A: 'pd', B: 'pd' },
  correlation: { A: false, B: true },
  hadamard: { A: { holds: true, equality: false }, B: { holds: true, equality: false } },
  exact: true,
};

const rA = [
  [2, 3],
  [4, 1],
];
const rB = [
  [5, 6],
  [7, 8],
];
// A = [[2,3],[4,1]], B = [[5,6],[7,8]]: A⊗B is 4×4, rows/cols 1 and 4 give A∘B = [[10,18],[28,8]]; tr(AᵀB) = 64
export const relate2: RelateData = {
  labels: ['A', 'B'],
  A: rA,
  B: rB,
  product: [
    [10, 18],
    [28, 8],
  ],
  traceIdentity: { trAtB: 64, sum: 64, equal: true },
  diagonal: { applies: false, equal: null, ordinary: null },
  vector: { applies: false, equal: null, diagA: null },
  kronecker: { rows: [0, 3], cols: [0, 3], equal: true, matrix: kron(rA, rB) },
  exact: true,
};

const r3A = pattern(3, 2);
const r3B = pattern(3, 7);
export const relate3: RelateData = {
  labels: ['A', 'B'],
  A: r3A,
  B: r3B,
  product: multiplyEntrywise([r3A, r3B]),
  traceIdentity: {
    trAtB: multiplyEntrywise([r3A, r3B])
      .flat()
      .reduce((s, v) => s + v, 0),
    sum: multiplyEntrywise([r3A, r3B])
      .flat()
      .reduce((s, v) => s + v, 0),
    equal: true,
  },
  diagonal: { applies: false, equal: null, ordinary: null },
  vector: { applies: false, equal: null, diagA: null },
  kronecker: { rows: [0, 4, 8], cols: [0, 4, 8], equal: true, matrix: kron(r3A, r3B) },
  exact: true,
};

// diag(2,3) and diag(5,7): A∘B = AB = diag(10,21)
export const relateDiagonal: RelateData = {
  labels: ['A', 'B'],
  A: [
    [2, 0],
    [0, 3],
  ],
  B: [
    [5, 0],
    [0, 7],
  ],
  product: [
    [10, 0],
    [0, 21],
  ],
  traceIdentity: { trAtB: 31, sum: 31, equal: true },
  diagonal: {
    applies: true,
    equal: true,
    ordinary: [
      [10, 0],
      [0, 21],
    ],
  },
  vector: { applies: false, equal: null, diagA: null },
  kronecker: {
    rows: [0, 3],
    cols: [0, 3],
    equal: true,
    matrix: kron(
      [
        [2, 0],
        [0, 3],
      ],
      [
        [5, 0],
        [0, 7],
      ],
    ),
  },
  exact: true,
};

// 12×12 with fractions: A⊗B (144×144) is not sent, so the grid is drawn as a schematic
export const relate12: RelateData = {
  labels: ['A', 'B'],
  A: a12,
  B: b12,
  product: multiplyEntrywise([a12, b12]),
  traceIdentity: { trAtB: '-1093/4', sum: '-1093/4', equal: true },
  diagonal: { applies: false, equal: null, ordinary: null },
  vector: { applies: false, equal: null, diagA: null },
  kronecker: {
    rows: Array.from({ length: 12 }, (_, i) => i * 12 + i),
    cols: Array.from({ length: 12 }, (_, j) => j * 12 + j),
    equal: true,
    matrix: null,
  },
  exact: true,
};

/** 8×8 of long negative and positive fractions: the most digits a numeric grid can hold. */
function longFractions(seed: number): string[][] {
  return Array.from({ length: 8 }, (_, i) =>
    Array.from(
      { length: 8 },
      (_, j) =>
        `${(i + j + seed) % 2 ? '-' : ''}${10000000 + i * 997331 + j * 13171 + seed}/${20000003 + j * 7919 + seed * 13}`,
    ),
  );
}
const longSix = [0, 1, 2, 3, 4, 5].map(longFractions);
// Worst case for size: six 8×8 operands of 8-digit fractions (product entries as given, drawing only)
export const productSixLong: ProductData = {
  shape: [8, 8],
  operands: longSix,
  labels: ['A', 'B', 'C', 'D', 'E', 'F'],
  product: longFractions(9),
  exact: true,
  worked: { row: 7, col: 7, factors: longSix.map((m) => m[7][7]), value: longFractions(9)[7][7] },
};

export const schurLong: SchurData = {
  labels: ['A', 'B'],
  matrices: { A: longFractions(1), B: longFractions(2), AB: longFractions(3), ordinaryAB: longFractions(4) },
  verdicts: { A: 'not_symmetric', B: 'not_symmetric', AB: 'not_symmetric', ordinaryAB: 'not_symmetric' },
  eigenvalues: { A: [], B: [], AB: [], ordinaryAB: [] },
  hypothesis: false,
  strongHypothesis: false,
  identityCheck: null,
  exact: true,
};

export const psdLong: PsdData = {
  verdict: 'not_symmetric',
  matrix: longFractions(5),
  label: 'M',
  eigenvalues: [],
  rank: 8,
  exact: true,
};

/** No points pending. */
const none = { pending: 0, pendingAnswers: 0 };

// A week's leaderboard: ties (competition ranks 1, 2, 2, 4), a zero, a one-day streak, a name with a space.
export const scoresWeek: ScoresData = {
  period: 'week',
  scores: [
    { user: 'U01AMARA', name: 'Amara', rank: 1, points: 42, ...none, correct: 14, answered: 16, streak: 5 },
    { user: 'U02BEN', name: 'Ben Okafor', rank: 2, points: 30, ...none, correct: 10, answered: 15, streak: 2 },
    { user: 'U03CHEN', name: 'chen.li', rank: 2, points: 30, ...none, correct: 10, answered: 10, streak: 1 },
    { user: 'U04DANA', name: 'Dana', rank: 4, points: 12, ...none, correct: 4, answered: 9, streak: 0 },
    { user: 'U05EMIL', name: 'Emil', rank: 5, points: 0, ...none, correct: 0, answered: 3, streak: 0 },
  ],
};

// Two leaders on equal points (ranks 1, 1, 3), the asker's row marked "you", points pending on an open round, and a
// player with only an open answer (0 points, pending).
export const scoresPending: ScoresData = {
  period: 'week',
  you: 'U02BEN',
  scores: [
    {
      user: 'U01AMARA',
      name: 'Amara',
      rank: 1,
      points: 20,
      pending: 10,
      pendingAnswers: 1,
      correct: 2,
      answered: 2,
      streak: 2,
    },
    {
      user: 'U02BEN',
      name: 'Ben Okafor',
      rank: 1,
      points: 20,
      pending: 0,
      pendingAnswers: 1,
      correct: 2,
      answered: 3,
      streak: 1,
    },
    {
      user: 'U03CHEN',
      name: 'chen.li',
      rank: 3,
      points: 0,
      pending: 10,
      pendingAnswers: 1,
      correct: 0,
      answered: 0,
      streak: 0,
    },
  ],
};

// `me`: a player with most topics tried, a weakest one, misconceptions, practice answers and pending points.
export const meTypical: MeData = {
  me: {
    user: 'U02BEN',
    points: 40,
    pending: 10,
    answered: 17,
    correct: 11,
    practiced: 4,
    streak: 3,
    topics: [
      { topic: 'entry', answered: 5, correct: 5 },
      { topic: 'property', answered: 3, correct: 2 },
      { topic: 'psd', answered: 4, correct: 2 },
      { topic: 'schur', answered: 3, correct: 1 },
      { topic: 'oppenheim', answered: 0, correct: 0 },
      { topic: 'trace', answered: 2, correct: 1 },
      { topic: 'kronecker', answered: 0, correct: 0 },
    ],
    misconceptions: [
      { id: 'schur.theorem-backwards', label: 'Read the Schur product theorem backwards', count: 2 },
      { id: 'psd.positive-entries', label: 'Took positive entries to mean PSD', count: 2 },
      { id: 'trace.dropped-transpose', label: 'Computed tr(AB): the transpose was dropped', count: 1 },
      { id: 'property.identity-is-i', label: 'Took I for the identity of ∘ (it is J, all ones)', count: 1 },
    ],
    suggestion: { topic: 'schur', level: 'easy', why: 'your lowest accuracy: 1 of 3' },
  },
};

// `me` before any answer: every topic untried, no mistakes, a first suggestion.
export const meNew: MeData = {
  me: {
    user: 'U09NEW',
    points: 0,
    pending: 0,
    answered: 0,
    correct: 0,
    practiced: 0,
    streak: 0,
    topics: ['entry', 'property', 'psd', 'schur', 'oppenheim', 'trace', 'kronecker'].map((topic) => ({
      topic,
      answered: 0,
      correct: 0,
    })),
    misconceptions: [],
    suggestion: { topic: 'entry', level: 'easy', why: 'not tried yet' },
  },
};

// Twelve players (ten drawn, two summed up), long names cut with an ellipsis, ids where no name is known, big totals.
export const scoresAllTime: ScoresData = {
  period: 'all',
  scores: [
    {
      user: '81234567890123456',
      name: 'Maximiliana Alexandrovna Featherstonehaugh-Wolfeschlegel',
      rank: 1,
      points: 12840,
      ...none,
      correct: 1284,
      answered: 1500,
      streak: 41,
    },
    { user: '81234567890123457', rank: 2, points: 9630, ...none, correct: 963, answered: 1020, streak: 12 },
    {
      user: '81234567890123458',
      name: 'ЖенЯ 🐢 Łukasz',
      rank: 3,
      points: 7100,
      ...none,
      correct: 710,
      answered: 999,
      streak: 0,
    },
    ...Array.from({ length: 9 }, (_, k) => ({
      user: `U1${k}`,
      name: `student_${k + 4}_with_a_rather_long_handle`,
      rank: k + 4,
      points: 5000 - 480 * k,
      ...none,
      correct: 500 - 48 * k,
      answered: 600 - 40 * k,
      streak: k % 3,
    })),
  ],
};

export const scoresEmpty: ScoresData = { period: 'week', scores: [] };

export const CASES: FigureCase[] = [
  { name: 'product', kind: 'product', data: product2x2 },
  { name: 'product-fractions', kind: 'product', data: productFractions },
  { name: 'product-six', kind: 'product', data: productSix },
  { name: 'product-huge', kind: 'product', data: productHuge },
  { name: 'product-8x8', kind: 'product', data: product8 },
  { name: 'product-12x12', kind: 'product', data: product12 },
  { name: 'product-six-8x8-long', kind: 'product', data: productSixLong },
  { name: 'psd', kind: 'psd', data: psdPd },
  { name: 'psd-not_psd', kind: 'psd', data: psdNot },
  { name: 'psd-singular', kind: 'psd', data: psdSingular },
  { name: 'psd-not_symmetric', kind: 'psd', data: psdNotSymmetric },
  { name: 'psd-float', kind: 'psd', data: psdFloat },
  { name: 'psd-float-minor', kind: 'psd', data: psdFloatMinor },
  { name: 'psd-float-diagonal', kind: 'psd', data: psdFloatDiagonal },
  { name: 'psd-not_square', kind: 'psd', data: psdNotSquare },
  { name: 'psd-12x12', kind: 'psd', data: psd12 },
  { name: 'schur', kind: 'schur', data: schurPd },
  { name: 'schur-hypothesis-fails', kind: 'schur', data: schurFail },
  { name: 'schur-8x8', kind: 'schur', data: schur8 },
  { name: 'schur-12x12', kind: 'schur', data: schur12 },
  { name: 'schur-8x8-long', kind: 'schur', data: schurLong },
  { name: 'psd-8x8-long', kind: 'psd', data: psdLong },
  { name: 'oppenheim', kind: 'oppenheim', data: oppenheimPd },
  { name: 'oppenheim-equality', kind: 'oppenheim', data: oppenheimEquality },
  { name: 'oppenheim-not-applicable', kind: 'oppenheim', data: oppenheimNotApplicable },
  { name: 'oppenheim-huge', kind: 'oppenheim', data: oppenheimHuge },
  { name: 'oppenheim-beyond-double', kind: 'oppenheim', data: oppenheimBeyondDouble },
  { name: 'relate', kind: 'relate', data: relate2 },
  { name: 'relate-3x3', kind: 'relate', data: relate3 },
  { name: 'relate-diagonal', kind: 'relate', data: relateDiagonal },
  { name: 'relate-12x12', kind: 'relate', data: relate12 },
  { name: 'scores', kind: 'scores', data: scoresWeek },
  { name: 'scores-all-time', kind: 'scores', data: scoresAllTime },
  { name: 'scores-empty', kind: 'scores', data: scoresEmpty },
  { name: 'scores-pending-ties', kind: 'scores', data: scoresPending },
  { name: 'me', kind: 'me', data: meTypical },
  { name: 'me-new', kind: 'me', data: meNew },
  ...APPLY_CASES,
];
