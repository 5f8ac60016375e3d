// Survivors of `npm run mutation` that change no answer, each with the reason (read by mutation-report.mjs).
// A rule matches a survivor by file and, where given, line range, mutator, original text and replacement; the
// line ranges are the functions' (they move when the code does: an unmatched survivor shows as **unexplained**).
//
// Recurring reasons:
const BOUNDARY =
  'a floating comparison against a tolerance or a computed bound at exact equality: the verdict differs only when the two doubles are equal, which no test input (and no real input, short of a constructed one) hits; either side of it is within rounding';
const LOOP_END =
  'the extra iteration reads past the end (undefined) in a loop whose body then does nothing, or writes an index no one reads';
const ROUNDING = 'the result changes only in its last bits (rounding), below every printed digit and tolerance';
const TIME =
  'time budget only: the branch is taken when the 2 s command budget is nearly spent (no test or ordinary input reaches it without a slow value); either way the answer is an enclosure, at most less refined, so it says fewer digits or undecided rather than timing out';
const TIME_EDGE =
  'msLeft() is a difference of performance.now() readings: it equals the band edge exactly only by chance, and either band is right there';
const MEMO =
  'the memo of Certified.enclose: recomputing, or re-rounding the kept enclosure, gives the same interval up to its last bit; returning a tighter kept one is still an enclosure';

export const EQUIVALENT = [
  // ---- linalg/psd-float.ts: psdFloat ----
  {
    file: 'linalg/psd-float.ts',
    lines: [37, 39],
    original: 'v !== 0',
    reason:
      'usable(): a witness is never the zero vector here: it has 1 (signs), 1/√mⱼⱼ (zero diagonal) or 1/√mᵢᵢ (minor) in it, or an eigenvector divided by finite roots',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [37, 39],
    original: 'value < 0',
    reason:
      'usable(): every finite witness value is negative by construction (mᵢᵢ < 0, −1, 2 − 2|b| with |b| > 2, or < −tolerance)',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [49, 51],
    original: 'm[i][j] === m[j][i]',
    replacement: 'true',
    reason: `mᵢⱼ for the average of mᵢⱼ and mⱼᵢ, which isSymmetricFloat has already found equal up to rounding: ${ROUNDING}`,
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [53, 53],
    original: '[]',
    reason:
      'psdTolerance(["Stryker was here"]) sums NaNs, which never raise the tolerance: it stays the floor 2⁻¹⁰²², as for []',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [61, 63],
    reason:
      'notPsd() is always called with a vector and a value (never undefined), so the guard in front of usable() is always true',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [79, 79],
    original: 'k !== i',
    reason:
      'the diagonal entry is 0 in this branch (negative ones returned above, positive ones were kept), so k = i is skipped anyway',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [82, 82],
    original: 'sij > 0',
    reason: 'sᵢⱼ ≠ 0 here (it was found as the first nonzero entry)',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [103, 103],
    original: 'a === c',
    reason: `the diagonal of B computed as mᵢᵢ/√mᵢᵢ/√mᵢᵢ instead of 1: ${ROUNDING}`,
  },
  { file: 'linalg/psd-float.ts', lines: [105, 105], original: 'a < p', reason: LOOP_END },
  { file: 'linalg/psd-float.ts', lines: [119, 119], original: 'Math.abs(v) > tolerance', reason: BOUNDARY },
  {
    file: 'linalg/psd-float.ts',
    lines: [120, 120],
    original: 'p > 0',
    reason:
      'with p = 0 there are no balanced eigenvalues: balancedEigenvalues[0] is undefined and the test is false anyway',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [120, 120],
    original: 'balancedEigenvalues[0] < -tolerance',
    reason: BOUNDARY,
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [121, 121],
    original: 'vectors[0].slice()',
    reason:
      "the eigenvector array is the solver's fresh output and nothing else reads it: flipping it in place is harmless",
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [123, 123],
    original: 'first < 0',
    replacement: 'first <= 0',
    reason: 'first is the first nonzero entry, or 1: never 0',
  },
  { file: 'linalg/psd-float.ts', lines: [123, 123], original: 'k < p', reason: LOOP_END },
  {
    file: 'linalg/psd-float.ts',
    lines: [124, 130],
    reason:
      'witnessValue = yᵀBy for the unit eigenvector y of λ_min, recomputed so it matches the witness; when the recomputation is broken, the fallback `value = λ_min` gives the same number up to rounding (yᵀBy = λ for an eigenvector), and the sign of a positive result is caught by the fallback too',
  },
  // ---- floatRank ----
  {
    file: 'linalg/psd-float.ts',
    lines: [157, 160],
    reason:
      'the diagonal shortcut is an optimisation: with it disabled or wrong, the general path (balancing, eigenvalues) counts the same nonzero diagonal entries; n = 0 falls through to it too',
  },
  { file: 'linalg/psd-float.ts', lines: [170, 170], original: 'i < n', reason: LOOP_END },
  {
    file: 'linalg/psd-float.ts',
    lines: [174, 174],
    original: 'i === j',
    replacement: 'false',
    reason:
      'the off-diagonal branch with i = j adds 1 + 1 + 1 + 1 to Nᵢᵢ and −ℓ twice to the right-hand side: exactly what the diagonal branch adds (4 and −2ℓ)',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [191, 191],
    reason:
      'the Ruiz loop always stops at its convergence test long before 64 steps, and once every row is within a factor 2 of 1 a further step changes nothing',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [193, 193],
    reason:
      'only the early exit: once every row is within a factor 2 of 1, the loop body changes no Kᵢ, so leaving late (or never, up to 64 steps) gives the same scaling',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [195, 195],
    original: 'Math.abs(x) > 1',
    reason:
      'a row with |log₂ max| = 1 exactly moves by round(±1/2) = ±1 or 0; either scaling is within a factor 2 of balanced and gives the same rank',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [205, 205],
    reason:
      'the fallback for a scaling beyond the double range: exact powers of two fitted to the entries keep every scaled entry near 1, and no input was found that reaches it (an unreachable guard)',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [207, 207],
    original: 'false',
    reason: 'asking the eigensolver for vectors too gives the same eigenvalues',
  },
  { file: 'linalg/psd-float.ts', lines: [207, 207], original: 'Math.abs(v) > tol', reason: BOUNDARY },
  // ---- solveSmall ----
  { file: 'linalg/psd-float.ts', lines: [214, 214], original: 'k < n', reason: LOOP_END },
  {
    file: 'linalg/psd-float.ts',
    lines: [216, 216],
    reason:
      'partial pivoting in solveSmall: the normal matrix AᵀA + λI is symmetric positive definite and diagonally weighted, so elimination without (or with tie-broken) pivoting gives the same K after rounding to whole powers of two',
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [223, 223],
    original: 'new Array<number>(n)',
    reason: 'x is filled from the end, index by index; an array that grows as it is filled holds the same values',
  },
  // ---- numbers/scaled.ts ----
  {
    file: 'numbers/scaled.ts',
    lines: [16, 16],
    original: 'r > 1000',
    reason: 'ldexp: one more step of 2¹⁰⁰⁰ when r is exactly 1000 multiplies by 2¹⁰⁰⁰·2⁰, the same exact power of two',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [20, 20],
    reason:
      'ldexp below 2⁻¹⁰⁰⁰ in one step: 2^r is still an exact (subnormal) power of two down to 2⁻¹⁰⁷⁴, and below that the result underflows to 0 either way; callers only pass such r where 0 is the answer (add drops the term, toNumber returns null)',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [33, 36],
    reason:
      "frexp's correction for a log₂ one too small: V8's Math.log2 is exact at powers of two, so m never reaches 1 (not covered by any input); the other correction (m < 0.5) is covered",
  },
  {
    file: 'numbers/scaled.ts',
    lines: [55, 55],
    mutator: 'StringLiteral',
    reason:
      'the text of an internal RangeError (a non-finite double reaching Scaled is a bug elsewhere); tests check the type',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [82, 86],
    reason: 'abs() and neg() of zero: a Scaled with mantissa −0 is still zero (m === 0, sign 0, toNumber 0)',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [90, 90],
    reason: 'the zero shortcut of mul: without it, times2(0, e) returns ZERO all the same',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [99, 102],
    reason:
      'add: the shortcut for a term more than 1100 binary places down, and for an exact-zero sum: without them, ldexp underflows the term to 0 and times2(0, e) returns ZERO, the same results',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [117, 117],
    reason: 'log10Abs of zero: log10(0) + 0·log10(2) is −Infinity without the shortcut too',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [131, 131],
    reason: 'toNormalNumber: for null, Math.abs(null) = 0 fails the normal-range test and null is returned anyway',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [141, 142],
    mutator: 'EqualityOperator',
    reason: 'a power with exponent 0 is 1n, so including 0 in either branch changes no factor',
  },
  {
    file: 'numbers/scaled.ts',
    lines: [146, 146],
    original: 'digits.slice(0, 17)',
    reason: `an 18th digit in the mantissa string read as a double: ${ROUNDING} (15 digits are printed)`,
  },
  {
    file: 'numbers/scaled.ts',
    lines: [147, 147],
    original: 'this.m < 0',
    reason: 'scientific() returns early for zero, so m is never 0 here',
  },
  // ---- verbs/oppenheim.ts ----
  {
    file: 'verbs/oppenheim.ts',
    lines: [69, 69],
    original: 'FLOAT_COMPARE_FACTOR * n',
    reason:
      'the comparison tolerance 64·n·ε·∏‖rowᵢ‖ made n² times smaller (the same for n = 1): the rounding error of these determinants is far below both in practice (equality cases such as diagonal or J factors differ by a few ulps), and no input was found between the two; the reported tolerance field, which uses the same factor, is checked exactly',
  },
  {
    file: 'verbs/oppenheim.ts',
    lines: [135, 135],
    mutator: 'StringLiteral',
    reason:
      "' — yet a bound fails' can only appear if Oppenheim's theorem were false for PSD A and B (not covered: unreachable)",
  },
  {
    file: 'verbs/oppenheim.ts',
    lines: [157, 157],
    mutator: 'StringLiteral',
    reason:
      "Hadamard's inequality 'FAILS' only for a PSD matrix with det > ∏mᵢᵢ, which the theorem rules out (not covered: unreachable)",
  },
  {
    file: 'verbs/oppenheim.ts',
    lines: [218, 222],
    mutator: 'StringLiteral',
    reason:
      "the catalogue's option names for Slack and Discord: not an engine answer, and caught outside this run's test files (test/bot/discord-commands.test.ts fails when 'b' is emptied)",
  },
  // ---- numbers/scalar.ts ----
  {
    file: 'numbers/scalar.ts',
    lines: [31, 31],
    mutator: 'StringLiteral',
    reason:
      "the Error's name: run() turns OutOfRange into an out_of_range answer by its class, and the name is never shown",
  },
  {
    file: 'numbers/scalar.ts',
    lines: [87, 87],
    original: "typeof other === 'number'",
    reason: 'summands() is only reached when one operand is a float, so when r is exact the other one is a number',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [101, 101],
    original: '1 / (b as number)',
    reason:
      'div(exact, float) passes b itself as `divisor`; the y argument is only tested for being finite, and with y = b (always finite) the direct path computes f / b, one correctly rounded division, which is the answer the split path gives when 1/b overflows',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [114, 118],
    reason:
      'which path mulExact takes: the split path (mantissas near 1, the power of two once at the end) computes every product and quotient the direct path does, to the same rounding; the guards on y = 0 with a divisor describe a state that cannot occur (y = 1/b is never 0)',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [121, 121],
    reason:
      'a zero r always takes the direct path (its double 0 counts as normal there), so this shortcut is never reached (not covered)',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [130, 130],
    original: 's.log10Abs() > 0',
    reason: 'a value of exactly 1 is in range, so toNumber() is not null and the direction is never asked for',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [140, 141],
    reason: 'neg() is exported but no engine code calls it (not covered)',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [169, 170],
    reason:
      'cleanFloat: the non-finite case is a guard against a bug elsewhere (no floating path yields ±∞ or NaN now), and 0 without its shortcut is Number((0).toPrecision(15)) = 0 (−0 prints as 0 in JSON)',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [180, 180],
    mutator: 'StringLiteral',
    reason: 'formatScalar: the direction of an OutOfRange for a non-finite number, a guard against a bug elsewhere',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [181, 181],
    original: '-0',
    reason: 'x === 0 is already true for −0, so Object.is(x, +0) is never asked',
  },
  {
    file: 'numbers/scalar.ts',
    lines: [184, 184],
    reason:
      'the subnormal digit cap: for a normal double log₁₀(a/2⁻¹⁰⁷⁴) ≥ 15, so min(digits, …) is 6 whether the cap is applied or not',
  },
  // ---- verbs/props.ts ----
  {
    file: 'verbs/props.ts',
    lines: [26, 32],
    reason:
      'a looser comparison: the five identities hold for every real input, so the right flag is always true and a comparison that accepts more cannot make it wrong (tighter ones are caught: entries from 10⁻³¹⁵ to 10³⁰⁰ in properties.test.ts, subnormal products in verbs/props.test.ts); d < tol instead of d ≤ tol differs only at equality, and tol ≥ 8·2⁻¹⁰⁷⁴ > 0 = d',
  },
  {
    file: 'verbs/props.ts',
    lines: [38, 38],
    mutator: 'StringLiteral',
    reason:
      'the name B∘A in an overflow message: B∘A cannot overflow when A∘B, computed first with the same products, did not',
  },
  {
    file: 'verbs/props.ts',
    lines: [43, 43],
    original: '`${la}∘(${lb}∘${lc})`',
    reason:
      'the name A∘(B∘C) in an overflow message: (A∘B)∘C, the same products computed first, would have overflowed already',
  },
  {
    file: 'verbs/props.ts',
    lines: [51, 53],
    mutator: 'StringLiteral',
    original: '`${lb}+${lc}`',
    reason:
      'the name B+C in an overflow message: B∘C, computed first, overflows before B + C can (|b+c| ≤ 2 max(|b|,|c|), and B∘C with the same entries overflows at a far smaller size unless |b|,|c| < 2, when B+C cannot overflow)',
  },
  {
    file: 'verbs/props.ts',
    lines: [53, 53],
    mutator: 'StringLiteral',
    reason:
      'the name A∘B + A∘C in an overflow message: it equals A∘(B+C), computed first, up to rounding, which would have overflowed already',
  },
  {
    file: 'verbs/props.ts',
    lines: [58, 58],
    reason:
      'the subnormal margin MIN_VALUE·(1+|a|)/ε of distributivity, made smaller: a sum that lands in the subnormal range is exact, and subnormal products carry at most MIN_VALUE/2 each, inside the 8·MIN_VALUE base; no input was found that needs the margin (a tolerance not pinned by a test)',
  },
  {
    file: 'verbs/props.ts',
    lines: [62, 63],
    mutator: 'StringLiteral',
    reason: 'the names A∘J and Aᵀ∘Bᵀ in an overflow message: A∘J = A and Aᵀ∘Bᵀ has the entries of A∘B, computed first',
  },
  {
    file: 'verbs/props.ts',
    lines: [64, 64],
    original: "'✗ FAILS'",
    reason: 'an identity fails only if real multiplication did (not covered: unreachable)',
  },
  // ---- verbs/relate.ts ----
  {
    file: 'verbs/relate.ts',
    lines: [41, 41],
    original: 'Math.abs(toFloat(x) - toFloat(y)) <= 8 * m * n * Number.EPSILON * scale + 8 * Number.MIN_VALUE',
    reason:
      'a looser comparison (or < for ≤, equal only at equality): the trace identity, the diagonal, vector and Kronecker relations hold for every real input, so the right flag is always true and accepting more cannot make it wrong (a tighter one is caught: verbs/relate.test.ts sums in two orders that differ in the last bit)',
  },
  {
    file: 'verbs/relate.ts',
    lines: [41, 41],
    original: '8 * m * n * Number.EPSILON',
    replacement: '8 * m * n / Number.EPSILON',
    reason: 'a looser tolerance (see above): the relations always hold',
  },
  {
    file: 'verbs/relate.ts',
    lines: [41, 41],
    original: '8 * Number.MIN_VALUE',
    reason: 'a looser tolerance (see above): the relations always hold',
  },
  {
    file: 'verbs/relate.ts',
    lines: [41, 41],
    original: '8 * m * n',
    reason:
      'the tolerance factor 8·m·n made n² or m² times smaller (8·m/n, 8/m): the two summation orders differ by a few ulps of Σ|pᵢⱼ|, inside both; no input was found between them (a tolerance not pinned by a test)',
  },
  {
    file: 'verbs/relate.ts',
    lines: [41, 41],
    original: '8 * m',
    reason: 'the tolerance factor made m² times smaller (8/m): see 8·m·n above',
  },
  {
    file: 'verbs/relate.ts',
    lines: [43, 43],
    original: 'Math.abs(toFloat(x)) * k',
    reason: 'sizeOfSum made k² times larger (|x|/k then /k): a looser tolerance, and the relations always hold',
  },
  {
    file: 'verbs/relate.ts',
    lines: [54, 54],
    mutator: 'StringLiteral',
    reason:
      'the name of the sum of the entries in an overflow message: tr(AᵀB), the same terms summed first, overflows before it can',
  },
  {
    file: 'verbs/relate.ts',
    lines: [55, 55],
    reason:
      'the factor k given to sizeOfSum, which multiplies each term by k and divides the sum by k again: k cancels, except that a huge k (8mn/ε) can overflow the sum to ∞, a looser tolerance',
  },
  {
    file: 'verbs/relate.ts',
    lines: [63, 64],
    original: undefined,
    mutator: 'BlockStatement',
    reason: 'the catch that rethrows anything but OutOfRange, emptied: only a bug elsewhere throws anything else',
  },
  {
    file: 'verbs/relate.ts',
    lines: [64, 64],
    original: '!(e instanceof OutOfRange)',
    replacement: 'false',
    reason: 'never rethrowing: only a bug elsewhere throws anything but OutOfRange here',
  },
  {
    file: 'verbs/relate.ts',
    lines: [68, 91],
    mutator: 'MethodExpression',
    reason: 'every → some in a relation check: looser, and the relations hold for every real input',
  },
  {
    file: 'verbs/relate.ts',
    lines: [80, 80],
    mutator: 'StringLiteral',
    reason: 'the name diag(a)·b in an overflow message: its entries are the products aᵢbᵢ of A∘B, computed first',
  },
  // ---- linalg/bareiss.ts: floatDeterminantScaled ----
  {
    file: 'linalg/bareiss.ts',
    lines: [126, 126],
    mutator: 'StringLiteral',
    reason:
      'the text of an internal RangeError for a ragged matrix, which the parser never lets through; tests check the type',
  },
  {
    file: 'linalg/bareiss.ts',
    lines: [129, 129],
    reason:
      'each row scaled by 2^(−k) with k two less than before: the rows land in [2, 4) instead of [0.5, 1), still far from overflow, and the same k goes into the power of two multiplied back, so the determinant is the same',
  },
  {
    file: 'linalg/bareiss.ts',
    lines: [138, 161],
    original: 'j < n',
    reason: `${LOOP_END} (the next row's first entry, written with undefined, is overwritten when that row is copied)`,
  },
  {
    file: 'linalg/bareiss.ts',
    lines: [138, 161],
    original: 'i < n',
    reason: `${LOOP_END} (Math.abs(undefined) is NaN, never the best pivot; a row n updates entries beyond the array)`,
  },
  {
    file: 'linalg/bareiss.ts',
    lines: [145, 145],
    original: 'v > best',
    reason:
      'a tie for the largest pivot picks the later row: the two candidates have equal size, the swap is counted, the determinant is the same',
  },
  {
    file: 'linalg/bareiss.ts',
    lines: [163, 163],
    original: 'f === 0',
    reason: 'the skip for a zero multiplier: subtracting 0·x from finite scaled entries changes nothing',
  },
  {
    file: 'verbs/oppenheim.ts',
    lines: [57, 58],
    original: undefined,
    mutator: 'ConditionalExpression',
    reason:
      "Hadamard's inequality det(M) ≤ ∏mᵢᵢ (exact input) forced true: the flag is reported only for a PSD matrix, where the theorem makes it true",
  },
  {
    file: 'verbs/oppenheim.ts',
    lines: [72, 72],
    original: '16 * n',
    reason:
      'the snap-to-zero threshold 16·n·ε·∏‖rowᵢ‖ made n² times smaller: the determinant of a singular floating matrix is within a few ulps of that scale, inside both (the snap itself is tested: det([[1,√2],[√2,2]]) is 0); a tolerance not pinned by a test',
  },
  {
    file: 'verbs/oppenheim.ts',
    lines: [73, 73],
    replacement: 'det.abs().sub(snap).sign() < 0',
    reason: BOUNDARY,
  },
  // ---- theorems/psd-verdict.ts ----
  {
    file: 'theorems/psd-verdict.ts',
    lines: [59, 59],
    original: 'false',
    reason: 'asking the eigensolver for vectors too gives the same eigenvalues',
  },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [63, 63],
    original: 'Math.abs(x) <= tol',
    replacement: 'Math.abs(x) < tol',
    reason: BOUNDARY,
  },
  { file: 'theorems/psd-verdict.ts', lines: [181, 181], original: 'Math.abs(v) <= f.tolerance', reason: BOUNDARY },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [142, 142],
    original: '[]',
    reason: 'the float rows of an exact matrix: the exact branch never reads them',
  },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [144, 144],
    mutator: 'ConditionalExpression',
    reason:
      "computing the symmetric part where the caller asked not to (schur's AB): the caller reads only the verdict, so the extra result is never shown (verdict and data checked in theorems/psd-verdict.test.ts)",
  },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [144, 144],
    mutator: 'BooleanLiteral',
    reason:
      "the symmetricPart option compared with true instead of false: the only caller passing it (schur's AB) reads only the verdict",
  },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [144, 144],
    mutator: 'ArrayDeclaration',
    reason: "the eigenvalues of schur's not-symmetric AB, which schur never shows",
  },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [157, 160],
    reason:
      'the exact rank and the simple witness computed for every verdict, not only not_psd: for pd/psd the elimination rank equals the LDLᵀ rank, and simpleWitness finds no negative xᵀMx, so the answer is the same',
  },
  // ---- numbers/rational.ts (toNumber, split, log10Abs, digits, totalDigits, toJSON) ----
  {
    file: 'numbers/rational.ts',
    lines: [204, 204],
    original: 'a > this.den',
    reason: 'digits() of the larger part: when both are equal either one has the same digits',
  },
  {
    file: 'numbers/rational.ts',
    lines: [213, 216],
    reason: 'bits() is not called by any engine code (not covered)',
  },
  {
    file: 'numbers/rational.ts',
    lines: [230, 230],
    reason: `toNumber without its direct division: the shifted path gives the same double up to its last bit (${ROUNDING})`,
  },
  {
    file: 'numbers/rational.ts',
    lines: [234, 234],
    reason:
      'toNumber: with both parts below 1.8×10³⁰⁸, |n/d| ≥ 5.6×10⁻³⁰⁹ never underflows, so q is 0 exactly when n is, and every variant of this test returns the same q',
  },
  {
    file: 'numbers/rational.ts',
    lines: [247, 247],
    reason:
      'split() of zero without its shortcut: the mantissa is 0/… = 0, and every caller treats m = 0 as zero whatever e is',
  },
  {
    file: 'numbers/rational.ts',
    lines: [250, 251],
    reason:
      'the direction of the shift in split(): a BigInt shifted right by a negative count is shifted left, and vice versa, so every variant computes the same mantissa',
  },
  {
    file: 'numbers/rational.ts',
    lines: [257, 257],
    reason: 'log10Abs of zero without its shortcut: Math.log10(0) − log10(den) is −Infinity too',
  },
  // ---- numbers/matrix.ts: isSymmetricFloat ----
  {
    file: 'numbers/matrix.ts',
    lines: [125, 125],
    original: 'j < i',
    reason: `${LOOP_END} (the pair (i, i) is a diagonal entry, equal to itself)`,
  },
  {
    file: 'numbers/matrix.ts',
    lines: [128, 128],
    original: 'x === y',
    reason: 'equal entries without the shortcut: |x/2 − y/2| = 0 ≤ any scale',
  },
  { file: 'numbers/matrix.ts', lines: [134, 134], reason: BOUNDARY },
  // ---- parse/expression.ts ----
  {
    file: 'parse/expression.ts',
    lines: [138, 138],
    original: 'log10 > 0',
    reason: 'a value out of range has log10 ≠ 0',
  },
  {
    file: 'parse/expression.ts',
    lines: [243, 243],
    original: 'log10 > 0',
    reason: 'a value out of range has log10 ≠ 0',
  },
  {
    file: 'parse/expression.ts',
    lines: [206, 207],
    reason:
      'the shortcuts for 0^k, 1^k and (−1)^k: without them the size estimate of these bases is 1 digit, so the power is computed exactly, and 0ⁿ, 1ⁿ, (−1)ⁿ are cheap in BigInt at any n',
  },
  {
    file: 'parse/expression.ts',
    lines: [211, 211],
    reason:
      'the size estimate two digits lower: at the boundary the power is then computed exactly and checkSize makes the same exact-or-floating choice on the true size',
  },
  {
    file: 'parse/expression.ts',
    lines: [214, 214],
    reason:
      'a base whose double is 0 or infinite gives Math.pow 0 or ∞, which the next test rejects anyway, so the guard changes nothing',
  },
  {
    file: 'parse/expression.ts',
    lines: [278, 278],
    mutator: 'ArithmeticOperator',
    reason: 'not covered: the size in the message for a square root beyond the range',
  },
  // ---- numbers/certified.ts (issue 18: npm run mutation:numbers) ----
  { file: 'numbers/certified.ts', lines: [58, 58], mutator: 'EqualityOperator', reason: TIME_EDGE },
  {
    file: 'numbers/certified.ts',
    lines: [71, 71],
    reason: 'memoP starts at +1 instead of −1: the memo is null until the first compute sets both, so it is never read',
  },
  {
    file: 'numbers/certified.ts',
    lines: [88, 92],
    mutator: 'ArrayDeclaration',
    reason:
      'operands for a fixed enclosure or for Certified.pi(): only sameAs and mayOverflow read them; sameAs of two such leaves returns false either way (fixed enclosures are never the same), mayOverflow is only called on parsed entries, which never hold either (π is an exact Symbolic leaf there; Certified.pi() is not called in src)',
  },
  {
    file: 'numbers/certified.ts',
    lines: [105, 105],
    original: "this.op === 'exp' || this.op === 'pow' || this.op === 'powInt'",
    reason:
      'mayOverflow true for every node: each certified entry is enclosed once more at parse time (cost only; the same entries are refused)',
  },
  {
    file: 'numbers/certified.ts',
    lines: [105, 105],
    original: "this.op === 'exp'",
    replacement: "this.op !== 'exp'",
    reason:
      'mayOverflow then true for every node but exp, and an exp node is true through its leaf: true for all, cost only',
  },
  {
    file: 'numbers/certified.ts',
    lines: [105, 106],
    reason:
      'not found to matter: with powInt (or the operands of a non-power node) left out of mayOverflow, (pi+e)^(10^17), (pi+e)*exp(1e300) and exp(1e300)*(pi+e) are still refused as out_of_range at parse time, by the size checks of the operations; no entry was found that only this check refuses',
  },
  {
    file: 'numbers/certified.ts',
    lines: [326, 326],
    replacement: 'false',
    reason: 'zeroDigits of [0, 0] without its shortcut: −(−∞)·log₁₀2 is +∞, and max(0, ⌊∞⌋) is ∞ too',
  },
  {
    file: 'numbers/certified.ts',
    lines: [111, 111],
    reason:
      'exactLeaf for a non-leaf returns this.leaf, which is undefined; for a fixed enclosure it returns the Interval, which its only caller (splitExact) skips like undefined (it keeps Rational and Symbolic leaves only)',
  },
  {
    file: 'numbers/certified.ts',
    lines: [121, 121],
    original: 'this.op === o.op',
    replacement: 'true',
    reason:
      'a sum (or product) compared as a multiset with a node of another operation: that node flattens to itself, so the two match only when the values are equal anyway (a + 0 against a, 2 + 3 against the leaf 5)',
  },
  {
    file: 'numbers/certified.ts',
    lines: [128, 128],
    reason: 'used[i] is undefined instead of false in an empty array: !used[i] is true either way',
  },
  {
    file: 'numbers/certified.ts',
    lines: [136, 136],
    original: 'this.args.length !== o.args.length',
    reason:
      'two nodes of the same operation always have the same number of operands (every caller builds each operation with a fixed arity)',
  },
  { file: 'numbers/certified.ts', lines: [152, 153], reason: MEMO },
  {
    file: 'numbers/certified.ts',
    lines: [196, 196],
    original: 'k >= 0',
    reason: 'for k = 0 both branches give 1 (x⁰ and 1/x⁰)',
  },
  {
    file: 'numbers/certified.ts',
    lines: [229, 229],
    replacement: 'iv.log2Mag() - iv.log2Width() > bits',
    reason:
      'a floating estimate of the enclosure’s relative width exactly equal to the bits asked for: either level is good to about that many bits',
  },
  { file: 'numbers/certified.ts', lines: [233, 233], reason: TIME },
  {
    file: 'numbers/certified.ts',
    lines: [236, 236],
    mutator: 'StringLiteral',
    reason:
      'the text of an internal NeedPrecision: every caller catches it by type (toNumber gives NaN, the others try another precision or say undecided)',
  },
  {
    file: 'numbers/certified.ts',
    lines: [268, 268],
    reason:
      'exactEqual with one operand null: Symbolic.sub(null, x) throws, and the catch returns false, which is what a === b gives there',
  },
  {
    file: 'numbers/certified.ts',
    lines: [272, 272],
    mutator: 'BlockStatement',
    reason:
      'an empty catch returns undefined, which the caller (!exactEqual) treats as false, the same as `return false`',
  },
  {
    file: 'numbers/certified.ts',
    lines: [278, 278],
    mutator: 'LogicalOperator',
    reason:
      'sameLeaf: a number leaf against a leaf of another kind fails every later test (not an Interval pair, not two Rationals, not two Symbolics) and gives false too',
  },
  {
    file: 'numbers/certified.ts',
    lines: [278, 278],
    original: "typeof a === 'number'",
    reason:
      'sameLeaf: a number leaf against a leaf of another kind fails every later test and gives false too; two numbers are still compared by the other half of the test',
  },
  {
    file: 'numbers/certified.ts',
    lines: [278, 278],
    original: "typeof b === 'number'",
    reason:
      'sameLeaf: a number leaf against a leaf of another kind fails every later test and gives false too; two numbers are still compared by the other half of the test',
  },
  {
    file: 'numbers/certified.ts',
    lines: [278, 278],
    mutator: 'StringLiteral',
    reason:
      'sameLeaf: one half of the number test never true; the other half still catches two number leaves, and a number against another kind gives false further down',
  },
  {
    file: 'numbers/certified.ts',
    lines: [279, 279],
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason: 'sameLeaf: an Interval leaf is neither a Rational nor a Symbolic, so it falls through to the final false',
  },
  {
    file: 'numbers/certified.ts',
    lines: [279, 279],
    mutator: 'LogicalOperator',
    reason: 'sameLeaf: an Interval leaf is neither a Rational nor a Symbolic, so it falls through to the final false',
  },
  {
    file: 'numbers/certified.ts',
    lines: [281, 281],
    reason:
      'sameLeaf: a Rational against a Symbolic reaches the Symbolic test with a.sym or b.sym undefined, which differs from the other (pi, e or none): false',
  },
  {
    file: 'numbers/certified.ts',
    lines: [283, 283],
    mutator: 'LogicalOperator',
    reason:
      'a nonzero Symbolic difference has isZero() false (Symbolic has its own isZero), so the second half adds nothing',
  },
  {
    file: 'numbers/certified.ts',
    lines: [284, 284],
    original: 'a.d === b.d',
    reason:
      'Symbolic.sub aligns e^(1/d) of different d exactly; two leaves with different d are different values, so the difference is nonzero anyway',
  },
  {
    file: 'numbers/certified.ts',
    lines: [317, 317],
    mutator: 'EqualityOperator',
    reason:
      "msLeft() exactly equal to 4 × the last level's time + 20 ms: a difference of performance.now() readings, equal only by chance; either choice is within the budget's margin",
  },
  {
    file: 'numbers/certified.ts',
    lines: [317, 317],
    original: '4 * spent + 20',
    replacement: '4 * spent - 20',
    reason: `${TIME} (the margin moves by 40 ms: a next level estimated within 40 ms of the time left is tried or not)`,
  },
  // ---- numbers/surd.ts: enclose and sign (lines 286-309 only) ----
  {
    file: 'numbers/surd.ts',
    lines: [289, 289],
    original: 'r',
    reason: `a rational surd enclosed through the general loop instead of fromFraction at p bits: the same value at p + 4 bits plus zero; ${ROUNDING}`,
  },
  {
    file: 'numbers/surd.ts',
    lines: [293, 293],
    original: 't.r === 1n',
    reason: 'the rational term multiplied by √1, which rootOf encloses as the exact point 1',
  },
  {
    file: 'numbers/surd.ts',
    lines: [301, 303],
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason:
      'the shortcuts for 0 and a rational in sign(): without them rational() still gives 0 (sign 0), and a nonzero rational is enclosed away from 0 at the first precision, with its sign',
  },
  {
    file: 'numbers/surd.ts',
    lines: [306, 306],
    original: 's !== 0',
    reason: 'an enclosure of a nonzero surd is never [0, 0] (the zero surd returns earlier), so s is never 0 here',
  },
  // ---- numbers/trig.ts (issue 18, the whole file) ----
  {
    file: 'numbers/trig.ts',
    lines: [18, 18],
    original: 'q.num < 0n',
    replacement: 'q.num <= 0n',
    reason: 'floor(0): f = 0 and f·den = 0 = num, so the correction is not applied either way',
  },
  {
    file: 'numbers/trig.ts',
    lines: [18, 18],
    original: 'f * q.den',
    replacement: 'f / q.den',
    reason:
      'floor of a negative q: a Rational is reduced, so q is an integer exactly when den = 1, where f/den = f·den = num; otherwise |f/den| < |num| and both tests say "not an integer"',
  },
  {
    file: 'numbers/trig.ts',
    lines: [49, 49],
    original: 'r.cmp(Rational.ONE) >= 0',
    reason: 'sinPi at r = 1 exactly (q an odd integer): sin(π) = 0, and −0 is the same exact 0',
  },
  {
    file: 'numbers/trig.ts',
    lines: [51, 51],
    original: 't.cmp(HALF) <= 0',
    reason: 'sinPi at t = 1/2 exactly: u = t and u = 1 − t are both 1/2',
  },
  {
    file: 'numbers/trig.ts',
    lines: [75, 75],
    original: 't.cmp(HALF) > 0',
    reason:
      'tanPi outside the multiples of π/12: u is t or t − 1, and tan has period π, so tan(uπ) is the same value either way; the certified tan encloses it from any argument (test/engine/numbers/trig.test.ts checks the values against decimal.js)',
  },
  {
    file: 'numbers/trig.ts',
    lines: [82, 84],
    reason:
      'sinPiSurd is called only with 12q an integer, where sinPi returns a Rational or a surd Symbolic, never a Certified: the fall-through and its error text are unreachable',
  },
  // ---- numbers/symbolic.ts:33-262 (LPoly, tOf, Symbolic.make; line numbers of the run, before the fix of make) ----
  {
    file: 'numbers/symbolic.ts',
    lines: [51, 227],
    mutator: 'StringLiteral',
    reason:
      'the text of an ExactOverflow (caught by the caller, which goes certified; never shown) or of a division by zero that every caller refuses first (Symbolic.div checks the divisor, make is never given a zero denominator)',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [64, 64],
    original: 'this.terms.length === 0',
    reason:
      'constantValue() of the zero polynomial: make returns the rational 0 before asking, and a Symbolic never has a zero numerator, so no caller reaches it',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [85, 86],
    reason: 'the shortcuts of LPoly.add for a zero operand: the merge over an empty term list gives the same terms',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [100, 101],
    reason:
      'the shortcuts of LPoly.mul (a zero factor, two monomials): the general double loop gives the same terms (an empty product is the zero polynomial)',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [118, 118],
    original: 'c.isZero()',
    reason:
      'LPoly.scale is never given 0: make scales by inverses, divExact by a nonzero leading coefficient, and Symbolic.scaleBy returns 0 first',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [124, 136],
    mutator: 'ConditionalExpression',
    reason:
      'shift(0), stretch(1) and shrink(1) rebuild the same terms instead of returning this; a rebuilt denominator 1 has one term, which make turns back into LPoly.ONE (shrink is only called with g > 1)',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [142, 144],
    reason:
      'divExact is only called by make, with a denominator of at least two terms (a monomial one is moved into the numerator first) and a nonzero numerator: its zero and monomial cases are unreachable',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [159, 159],
    original: 'oh - ol',
    reason: 'make shifts the denominator to lowest power 0 before divExact, so ol = 0 and oh − ol = oh + ol',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [180, 180],
    reason: 'T^0 enclosed as t.powInt(0) or tInv().powInt(0), which is the point 1 either way',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [210, 210],
    original: 'p + 8',
    reason: `tOf's argument 1/d at p − 8 bits instead of p + 8: tOf is asked for p + 16 bits (computeEnclosure's guard bits), so 1/d is still enclosed at 8 bits past the precision of the result; ${ROUNDING}`,
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [209, 211],
    reason: MEMO.replace('Certified.enclose', 'tOf (the enclosures of e^(1/d))'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [227, 227],
    original: 'den.isZero()',
    reason:
      'make is never given a zero denominator: Symbolic.div refuses a zero divisor first, and products of nonzero denominators are nonzero',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [229, 229],
    original: 'den.terms.length === 1',
    reason:
      'a monomial denominator through the general branch: shifted to T^0 and scaled to 1, it divides the numerator exactly (divExact), and the denominator becomes LPoly.ONE, the same result',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [245, 245],
    original: "sym === 'e'",
    replacement: 'true',
    reason:
      'the reduction of t = e^(1/d) applied to π: there d = 1, so the greatest common divisor is 1 and nothing changes',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [248, 248],
    original: 'g > 1',
    replacement: 'true',
    reason: 'g = 1: d/1 and shrink(1) change nothing (the denominator 1 is kept as LPoly.ONE)',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [248, 248],
    original: 'g > 1',
    replacement: 'g >= 1',
    reason: 'g = 1: d/1 and shrink(1) change nothing (the denominator 1 is kept as LPoly.ONE)',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [254, 254],
    original: 'den === LPoly.ONE',
    replacement: 'true',
    reason:
      'a constant numerator over a denominator of two or more terms does not happen: make divides such a pair exactly only when the quotient is a polynomial, and a quotient c/Q(T) with Q not a monomial keeps a nonconstant numerator after the exact division fails … (see the note)',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [260, 260],
    original: "sym === 'e'",
    replacement: 'true',
    reason: 'd is 1 for π and for a surd anyway',
  },
  // ---- numbers/symbolic.ts:292-361 (align … pow; line numbers after the fix of make) ----
  {
    file: 'numbers/symbolic.ts',
    lines: [300, 302],
    replacement: 'true',
    reason:
      'align: d of π, of a surd and of a rational is 1, so reading it instead of 1 gives the same lcm and stretch factors; a constant stretched keeps its power 0, and a copied denominator 1 is turned back into LPoly.ONE by make',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [313, 314],
    reason:
      'the shortcuts of Symbolic.add (both denominators 1, equal denominators): the general cross-multiplied sum is the same value, and make divides the common factor out exactly and normalises a monomial denominator',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [328, 331],
    reason:
      'the shortcuts of Symbolic.mul (a rational factor, a denominator 1): the general route through align and make gives the same value in the same normal form',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [336, 338],
    reason:
      'Symbolic.div: without the rational shortcut the general route gives the same value; a zero divisor throws RangeError either way (from this check, from make, or from Rational division by 0), and callers refuse a zero divisor before',
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [349, 349],
    original: 'a instanceof Rational',
    reason:
      'Symbolic.pow of a rational through Symbolic.mul and div: align lifts the rationals and make returns the rational power',
  },
  // ---- the adapters' downloads (issue 22: npm run mutation:downloads) ----
  {
    file: 'discord/attachments.ts',
    lines: [51, 51],
    original: "typeof a.size === 'number'",
    replacement: 'true',
    reason:
      'a size the interaction does not state is undefined, and undefined > max is false: the same as skipping the check',
  },
  {
    file: 'slack/files.ts',
    lines: [79, 79],
    original: "typeof f.size === 'number'",
    replacement: 'true',
    reason:
      'a size the event does not state is undefined, and undefined > limit is false: the same as skipping the check',
  },
  {
    file: 'discord/attachments.ts',
    lines: [65, 71],
    reason:
      'the global fetch gives every 200 response a body stream (it is null only for 101, 204, 205 and 304, or a HEAD request), and the download always uses it',
  },
  // ---- the store's Postgres driver (issue 22: npm run mutation:store) ----
  {
    file: 'store/postgres.ts',
    lines: [33, 33],
    original: 'schema !== undefined',
    replacement: 'true',
    reason:
      'without a schema the check tests the text "undefined", which is a valid identifier: nothing is refused either way',
  },
  {
    file: 'store/postgres.ts',
    lines: [96, 96],
    original: 'this.schema ?? null',
    reason:
      "the advisory lock's key then comes from current_schema(), which is the schema (search_path names it) or, before it exists, 'public': migrations of different schemas may wait for each other, each is still applied once",
  },
  {
    file: 'store/postgres.ts',
    lines: [101, 101],
    mutator: 'StringLiteral',
    reason:
      'Postgres recomputes the search path when pg_namespace changes, so after CREATE SCHEMA the transaction already resolves into the new schema; SET LOCAL is a second guarantee',
  },
];

// Survivors of the recorded runs that tests written after the run kill; each was checked by applying the mutant
// by hand and running the named test file (a later `npm run mutation` should report them killed).
const T = (f) => `test/engine/${f}`;
export const KILLED_AFTER = [
  // numbers/symbolic.ts:33-262 (lines of the run)
  {
    file: 'numbers/symbolic.ts',
    lines: [51, 51],
    mutator: 'EqualityOperator',
    test: T(
      'numbers/symbolic-values.test.ts ("the bounds: a span of exactly 48 and a power of exactly 100,000 stay exact; …")',
    ),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [52, 52],
    mutator: 'ConditionalExpression',
    test: T(
      'numbers/symbolic-values.test.ts ("the bounds: a span of exactly 48 and a power of exactly 100,000 stay exact; …")',
    ),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [52, 52],
    mutator: 'LogicalOperator',
    test: T(
      'numbers/symbolic-values.test.ts ("the bounds: a span of exactly 48 and a power of exactly 100,000 stay exact; …")',
    ),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [52, 52],
    mutator: 'EqualityOperator',
    test: T(
      'numbers/symbolic-values.test.ts ("the bounds: a span of exactly 48 and a power of exactly 100,000 stay exact; …")',
    ),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [169, 169],
    mutator: 'BlockStatement',
    test: T('numbers/symbolic-values.test.ts ("t = e^(1/d) with the smallest d (Certified.sameAs compares d), …")'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [189, 189],
    mutator: 'AssignmentOperator',
    test: T(
      'numbers/symbolic-values.test.ts ("bits(), the entry digit budget\'s measure, grows with the coefficients …")',
    ),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [200, 200],
    original: 'a / gcdInt(a, b)',
    test: T(
      'numbers/symbolic-values.test.ts ("e expressions: enclosures, signs and toNumber agree with decimal.js at 120 digits")',
    ),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [209, 209],
    original: 'c.p >= p',
    replacement: 'true',
    test: T(
      'numbers/symbolic-values.test.ts ("e expressions: enclosures, signs and toNumber agree with decimal.js at 120 digits")',
    ),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [245, 245],
    replacement: 'false',
    test: T('numbers/symbolic-values.test.ts ("t = e^(1/d) with the smallest d (Certified.sameAs compares d), …")'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [245, 245],
    replacement: "sym !== 'e'",
    test: T('numbers/symbolic-values.test.ts ("t = e^(1/d) with the smallest d (Certified.sameAs compares d), …")'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [245, 245],
    mutator: 'StringLiteral',
    test: T('numbers/symbolic-values.test.ts ("t = e^(1/d) with the smallest d (Certified.sameAs compares d), …")'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [245, 245],
    mutator: 'BlockStatement',
    test: T('numbers/symbolic-values.test.ts ("t = e^(1/d) with the smallest d (Certified.sameAs compares d), …")'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [248, 248],
    replacement: 'false',
    test: T('numbers/symbolic-values.test.ts ("t = e^(1/d) with the smallest d (Certified.sameAs compares d), …")'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [248, 248],
    replacement: 'g <= 1',
    test: T('numbers/symbolic-values.test.ts ("t = e^(1/d) with the smallest d (Certified.sameAs compares d), …")'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [248, 248],
    mutator: 'BlockStatement',
    test: T('numbers/symbolic-values.test.ts ("t = e^(1/d) with the smallest d (Certified.sameAs compares d), …")'),
  },
  {
    file: 'numbers/symbolic.ts',
    lines: [254, 254],
    original: 'den === LPoly.ONE',
    replacement: 'true',
    test: T(
      'numbers/symbolic-values.test.ts ("pi expressions: enclosures, signs and toNumber agree with decimal.js at 120 digits")',
    ),
  },
  {
    file: 'numbers/trig.ts',
    lines: [18, 18],
    mutator: 'ConditionalExpression',
    original: 'f * q.den !== q.num',
    replacement: 'true',
    test: T('numbers/trig.test.ts ("modRational: q mod m in [0, m), exactly, for negative and non-integer q and m")'),
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [95, 95],
    test: T('linalg/psd-float.test.ts (zero diagonal, underflowing xᵢ)'),
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [112, 112],
    test: T('linalg/psd-float.test.ts (the far-minor witness is given)'),
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [122, 122],
    test: T('linalg/psd-float.test.ts (first nonzero entry positive)'),
  },
  {
    file: 'linalg/psd-float.ts',
    lines: [195, 195],
    original: 'x !== -Infinity',
    test: T('linalg/psd-float.test.ts (zero row beside Ruiz steps)'),
  },
  { file: 'numbers/scaled.ts', lines: [163, 163], test: T('numbers/scaled.test.ts (-1e400)') },
  { file: 'numbers/scalar.ts', lines: [72, 78], test: T('numbers/scalar.test.ts (overflow sizes)') },
  { file: 'numbers/scalar.ts', lines: [103, 103], test: T('numbers/scalar.test.ts (overflow sizes)') },
  { file: 'numbers/scalar.ts', lines: [119, 119], test: T('numbers/scalar.test.ts (the size is known)') },
  { file: 'numbers/scalar.ts', lines: [136, 136], test: T('numbers/scalar.test.ts (exact over a subnormal float)') },
  { file: 'numbers/scalar.ts', lines: [146, 146], test: T('numbers/scalar.test.ts (rationals compared exactly)') },
  { file: 'numbers/scalar.ts', lines: [181, 181], test: T('numbers/scalar.test.ts (formatScalar(0))') },
  { file: 'numbers/scalar.ts', lines: [185, 185], test: T('numbers/scalar.test.ts (formatScalar(1e7))') },
  { file: 'numbers/scalar.ts', lines: [195, 195], test: T('numbers/scalar.test.ts (negligibleBelow)') },
  {
    file: 'verbs/oppenheim.ts',
    lines: [73, 73],
    replacement: 'false',
    test: T('verbs/oppenheim.test.ts (singular factor)'),
  },
  { file: 'verbs/oppenheim.ts', lines: [82, 82], test: T('verbs/oppenheim.test.ts (a failing floating bound)') },
  { file: 'verbs/oppenheim.ts', lines: [105, 105], test: T('verbs/oppenheim.test.ts (correlation flags)') },
  { file: 'verbs/oppenheim.ts', lines: [109, 109], test: T('verbs/oppenheim.test.ts (shape error)') },
  { file: 'verbs/oppenheim.ts', lines: [130, 141], test: T('verbs/oppenheim.test.ts (fails, not PSD)') },
  { file: 'verbs/oppenheim.ts', lines: [180, 180], test: T('verbs/oppenheim.test.ts (the floating note)') },
  { file: 'verbs/oppenheim.ts', lines: [208, 208], test: T('verbs/oppenheim.test.ts (tolerance 64nε)') },
  { file: 'verbs/oppenheim.ts', lines: [234, 234], test: T('verbs/oppenheim.test.ts (the figure)') },
  {
    file: 'verbs/props.ts',
    lines: [42, 52],
    mutator: 'StringLiteral',
    test: T('verbs/props.test.ts (overflow names)'),
  },
  { file: 'verbs/props.ts', lines: [48, 48], test: T('verbs/props.test.ts (subnormal associativity)') },
  { file: 'verbs/props.ts', lines: [64, 64], test: T('verbs/props.test.ts (the marks)') },
  { file: 'verbs/relate.ts', lines: [41, 43], test: T('verbs/relate.test.ts (summation orders)') },
  { file: 'verbs/relate.ts', lines: [47, 47], test: T('verbs/relate.test.ts (tr(AᵀB) named)') },
  { file: 'verbs/relate.ts', lines: [64, 64], test: T('verbs/relate.test.ts (AB out of range)') },
  { file: 'verbs/relate.ts', lines: [75, 75], test: T('verbs/relate.test.ts (vector fields)') },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [53, 69],
    test: T('theorems/psd-verdict.test.ts (eigenvalues as evidence)'),
  },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [140, 149],
    mutator: 'ArrayDeclaration',
    test: T('theorems/psd-verdict.test.ts (no eigenvalues)'),
  },
  {
    file: 'theorems/psd-verdict.ts',
    lines: [169, 169],
    test: T('theorems/psd-verdict.test.ts (no factorization for not_psd)'),
  },
  { file: 'numbers/rational.ts', lines: [268, 268], test: T('numbers/rational.test.ts (toJSON)') },
  { file: 'parse/expression.ts', lines: [51, 51], mutator: 'Regex', test: T('parse/expression.test.ts (12.5, .25)') },
  {
    file: 'parse/expression.ts',
    lines: [61, 109],
    test: T('parse/expression.test.ts (tabs, dashes, dots, not-a-number words, messages)'),
  },
  { file: 'parse/expression.ts', lines: [114, 114], test: T('parse/expression.test.ts (an entry is empty)') },
  { file: 'parse/expression.ts', lines: [172, 172], test: T('parse/expression.test.ts (divides by zero)') },
  { file: 'parse/expression.ts', lines: [188, 188], test: T('parse/expression.test.ts (unary plus counts a level)') },
  { file: 'parse/expression.ts', lines: [205, 205], test: T('parse/expression.test.ts (0^-2 divides by zero)') },
  {
    file: 'parse/expression.ts',
    lines: [209, 212],
    test: T('parse/expression.test.ts (2^1000000000 refused at once; a hang without it)'),
  },
  {
    file: 'parse/expression.ts',
    lines: [219, 219],
    test: T('parse/expression.test.ts (2^1000000000 refused at once; a hang without it)'),
  },
  { file: 'parse/expression.ts', lines: [235, 235], test: T('parse/expression.test.ts (is not a real number)') },
  { file: 'parse/expression.ts', lines: [249, 249], test: T('parse/expression.test.ts (ends too early)') },
  { file: 'parse/expression.ts', lines: [254, 254], mutator: 'Regex', test: T('parse/expression.test.ts (1e-99999)') },
  {
    file: 'parse/expression.ts',
    lines: [264, 270],
    test: T('parse/expression.test.ts (sqrt messages, sqrt counts a level)'),
  },
  {
    file: 'parse/expression.ts',
    lines: [278, 278],
    mutator: 'ConditionalExpression',
    test: T('parse/expression.test.ts (sqrt(2e799))'),
  },
  {
    file: 'parse/expression.ts',
    lines: [278, 278],
    mutator: 'LogicalOperator',
    test: T('parse/expression.test.ts (sqrt(2e799))'),
  },
  { file: 'parse/expression.ts', lines: [292, 297], test: T('parse/expression.test.ts (*3)') },
  {
    file: 'parse/expression.ts',
    lines: [301, 313],
    test: T('parse/expression.test.ts (missing a ")", where it should end)'),
  },
  { file: 'parse/expression.ts', lines: [317, 317], test: T('parse/expression.test.ts (1e200*pi*1e200)') },
  {
    file: 'discord/attachments.ts',
    lines: [60, 60],
    test: 'test/bot/discord/attachments-download.test.ts (HTTP 204, a response without a body)',
  },
  {
    file: 'slack/files.ts',
    lines: [108, 108],
    test: 'test/bot/slack/files-download.test.ts (HTTP 204, a response without a body)',
  },
  {
    file: 'store/postgres.ts',
    lines: [48, 48],
    mutator: 'OptionalChaining',
    test: 'test/store/postgres.test.ts (an idle connection that the server ends, on a store without a logger)',
  },
  // ---- issue 18: each applied by hand; the test named fails (or hangs) on it ----
  {
    file: 'numbers/certified.ts',
    lines: [58, 58],
    mutator: 'ConditionalExpression',
    original: 'left > 600',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [58, 58],
    mutator: 'ConditionalExpression',
    original: 'left > 600',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [58, 58],
    mutator: 'EqualityOperator',
    original: 'left > 600',
    replacement: 'left <= 600',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [58, 58],
    mutator: 'ConditionalExpression',
    original: 'left > 250',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [58, 58],
    mutator: 'ConditionalExpression',
    original: 'left > 250',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [58, 58],
    mutator: 'EqualityOperator',
    original: 'left > 250',
    replacement: 'left <= 250',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [91, 91],
    mutator: 'BlockStatement',
    original: '{ …',
    replacement: '{}',
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [92, 92],
    mutator: 'StringLiteral',
    original: "'pi'",
    replacement: '""',
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [167, 167],
    mutator: 'ConditionalExpression',
    original: "case 'pi': …",
    replacement: "case 'pi':",
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [191, 191],
    mutator: 'ConditionalExpression',
    original: "case 'abs': …",
    replacement: "case 'abs':",
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [216, 216],
    mutator: 'BlockStatement',
    original: '{ …',
    replacement: '{}',
    test: T('numbers/certified.test.ts ("refined(bits) stops at the first level good to that many bits; past th…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [217, 217],
    mutator: 'BooleanLiteral',
    original: '!(e instanceof NeedPrecision)',
    replacement: 'e instanceof NeedPrecision',
    test: T('numbers/certified.test.ts ("refined(bits) stops at the first level good to that many bits; past th…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [217, 217],
    mutator: 'ConditionalExpression',
    original: '!(e instanceof NeedPrecision)',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("refined(bits) stops at the first level good to that many bits; past th…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [217, 217],
    mutator: 'ConditionalExpression',
    original: '!(e instanceof NeedPrecision)',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("exact parts in π and in e are never equal (their difference cannot be …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [273, 273],
    mutator: 'BooleanLiteral',
    original: 'false',
    replacement: 'true',
    test: T('numbers/certified.test.ts (fails by hanging: a timeout)'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [278, 278],
    mutator: 'ConditionalExpression',
    original: 'a === b',
    replacement: 'true',
    test: T('numbers/certified.test.ts (fails by hanging: a timeout)'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [278, 278],
    mutator: 'ConditionalExpression',
    original: 'a === b',
    replacement: 'false',
    test: T('numbers/certified.test.ts (fails by hanging: a timeout)'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [278, 278],
    mutator: 'EqualityOperator',
    original: 'a === b',
    replacement: 'a !== b',
    test: T('numbers/certified.test.ts (fails by hanging: a timeout)'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [279, 279],
    mutator: 'BooleanLiteral',
    original: 'false',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [288, 288],
    mutator: 'BooleanLiteral',
    original: 'false',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [58, 58],
    mutator: 'ConditionalExpression',
    original: 'left > 1200',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [65, 65],
    mutator: 'ConditionalExpression',
    original: 'p < cap',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [65, 65],
    mutator: 'EqualityOperator',
    original: 'p < cap',
    replacement: 'p <= cap',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [65, 65],
    mutator: 'EqualityOperator',
    original: 'p < cap',
    replacement: 'p >= cap',
    test: T('numbers/certified.test.ts ("the precision cap follows the time left: 3,400 bits, then 1,024, 256, …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [105, 105],
    mutator: 'ConditionalExpression',
    original: "this.op === 'pow'",
    replacement: 'false',
    test: T('parse/functions.test.ts ("no lost nonzero: tiny angles, logs near 1, huge exact arguments")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [105, 105],
    mutator: 'StringLiteral',
    original: "'pow'",
    replacement: '""',
    test: T('parse/functions.test.ts ("no lost nonzero: tiny angles, logs near 1, huge exact arguments")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [106, 106],
    mutator: 'ArrowFunction',
    original: '(a) => a.mayOverflow()',
    replacement: '() => undefined',
    test: T('parse/functions.test.ts ("no lost nonzero: tiny angles, logs near 1, huge exact arguments")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [120, 120],
    mutator: 'ConditionalExpression',
    original: 'this === o',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [121, 121],
    mutator: 'ConditionalExpression',
    original: "(this.op === 'add' || this.op === 'mul') && this.op === o.op",
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [121, 121],
    mutator: 'LogicalOperator',
    original: "(this.op === 'add' || this.op === 'mul') && this.op === o.op",
    replacement: "this.op === 'add' || this.op === 'mul' || this.op === o.op",
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [121, 121],
    mutator: 'ConditionalExpression',
    original: "this.op === 'add' || this.op === 'mul'",
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [127, 127],
    mutator: 'ConditionalExpression',
    original: 'xs.length !== ys.length',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [129, 129],
    mutator: 'MethodExpression',
    original: 'xs.every((x) => { …',
    replacement:
      'xs.some(x => { const k = ys.findIndex((y, i) => !used[i] && x.sameAs(y)); if (k < 0) return false; used[k] = true; return true; })',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [130, 130],
    mutator: 'ConditionalExpression',
    original: '!used[i] && x.sameAs(y)',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [130, 130],
    mutator: 'LogicalOperator',
    original: '!used[i] && x.sameAs(y)',
    replacement: '!used[i] || x.sameAs(y)',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [131, 131],
    mutator: 'ConditionalExpression',
    original: 'k < 0',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [131, 131],
    mutator: 'BooleanLiteral',
    original: 'false',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [132, 132],
    mutator: 'BooleanLiteral',
    original: 'true',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [136, 136],
    mutator: 'LogicalOperator',
    original: 'this.op !== o.op || this.k !== o.k || this.args.length !== o.args.length',
    replacement: '(this.op !== o.op || this.k !== o.k) && this.args.length !== o.args.length',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [136, 136],
    mutator: 'ConditionalExpression',
    original: 'this.op !== o.op || this.k !== o.k',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [136, 136],
    mutator: 'LogicalOperator',
    original: 'this.op !== o.op || this.k !== o.k',
    replacement: 'this.op !== o.op && this.k !== o.k',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [136, 136],
    mutator: 'ConditionalExpression',
    original: 'this.op !== o.op',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [136, 136],
    mutator: 'ConditionalExpression',
    original: 'this.k !== o.k',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [136, 136],
    mutator: 'BooleanLiteral',
    original: 'false',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [137, 137],
    mutator: 'ConditionalExpression',
    original: "this.op === 'leaf'",
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [137, 137],
    mutator: 'StringLiteral',
    original: "'leaf'",
    replacement: '""',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [138, 138],
    mutator: 'MethodExpression',
    original: 'this.args.every((a, i) => a.sameAs(o.args[i]))',
    replacement: 'this.args.some((a, i) => a.sameAs(o.args[i]))',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [162, 162],
    mutator: 'ArithmeticOperator',
    original: 'p + 8',
    replacement: 'p - 8',
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [167, 167],
    mutator: 'StringLiteral',
    original: "'pi'",
    replacement: '""',
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [179, 179],
    mutator: 'ConditionalExpression',
    original: "case 'sqrt': …",
    replacement: "case 'sqrt':",
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [189, 189],
    mutator: 'ConditionalExpression',
    original: "case 'tan': …",
    replacement: "case 'tan':",
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [191, 191],
    mutator: 'StringLiteral',
    original: "'abs'",
    replacement: '""',
    test: T('numbers/certified.test.ts ("every operation encloses its 360-digit reference (decimal.js), to with…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [229, 229],
    mutator: 'ConditionalExpression',
    original: 'iv.isZero() || iv.log2Mag() - iv.log2Width() >= bits',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("refined(bits) stops at the first level good to that many bits; past th…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [229, 229],
    mutator: 'LogicalOperator',
    original: 'iv.isZero() || iv.log2Mag() - iv.log2Width() >= bits',
    replacement: 'iv.isZero() && iv.log2Mag() - iv.log2Width() >= bits',
    test: T('numbers/certified.test.ts ("refined(bits) stops at the first level good to that many bits; past th…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [229, 229],
    mutator: 'ConditionalExpression',
    original: 'iv.log2Mag() - iv.log2Width() >= bits',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("refined(bits) stops at the first level good to that many bits; past th…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [231, 231],
    mutator: 'ConditionalExpression',
    original: '!(e instanceof NeedPrecision)',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("refined(bits) stops at the first level good to that many bits; past th…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [235, 235],
    mutator: 'ConditionalExpression',
    original: 'last',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("refined(bits) stops at the first level good to that many bits; past th…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [255, 255],
    mutator: 'ConditionalExpression',
    original: "op === 'add'",
    replacement: 'true',
    test: T('numbers/certified.test.ts (fails by hanging: a timeout)'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [263, 263],
    mutator: 'ConditionalExpression',
    original: "exact instanceof Rational && (op === 'add' ? exact.isZero() : exact.equals(Rational.ONE))",
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [263, 263],
    mutator: 'ConditionalExpression',
    original: "op === 'add'",
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [263, 263],
    mutator: 'ConditionalExpression',
    original: "op === 'add'",
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [263, 263],
    mutator: 'EqualityOperator',
    original: "op === 'add'",
    replacement: "op !== 'add'",
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [263, 263],
    mutator: 'StringLiteral',
    original: "'add'",
    replacement: '""',
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [268, 268],
    mutator: 'ConditionalExpression',
    original: 'a === null || b === null',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [268, 268],
    mutator: 'ConditionalExpression',
    original: 'a === b',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [271, 271],
    mutator: 'ConditionalExpression',
    original: 'd instanceof Rational && d.isZero()',
    replacement: 'true',
    test: T('numbers/certified.test.ts (fails by hanging: a timeout)'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [271, 271],
    mutator: 'LogicalOperator',
    original: 'd instanceof Rational && d.isZero()',
    replacement: 'd instanceof Rational || d.isZero()',
    test: T('numbers/certified.test.ts (fails by hanging: a timeout)'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [280, 280],
    mutator: 'LogicalOperator',
    original: 'a instanceof Rational && b instanceof Rational',
    replacement: 'a instanceof Rational || b instanceof Rational',
    test: T('numbers/certified.test.ts ("sameAs: exact leaves are combined by the operation (summed, multiplied…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [283, 283],
    mutator: 'ConditionalExpression',
    original: 'a.sym === b.sym && …',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [283, 283],
    mutator: 'ConditionalExpression',
    original: 'a.sym === b.sym && …',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [283, 283],
    mutator: 'LogicalOperator',
    original: 'a.sym === b.sym && …',
    replacement:
      'a.sym === b.sym && a.d === b.d && Symbolic.sub(a, b) instanceof Rational || (Symbolic.sub(a, b) as Rational).isZero()',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [283, 283],
    mutator: 'LogicalOperator',
    original: 'a.sym === b.sym && …',
    replacement: 'a.sym === b.sym && a.d === b.d || Symbolic.sub(a, b) instanceof Rational',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [283, 283],
    mutator: 'ConditionalExpression',
    original: 'a.sym === b.sym',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, multisets cou…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [313, 313],
    mutator: 'BlockStatement',
    original: '{ …',
    replacement: '{}',
    test: T('numbers/certified.test.ts ("refinement stops early, undecided, when the next level would not fit i…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [314, 314],
    mutator: 'ConditionalExpression',
    original: '!(e instanceof NeedPrecision)',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("refinement stops early, undecided, when the next level would not fit i…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [316, 316],
    mutator: 'ArithmeticOperator',
    original: 'performance.now() - started',
    replacement: 'performance.now() + started',
    test: T('numbers/certified.test.ts ("refinement stops early, undecided, when the next level would not fit i…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [317, 317],
    mutator: 'ConditionalExpression',
    original: 'msLeft() < 4 * spent + 20',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("refinement stops early, undecided, when the next level would not fit i…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [317, 317],
    mutator: 'ArithmeticOperator',
    original: '4 * spent',
    replacement: '4 / spent',
    test: T('numbers/certified.test.ts ("refinement stops early, undecided, when the next level would not fit i…")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [324, 324],
    mutator: 'ConditionalExpression',
    original: '!iv',
    replacement: 'false',
    test: T('numbers/certified.test.ts ("zeroDigits: the decimal digits of 0 an undecided enclosure proves")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [326, 326],
    mutator: 'BooleanLiteral',
    original: '!Number.isFinite(mag)',
    replacement: 'Number.isFinite(mag)',
    test: T('numbers/certified.test.ts ("zeroDigits: the decimal digits of 0 an undecided enclosure proves")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [326, 326],
    mutator: 'ConditionalExpression',
    original: '!Number.isFinite(mag)',
    replacement: 'true',
    test: T('numbers/certified.test.ts ("zeroDigits: the decimal digits of 0 an undecided enclosure proves")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [327, 327],
    mutator: 'ArithmeticOperator',
    original: '-mag * LOG10_2',
    replacement: '-mag / LOG10_2',
    test: T('numbers/certified.test.ts ("zeroDigits: the decimal digits of 0 an undecided enclosure proves")'),
  },
  {
    file: 'numbers/surd.ts',
    lines: [304, 304],
    mutator: 'AssignmentOperator',
    original: 'p *= 2',
    replacement: 'p /= 2',
    test: T('numbers/surd.test.ts ("signs by refinement agree with squaring, even for values within 10⁻⁵⁰ …")'),
  },
  {
    file: 'numbers/surd.ts',
    lines: [292, 292],
    mutator: 'ArithmeticOperator',
    original: 'p + 4',
    replacement: 'p - 4',
    test: T('numbers/surd.test.ts ("enclosures contain the 360-digit value (decimal.js) to within 4 bits o…")'),
  },
  {
    file: 'numbers/surd.ts',
    lines: [293, 293],
    mutator: 'ArithmeticOperator',
    original: 'p + 4',
    replacement: 'p - 4',
    test: T('numbers/surd.test.ts ("enclosures contain the 360-digit value (decimal.js) to within 4 bits o…")'),
  },
  {
    file: 'numbers/surd.ts',
    lines: [293, 293],
    mutator: 'ArithmeticOperator',
    original: 'p + 4',
    replacement: 'p - 4',
    test: T('numbers/surd.test.ts ("enclosures contain the 360-digit value (decimal.js) to within 4 bits o…")'),
  },
  {
    file: 'numbers/surd.ts',
    lines: [294, 294],
    mutator: 'ArithmeticOperator',
    original: 'p + 4',
    replacement: 'p - 4',
    test: T('numbers/surd.test.ts ("enclosures contain the 360-digit value (decimal.js) to within 4 bits o…")'),
  },
  {
    file: 'numbers/surd.ts',
    lines: [306, 306],
    mutator: 'ConditionalExpression',
    original: 's !== null && s !== 0',
    replacement: 'true',
    test: T('numbers/surd.test.ts ("signs by refinement agree with squaring, even for values within 10⁻⁵⁰ …")'),
  },
  {
    file: 'numbers/surd.ts',
    lines: [306, 306],
    mutator: 'LogicalOperator',
    original: 's !== null && s !== 0',
    replacement: 's !== null || s !== 0',
    test: T('numbers/surd.test.ts ("signs by refinement agree with squaring, even for values within 10⁻⁵⁰ …")'),
  },
  {
    file: 'numbers/surd.ts',
    lines: [306, 306],
    mutator: 'ConditionalExpression',
    original: 's !== null',
    replacement: 'true',
    test: T('numbers/surd.test.ts ("signs by refinement agree with squaring, even for values within 10⁻⁵⁰ …")'),
  },
  {
    file: 'numbers/certified.ts',
    lines: [278, 278],
    mutator: 'ConditionalExpression',
    original: "typeof a === 'number' || typeof b === 'number'",
    replacement: 'false',
    test: T(
      'numbers/certified.test.ts ("sameAs: operand order matters outside sums and products, …": two equal number leaves)',
    ),
  },
];
