/**
 * A high-precision oracle for the engine's answers (issue 18), independent of the engine's number code: its own
 * reader of the entry grammar (DESIGN §3: integers, decimals, e-notation, fractions, + − * / ^ ( ), pi, e, sqrt sin cos
 * tan exp log ln abs), its own exact fractions (BigInt), and interval arithmetic over decimal.js (which the engine does
 * not use) with directed rounding at 300, then 1,000 significant digits. Nothing here imports from src/.
 *
 * Every value is an enclosure [lo, hi] proved to contain it (each operation rounds lo down and hi up; decimal.js's
 * exp, ln and sqrt are off by at most one ulp and are widened by a few; π is ours, by Machin's formula, and so are sin
 * and cos, by argument reduction and Taylor series, spread by the radius since they are 1-Lipschitz), plus the exact
 * fraction when the value is rational by construction. A sign is decided when
 * the enclosure excludes 0 or the fraction is known; a quantity whose enclosure still holds 0 at 1,000 digits is
 * "zero to N digits" (`Sign` 'zero?'): it may be exactly 0 (sqrt(2)·sqrt(2) − 2), and the checks accept an exact 0 or
 * `undecided` from the engine there, never a nonzero sign.
 *
 * The linear algebra is naive on purpose, and different from the engine's (LDLᵀ, Bareiss, QL): determinants by
 * Laplace expansion (division-free, so enclosures stay honest), every principal minor, Eₖ = the sum of the k×k
 * principal minors (the characteristic polynomial's coefficients), hence the verdict (PSD ⇔ every Eₖ ≥ 0, PD ⇔ also
 * Eₙ > 0), the rank (the last k with Eₖ ≠ 0) and the eigenvalues' signs (Descartes' rule is exact for real-rooted
 * polynomials); and eigenvalues of a symmetric tridiagonal by Sturm-sequence bisection. Matrices up to 6×6 (2ⁿ
 * principal minors).
 */
import { Decimal } from 'decimal.js';

// ---------------------------------------------------------------- exact fractions (BigInt)

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** p/q in lowest terms, q > 0. */
export class Frac {
  readonly p: bigint;
  readonly q: bigint;
  constructor(p: bigint, q = 1n) {
    if (q === 0n) throw new RangeError('Frac: zero denominator');
    if (q < 0n) [p, q] = [-p, -q];
    const g = gcd(p, q) || 1n;
    this.p = p / g;
    this.q = q / g;
  }
  add(o: Frac): Frac {
    return new Frac(this.p * o.q + o.p * this.q, this.q * o.q);
  }
  sub(o: Frac): Frac {
    return new Frac(this.p * o.q - o.p * this.q, this.q * o.q);
  }
  mul(o: Frac): Frac {
    return new Frac(this.p * o.p, this.q * o.q);
  }
  div(o: Frac): Frac {
    return new Frac(this.p * o.q, this.q * o.p);
  }
  sign(): -1 | 0 | 1 {
    return this.p === 0n ? 0 : this.p > 0n ? 1 : -1;
  }
  /** Digits of numerator and denominator together (a size guard). */
  digits(): number {
    return (this.p < 0n ? -this.p : this.p).toString().length + this.q.toString().length;
  }
  toString(): string {
    return this.q === 1n ? this.p.toString() : `${this.p}/${this.q}`;
  }
}

/** An exact integer square root, or null. */
function isqrt(n: bigint): bigint | null {
  if (n < 0n) return null;
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  for (let i = 0; i < 200; i++) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x * x === n ? x : null;
}

// ---------------------------------------------------------------- intervals at a working precision

/** For midpoints and messages: wider than any working precision, so a midpoint loses nothing. */
const Wide = Decimal.clone({ precision: 1100, toExpNeg: -9e15, toExpPos: 9e15, minE: -9e15, maxE: 9e15 });

/** The precisions tried, in significant digits; the last is the cap (decimal.js's ln needs its stored ln 10, 1,025 digits). */
export const PRECISIONS = [300, 1000] as const;

/** Directed-rounding constructors at one precision. */
export class Ctx {
  readonly Dn: typeof Decimal;
  readonly Up: typeof Decimal;
  /** Relative widening for values good to about one ulp (decimal.js's exp, ln, sqrt; our π, sin, cos). */
  readonly slack: Decimal;
  /** Entries and function values already evaluated at this precision (matrices repeat them). */
  readonly entries = new Map<string, Iv>();
  readonly calls = new Map<string, Iv>();
  private piCache: Iv | undefined;
  private eCache: Iv | undefined;
  constructor(readonly digits: number) {
    const common = { precision: digits, toExpNeg: -9e15, toExpPos: 9e15, minE: -9e15, maxE: 9e15 };
    this.Dn = Decimal.clone({ ...common, rounding: Decimal.ROUND_FLOOR });
    this.Up = Decimal.clone({ ...common, rounding: Decimal.ROUND_CEIL });
    this.slack = new Decimal(10).pow(-(digits - 4));
  }
  /** [lo·(1 − slack), hi·(1 + slack)] (for lo, hi ≥ 0; signs handled), rounded outwards. */
  around(lo: Decimal, hi: Decimal): Iv {
    const a = this.Dn.sub(lo, this.Up.mul(lo.abs(), this.slack));
    const b = this.Up.add(hi, this.Up.mul(hi.abs(), this.slack));
    return new Iv(a, b);
  }
  pi(): Iv {
    if (!this.piCache) {
      const p = machinPi(this.digits + 10);
      this.piCache = this.around(p, p);
    }
    return this.piCache;
  }
  e(): Iv {
    this.eCache ??= expIv(Iv.of(new Frac(1n), this), this);
    return this.eCache;
  }
}

const piCache = new Map<number, Decimal>();

/** π to `digits` digits by Machin's formula, π = 16·atan(1/5) − 4·atan(1/239) (not decimal.js's stored π). */
export function machinPi(digits: number): Decimal {
  const hit = piCache.get(digits);
  if (hit) return hit;
  const W = Decimal.clone({ precision: digits + 10, toExpNeg: -9e15, toExpPos: 9e15, minE: -9e15, maxE: 9e15 });
  const stop = new W(10).pow(-(digits + 8));
  const atanInverse = (n: number): Decimal => {
    // atan(1/n) = Σ (−1)ᵏ / ((2k+1)·n^(2k+1))
    let power = new W(1).div(n);
    let sum = power;
    const n2 = n * n;
    for (let k = 1; power.gt(stop); k++) {
      power = power.div(n2);
      const term = power.div(2 * k + 1);
      sum = k % 2 ? sum.minus(term) : sum.plus(term);
    }
    return sum;
  };
  const pi = atanInverse(5).times(16).minus(atanInverse(239).times(4));
  piCache.set(digits, pi);
  return pi;
}

/**
 * sin or cos at a point, by our own argument reduction (modulo 2π from machinPi, with as many extra digits as the
 * argument has integer digits) and Taylor series, to about 10^−(digits+20) absolute (and relative for |x| < 1/2).
 */
function sinCosPoint(x: Decimal, digits: number, which: 'sin' | 'cos'): Decimal {
  const extra = Math.max(0, x.e) + 30;
  const W = Decimal.clone({ precision: digits + extra, toExpNeg: -9e15, toExpPos: 9e15, minE: -9e15, maxE: 9e15 });
  const twoPi = machinPi(digits + extra).times(2);
  let r = new W(x);
  if (r.abs().gt(3)) r = r.minus(r.div(twoPi).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).times(twoPi));
  const r2 = r.times(r);
  let term = which === 'sin' ? r : new W(1);
  let sum = term;
  const scale = which === 'sin' ? r.abs() : new W(1);
  const stop = scale.times(new W(10).pow(-(digits + 25)));
  for (let j = 1; term.abs().gt(stop) && j < 100000; j++) {
    // sin: tⱼ = −tⱼ₋₁·r²/((2j)(2j+1)); cos: tⱼ = −tⱼ₋₁·r²/((2j−1)(2j)).
    term = term
      .times(r2)
      .div(which === 'sin' ? 2 * j * (2 * j + 1) : (2 * j - 1) * 2 * j)
      .neg();
    sum = sum.plus(term);
  }
  return sum;
}

/** An enclosure [lo, hi], with the exact value when it is a known fraction. */
export class Iv {
  constructor(
    readonly lo: Decimal,
    readonly hi: Decimal,
    readonly exact?: Frac,
  ) {}
  static of(x: Frac, c: Ctx): Iv {
    const lo = c.Dn.div(x.p.toString(), x.q.toString());
    const hi = c.Up.div(x.p.toString(), x.q.toString());
    return new Iv(lo, hi, x);
  }
  /** -1, 0, 1 when proved (0 only from an exact fraction, or a point enclosure at 0), null when 0 is inside. */
  sign(): -1 | 0 | 1 | null {
    if (this.exact) return this.exact.sign();
    if (this.lo.gt(0)) return 1;
    if (this.hi.lt(0)) return -1;
    if (this.lo.isZero() && this.hi.isZero()) return 0;
    return null;
  }
  mid(): Decimal {
    return Wide.add(this.lo, this.hi).div(2);
  }
  /** The largest |x| in the enclosure. */
  mag(): Decimal {
    return Decimal.max(this.lo.abs(), this.hi.abs());
  }
}

export function add(a: Iv, b: Iv, c: Ctx): Iv {
  return new Iv(c.Dn.add(a.lo, b.lo), c.Up.add(a.hi, b.hi), a.exact && b.exact ? a.exact.add(b.exact) : undefined);
}

export function neg(a: Iv): Iv {
  return new Iv(a.hi.neg(), a.lo.neg(), a.exact ? new Frac(-a.exact.p, a.exact.q) : undefined);
}

export function sub(a: Iv, b: Iv, c: Ctx): Iv {
  return add(a, neg(b), c);
}

export function mul(a: Iv, b: Iv, c: Ctx): Iv {
  const exact = a.exact && b.exact ? a.exact.mul(b.exact) : undefined;
  if (exact && exact.sign() === 0) return new Iv(new Decimal(0), new Decimal(0), exact);
  const lows = [c.Dn.mul(a.lo, b.lo), c.Dn.mul(a.lo, b.hi), c.Dn.mul(a.hi, b.lo), c.Dn.mul(a.hi, b.hi)];
  const highs = [c.Up.mul(a.lo, b.lo), c.Up.mul(a.lo, b.hi), c.Up.mul(a.hi, b.lo), c.Up.mul(a.hi, b.hi)];
  return new Iv(Decimal.min(...lows), Decimal.max(...highs), exact);
}

export class OracleError extends Error {}

export function div(a: Iv, b: Iv, c: Ctx): Iv {
  if (b.exact?.sign() === 0) throw new OracleError('division by zero');
  if (b.sign() === null) throw new Precision('a divisor encloses 0');
  const exact = a.exact && b.exact ? a.exact.div(b.exact) : undefined;
  const lows = [c.Dn.div(a.lo, b.lo), c.Dn.div(a.lo, b.hi), c.Dn.div(a.hi, b.lo), c.Dn.div(a.hi, b.hi)];
  const highs = [c.Up.div(a.lo, b.lo), c.Up.div(a.lo, b.hi), c.Up.div(a.hi, b.lo), c.Up.div(a.hi, b.hi)];
  return new Iv(Decimal.min(...lows), Decimal.max(...highs), exact);
}

/** Thrown when an enclosure is too wide to go on (a divisor or a log argument holds 0): retry at more digits. */
export class Precision extends Error {}

function powInt(a: Iv, k: number, c: Ctx): Iv {
  if (k < 0) return div(Iv.of(new Frac(1n), c), powInt(a, -k, c), c);
  if (a.exact && Math.abs(k) * a.exact.digits() < 40000) {
    return Iv.of(new Frac(a.exact.p ** BigInt(k), a.exact.q ** BigInt(k)), c);
  }
  let result = Iv.of(new Frac(1n), c);
  let base = a;
  let n = k;
  while (n > 0) {
    if (n & 1) result = mul(result, base, c);
    n >>= 1;
    if (n > 0) base = mul(base, base, c);
  }
  // An even power is ≥ 0 even where the product of enclosures says otherwise.
  if (k % 2 === 0 && result.lo.lt(0)) return new Iv(new Decimal(0), result.hi, result.exact);
  return result;
}

/** exp at the midpoint m (decimal.js, good to an ulp), spread by the radius r: e^(m±r) ⊂ e^m·[1 − r, 1 + 2r] (r ≤ 1/2). */
function expIv(a: Iv, c: Ctx): Iv {
  if (a.exact?.sign() === 0) return Iv.of(new Frac(1n), c);
  const m = a.mid().toSignificantDigits(c.digits + 5);
  const r = Decimal.max(c.Up.sub(a.hi, m), c.Up.sub(m, a.lo));
  if (r.gt(0.5)) return c.around(c.Dn.exp(a.lo), c.Up.exp(a.hi));
  const y = c.Dn.exp(m);
  return c.around(c.Dn.mul(y, c.Dn.sub(1, r)), c.Up.mul(y, c.Up.add(1, c.Up.mul(2, r))));
}

/** ln at the midpoint m (decimal.js, good to an ulp), spread by r/lo (the largest slope on the enclosure). */
function lnIv(a: Iv, c: Ctx): Iv {
  if (a.exact && a.exact.p === a.exact.q) return Iv.of(new Frac(0n), c);
  if (a.exact && a.exact.sign() <= 0) throw new OracleError('log of a number ≤ 0');
  if (!a.lo.gt(0)) throw new Precision('log of an enclosure reaching 0');
  const m = a.mid().toSignificantDigits(c.digits + 5);
  const r = c.Up.div(Decimal.max(c.Up.sub(a.hi, m), c.Up.sub(m, a.lo)), a.lo);
  const y = c.Dn.ln(m);
  const lo = c.Dn.sub(y, r);
  const hi = c.Up.add(y, r);
  return new Iv(c.Dn.sub(lo, c.Up.mul(lo.abs(), c.slack)), c.Up.add(hi, c.Up.mul(hi.abs(), c.slack)));
}

function sqrtIv(a: Iv, c: Ctx): Iv {
  if (a.exact) {
    if (a.exact.sign() < 0) throw new OracleError('sqrt of a negative number');
    const p = isqrt(a.exact.p);
    const q = isqrt(a.exact.q);
    if (p !== null && q !== null) return Iv.of(new Frac(p, q), c);
  }
  if (a.hi.lt(0)) throw new OracleError('sqrt of a negative number');
  const lo = a.lo.gt(0) ? c.Dn.sqrt(a.lo) : new Decimal(0);
  return c.around(lo, c.Up.sqrt(a.hi));
}

/** sin or cos of an enclosure: f(mid) ± radius (both are 1-Lipschitz), f(mid) from sinCosPoint. */
function trigIv(a: Iv, f: 'sin' | 'cos', c: Ctx): Iv {
  if (a.exact?.sign() === 0) return Iv.of(new Frac(f === 'sin' ? 0n : 1n), c);
  const m = a.mid().toSignificantDigits(c.digits + 5);
  const r = Decimal.max(c.Up.sub(a.hi, m), c.Up.sub(m, a.lo));
  const y = sinCosPoint(m, c.digits, f);
  // Small arguments: the series is good relatively; else allow an absolute error far above the reduction's.
  const err = m.abs().lt(0.5)
    ? c.Up.mul(y.abs(), c.slack)
    : c.Up.mul(Decimal.max(1, m.abs()), new Decimal(10).pow(-(c.digits + 10)));
  const w = c.Up.add(r, err);
  const lo = Decimal.max(-1, c.Dn.sub(y, w));
  const hi = Decimal.min(1, c.Up.add(y, w));
  return new Iv(lo, hi);
}

// ---------------------------------------------------------------- the entry grammar

type Token = { kind: 'num' | 'word' | 'op'; text: string };

const FUNCTIONS = new Set(['sqrt', 'sin', 'cos', 'tan', 'exp', 'log', 'ln', 'abs']);

function tokens(src: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z_0-9]*)|([-+*/^()])|(π)|([−–])|([×·⋅])|(÷))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new OracleError(`cannot read ${JSON.stringify(src.slice(i))}`);
    i = re.lastIndex;
    if (m[1]) out.push({ kind: 'num', text: m[1] });
    else if (m[2]) out.push({ kind: 'word', text: m[2].toLowerCase() });
    else if (m[3]) out.push({ kind: 'op', text: m[3] });
    else if (m[4]) out.push({ kind: 'word', text: 'pi' });
    else if (m[5]) out.push({ kind: 'op', text: '-' });
    else if (m[6]) out.push({ kind: 'op', text: '*' });
    else out.push({ kind: 'op', text: '/' });
  }
  return out;
}

/** A decimal literal ("1.5e-3") as an exact fraction. */
export function literal(text: string): Frac {
  const m = /^(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) throw new OracleError(`not a number: ${text}`);
  const digits = BigInt((m[1] || '0') + (m[2] || ''));
  const exp = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  if (Math.abs(exp) > 100000) throw new OracleError(`exponent too large: ${text}`);
  return exp >= 0 ? new Frac(digits * 10n ** BigInt(exp)) : new Frac(digits, 10n ** BigInt(-exp));
}

/**
 * Evaluates one entry as the engine's grammar reads it: `expr = term ((+|−) term)*`, `term = unary ((*|/) unary)*`,
 * `unary = (−|+) unary | power`, `power = primary [^ unary]` (so −2^2 = −4 and 2^3^2 = 2^9), functions need
 * parentheses, `log` is natural.
 */
export function evaluate(src: string, c: Ctx): Iv {
  const t = tokens(src);
  let pos = 0;
  const isOp = (op: string): boolean => t[pos]?.kind === 'op' && t[pos].text === op;
  const expect = (op: string): void => {
    if (!isOp(op)) throw new OracleError(`expected ${op} in ${src}`);
    pos++;
  };
  function expr(): Iv {
    let v = term();
    while (isOp('+') || isOp('-')) {
      const op = t[pos++].text;
      const r = term();
      v = op === '+' ? add(v, r, c) : sub(v, r, c);
    }
    return v;
  }
  function term(): Iv {
    let v = unary();
    while (isOp('*') || isOp('/')) {
      const op = t[pos++].text;
      const r = unary();
      v = op === '*' ? mul(v, r, c) : div(v, r, c);
    }
    return v;
  }
  function unary(): Iv {
    if (isOp('-')) {
      pos++;
      return neg(unary());
    }
    if (isOp('+')) {
      pos++;
      return unary();
    }
    return power();
  }
  function power(): Iv {
    const base = primary();
    if (!isOp('^')) return base;
    pos++;
    const e = unary();
    if (e.exact && e.exact.q === 1n && e.exact.p >= -100000n && e.exact.p <= 100000n) {
      return powInt(base, Number(e.exact.p), c);
    }
    if (base.exact?.sign() === 0) return Iv.of(new Frac(0n), c);
    if (base.hi.lt(0) || base.exact?.sign() === -1) throw new OracleError(`a negative base to a fractional power`);
    // x^y = exp(y·ln x) for x > 0; y exact with x a perfect power (4^(1/2)) is not special-cased: the enclosure is tight.
    return expIv(mul(e, lnIv(base, c), c), c);
  }
  function primary(): Iv {
    const k = t[pos++];
    if (!k) throw new OracleError(`${src} ends too early`);
    if (k.kind === 'num') return Iv.of(literal(k.text), c);
    if (k.kind === 'word') {
      if (k.text === 'pi') return c.pi();
      if (k.text === 'e') return c.e();
      if (!FUNCTIONS.has(k.text)) throw new OracleError(`unknown word ${k.text}`);
      expect('(');
      const x = expr();
      expect(')');
      const key = `${k.text}(${x.lo.toString()},${x.hi.toString()},${x.exact?.toString() ?? ''})`;
      let v = c.calls.get(key);
      if (!v) c.calls.set(key, (v = call(k.text, x)));
      return v;
    }
    if (k.text === '(') {
      const v = expr();
      expect(')');
      return v;
    }
    throw new OracleError(`unexpected ${k.text} in ${src}`);
  }
  function call(name: string, x: Iv): Iv {
    switch (name) {
      case 'sqrt':
        return sqrtIv(x, c);
      case 'sin':
        return trigIv(x, 'sin', c);
      case 'cos':
        return trigIv(x, 'cos', c);
      case 'tan': {
        if (x.exact?.sign() === 0) return Iv.of(new Frac(0n), c);
        return div(trigIv(x, 'sin', c), trigIv(x, 'cos', c), c);
      }
      case 'exp':
        return expIv(x, c);
      case 'abs':
        return x.exact
          ? Iv.of(new Frac(x.exact.p < 0n ? -x.exact.p : x.exact.p, x.exact.q), c)
          : x.lo.gte(0)
            ? x
            : x.hi.lte(0)
              ? neg(x)
              : new Iv(new Decimal(0), x.mag());
      default:
        return lnIv(x, c); // log, ln
    }
  }
  const v = expr();
  if (pos !== t.length) throw new OracleError(`trailing ${t[pos].text} in ${src}`);
  return v;
}

// ---------------------------------------------------------------- commands

export type MatrixText = string[][];
export type Verb = 'product' | 'psd' | 'schur' | 'oppenheim' | 'relate' | 'props';

/** Splits `s` at top-level commas (outside parentheses and brackets). */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim());
}

/** One matrix token, JSON style (`[[1,2],[3,4]]`, a flat `[1,2]` is a row) or MATLAB style with `;` and commas. */
export function readMatrix(text: string): MatrixText {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  if (inner.startsWith('[')) return splitTop(inner, ',').map((row) => splitTop(row.replace(/^\[|\]$/g, ''), ','));
  return splitTop(inner, ';').map((row) => splitTop(row, ','));
}

/** A command the oracle reads: an optional verb, then bracketed matrices (labels and ∘ between them are skipped). */
export function readCommand(text: string): { verb: Verb; matrices: MatrixText[] } {
  let rest = text.trim().replace(/^\/hadamard\s+/, '');
  const word = /^([a-z]+)\s+/.exec(rest);
  let verb: Verb = 'product';
  if (word && ['product', 'psd', 'schur', 'oppenheim', 'relate', 'props'].includes(word[1])) {
    verb = word[1] as Verb;
    rest = rest.slice(word[0].length);
  }
  const matrices: MatrixText[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (rest[i] === ']') {
      depth--;
      if (depth === 0) matrices.push(readMatrix(rest.slice(start, i + 1)));
    }
  }
  return { verb, matrices };
}

// ---------------------------------------------------------------- linear algebra on enclosures

export type IvMatrix = Iv[][];

/** Determinant by Laplace expansion along the rows, memoised on the set of columns left: n·2ⁿ products. */
export function det(m: IvMatrix, c: Ctx): Iv {
  const n = m.length;
  if (n === 0) return Iv.of(new Frac(1n), c);
  const memo = new Map<number, Iv>();
  const rec = (row: number, cols: number): Iv => {
    if (row === n) return Iv.of(new Frac(1n), c);
    const hit = memo.get(cols);
    if (hit) return hit;
    let sum = Iv.of(new Frac(0n), c);
    let sign = 1;
    for (let j = 0; j < n; j++) {
      if (!(cols & (1 << j))) continue;
      const a = m[row][j];
      if (a.exact?.sign() !== 0) {
        const term = mul(a, rec(row + 1, cols & ~(1 << j)), c);
        sum = sign > 0 ? add(sum, term, c) : sub(sum, term, c);
      }
      sign = -sign;
    }
    memo.set(cols, sum);
    return sum;
  };
  return rec(0, (1 << n) - 1);
}

export function principal(m: IvMatrix, rows: number[]): IvMatrix {
  return rows.map((i) => rows.map((j) => m[i][j]));
}

/** E₁..Eₙ: Eₖ is the sum of the k×k principal minors (E₀ = 1), each minor by `det`. */
export function principalMinorSums(m: IvMatrix, c: Ctx): { sums: Iv[]; minors: Map<number, Iv> } {
  const n = m.length;
  const sums = Array.from({ length: n + 1 }, (_, k) => Iv.of(new Frac(k === 0 ? 1n : 0n), c));
  const minors = new Map<number, Iv>();
  for (let mask = 1; mask < 1 << n; mask++) {
    const rows = [...Array(n).keys()].filter((i) => mask & (1 << i));
    const d = det(principal(m, rows), c);
    minors.set(mask, d);
    sums[rows.length] = add(sums[rows.length], d, c);
  }
  return { sums, minors };
}

// ---------------------------------------------------------------- signs and truths

/** A decided sign, or 'zero?' for a quantity within ±10⁻ᴺ of 0 at the precision cap (it may be exactly 0). */
export type Sign = -1 | 0 | 1 | 'zero?';

export interface Quantity {
  sign: Sign;
  /** The value's midpoint, to about 30 digits (for messages and value checks). */
  value: Decimal;
  /** The enclosure's half-width (0 when exact). */
  radius: Decimal;
}

function quantity(x: Iv): Quantity {
  const s = x.sign();
  return {
    sign: s === null ? 'zero?' : s,
    value: x.mid().toSignificantDigits(30),
    radius: x.hi.minus(x.lo).div(2).toSignificantDigits(3),
  };
}

export type Verdict = 'pd' | 'psd' | 'not_psd' | 'not_symmetric' | 'not_square';

export interface PsdTruth {
  verdict: Verdict;
  /** Rank of a symmetric matrix (null otherwise). */
  rank: number | null;
  /** A zero-to-N quantity decided the verdict or the rank: `undecided` is acceptable, and so is the verdict that
   * takes it as exactly 0 (`verdict`, `rank`). */
  undecidable: boolean;
  /** Eigenvalue signs, ascending (symmetric and decided only). */
  eigenSigns: (-1 | 0 | 1)[] | null;
  /** For messages: E₁..Eₙ. */
  sums: Quantity[];
}

function psdTruth(m: IvMatrix, symmetric: Sign, c: Ctx): PsdTruth {
  const n = m.length;
  if (m.some((r) => r.length !== n)) {
    return { verdict: 'not_square', rank: null, undecidable: false, eigenSigns: null, sums: [] };
  }
  if (symmetric !== 0 && symmetric !== 'zero?') {
    return { verdict: 'not_symmetric', rank: null, undecidable: false, eigenSigns: null, sums: [] };
  }
  const { sums } = principalMinorSums(m, c);
  const signs = sums.map((s) => quantity(s));
  let undecidable = symmetric === 'zero?';
  // Rank: the last k with Eₖ ≠ 0; a zero-to-N Eₖ counts as 0 (and makes the answer undecidable).
  let rank = 0;
  for (let k = 1; k <= n; k++) {
    const s = signs[k].sign;
    if (s === 'zero?') undecidable = true;
    else if (s !== 0) rank = k;
  }
  // With the zero-to-N ones taken as 0: PSD iff every Eₖ ≥ 0; PD iff also Eₙ > 0.
  const nonneg = signs.slice(1).every((s) => s.sign !== -1);
  const verdict: Verdict = !nonneg ? 'not_psd' : rank === n ? 'pd' : 'psd';
  // Eigenvalue signs: negatives = sign changes of (E₀, E₁, …, E_rank) (Descartes on p(−λ)); zeros = n − rank.
  let eigenSigns: (-1 | 0 | 1)[] | null = null;
  if (!signs.slice(0, rank + 1).some((s) => s.sign === 'zero?')) {
    let changes = 0;
    let prev = 1;
    for (let k = 1; k <= rank; k++) {
      const s = signs[k].sign as -1 | 0 | 1;
      if (s !== 0 && s !== prev) {
        changes++;
        prev = s;
      }
    }
    eigenSigns = [...Array<-1>(changes).fill(-1), ...Array<0>(n - rank).fill(0), ...Array<1>(rank - changes).fill(1)];
  }
  return { verdict, rank, undecidable, eigenSigns, sums: signs.slice(1) };
}

/** The worst sign of the differences m[i][j] − m[j][i]: 1 when some is nonzero, 'zero?' when some is zero-to-N. */
function asymmetry(m: IvMatrix, text: MatrixText | null, c: Ctx): Sign {
  let worst: Sign = 0;
  for (let i = 0; i < m.length; i++) {
    for (let j = i + 1; j < m.length; j++) {
      if (text && text[i][j].replace(/\s+/g, '') === text[j][i].replace(/\s+/g, '')) continue;
      const s = sub(m[i][j], m[j][i], c).sign();
      if (s === null) worst = worst === 0 ? 'zero?' : worst;
      else if (s !== 0) return 1;
    }
  }
  return worst;
}

export interface OppenheimTruth {
  detA: Quantity;
  detB: Quantity;
  detAB: Quantity;
  /** det(A∘B) − det(A)·∏bᵢᵢ and det(A∘B) − det(B)·∏aᵢᵢ. */
  gapA: Quantity;
  gapB: Quantity;
  /** ∏aᵢᵢ − det(A) and ∏bᵢᵢ − det(B): Hadamard's inequality (for PSD matrices). */
  hadamardA: Quantity;
  hadamardB: Quantity;
  verdictA: PsdTruth;
  verdictB: PsdTruth;
}

export interface Truth {
  verb: Verb;
  digits: number;
  /** product / relate: the entries of A∘B∘…. */
  product?: Quantity[][];
  psd?: PsdTruth;
  schur?: { A: PsdTruth; B: PsdTruth; AB: PsdTruth };
  oppenheim?: OppenheimTruth;
  /** relate: tr(AᵀB) (= the sum of A∘B's entries). */
  trace?: Quantity;
  /** The evaluated operands, for checks that need them (a witness's xᵀMx). */
  operands: IvMatrix[];
  ctx: Ctx;
}

function evalMatrix(m: MatrixText, c: Ctx): IvMatrix {
  return m.map((r) =>
    r.map((x) => {
      const key = x.replace(/\s+/g, '');
      let v = c.entries.get(key);
      if (!v) c.entries.set(key, (v = evaluate(x, c)));
      return v;
    }),
  );
}

function hadamard(ms: IvMatrix[], c: Ctx): IvMatrix {
  return ms[0].map((r, i) => r.map((x, j) => ms.slice(1).reduce((acc, m) => mul(acc, m[i][j], c), x)));
}

function diagProd(m: IvMatrix, c: Ctx): Iv {
  return m.reduce((acc, r, i) => mul(acc, r[i], c), Iv.of(new Frac(1n), c));
}

function truthAt(text: string, c: Ctx): Truth {
  const { verb, matrices } = readCommand(text);
  const ms = matrices.map((m) => evalMatrix(m, c));
  const t: Truth = { verb, digits: c.digits, operands: ms, ctx: c };
  if (verb === 'product' || verb === 'relate') {
    const p = hadamard(ms, c);
    t.product = p.map((r) => r.map(quantity));
    if (verb === 'relate') t.trace = quantity(p.flat().reduce((s, x) => add(s, x, c), Iv.of(new Frac(0n), c)));
  } else if (verb === 'psd') {
    t.psd = psdTruth(ms[0], asymmetry(ms[0], matrices[0], c), c);
  } else if (verb === 'schur') {
    const ab = hadamard(ms, c);
    t.schur = {
      A: psdTruth(ms[0], asymmetry(ms[0], matrices[0], c), c),
      B: psdTruth(ms[1], asymmetry(ms[1], matrices[1], c), c),
      AB: psdTruth(ab, asymmetry(ab, null, c), c),
    };
  } else if (verb === 'oppenheim') {
    const [a, b] = ms;
    const dA = det(a, c);
    const dB = det(b, c);
    const dAB = det(hadamard(ms, c), c);
    const pA = diagProd(a, c);
    const pB = diagProd(b, c);
    t.oppenheim = {
      detA: quantity(dA),
      detB: quantity(dB),
      detAB: quantity(dAB),
      gapA: quantity(sub(dAB, mul(dA, pB, c), c)),
      gapB: quantity(sub(dAB, mul(dB, pA, c), c)),
      hadamardA: quantity(sub(pA, dA, c)),
      hadamardB: quantity(sub(pB, dB, c)),
      verdictA: psdTruth(a, asymmetry(a, matrices[0], c), c),
      verdictB: psdTruth(b, asymmetry(b, matrices[1], c), c),
    };
  }
  return t;
}

/** Every Quantity inside a truth (to see whether any is still 'zero?'). */
function quantities(t: Truth): Quantity[] {
  const out: Quantity[] = [];
  if (t.product) out.push(...t.product.flat());
  if (t.trace) out.push(t.trace);
  const psd = (p: PsdTruth): void => void out.push(...p.sums);
  if (t.psd) psd(t.psd);
  if (t.schur) [t.schur.A, t.schur.B, t.schur.AB].forEach(psd);
  if (t.oppenheim) {
    const o = t.oppenheim;
    out.push(o.detA, o.detB, o.detAB, o.gapA, o.gapB, o.hadamardA, o.hadamardB);
    psd(o.verdictA);
    psd(o.verdictB);
  }
  return out;
}

/**
 * The truth about one command: its quantities' signs and values, the verdicts, at the first precision in PRECISIONS
 * that decides every sign (or at the cap, with the undecided ones 'zero?').
 *
 * @example
 * oracle('[[sqrt(2) - 1.4142135623730951]] [[1]]').product[0][0]; // { sign: -1, value: -9.67…e-17, … }
 */
export function oracle(text: string): Truth {
  let last: Truth | undefined;
  for (const digits of PRECISIONS) {
    const c = new Ctx(digits);
    try {
      last = truthAt(text, c);
    } catch (e) {
      if (e instanceof Precision && digits !== PRECISIONS[PRECISIONS.length - 1]) continue;
      throw e;
    }
    if (!quantities(last).some((q) => q.sign === 'zero?')) return last;
  }
  return last!;
}

/** An entry of the engine's `data` as an enclosure: a number, "p/q", or an expression of the grammar. */
export function entryValue(x: unknown, c: Ctx): Iv | null {
  if (typeof x === 'number') return Number.isFinite(x) ? Iv.of(fracOfDouble(x), c) : null;
  if (typeof x === 'string') {
    try {
      return evaluate(x, c);
    } catch {
      return null;
    }
  }
  return null;
}

/** A double's exact value as a fraction. */
export function fracOfDouble(x: number): Frac {
  if (x === 0) return new Frac(0n);
  const s = new Decimal(x).toFixed();
  return literal(s.replace(/^-/, '')).mul(new Frac(x < 0 ? -1n : 1n));
}

/** xᵀMx for the engine's witness x (entries of `data`), as an enclosure. */
export function quadraticForm(m: IvMatrix, x: Iv[], c: Ctx): Iv {
  let s = Iv.of(new Frac(0n), c);
  for (let i = 0; i < m.length; i++)
    for (let j = 0; j < m.length; j++) s = add(s, mul(mul(x[i], m[i][j], c), x[j], c), c);
  return s;
}

// ---------------------------------------------------------------- tridiagonal eigenvalues (Sturm bisection)

/**
 * Ascending eigenvalues of the symmetric tridiagonal (diagonal d, coupling e[i] between i and i+1), each to about
 * `digits` significant digits relative to ‖T‖, by bisection on the Sturm count (the number of negative pivots of
 * T − xI), at digits + 10 working digits. Independent of any QL step.
 */
export function tridiagonalEigenvalues(d: readonly number[], e: readonly number[], digits = 30): Decimal[] {
  const D = Decimal.clone({ precision: digits + 10 });
  const n = d.length;
  const dd = d.map((x) => new D(x));
  const e2 = e.slice(0, n - 1).map((x) => new D(x).pow(2));
  let norm = new D(0);
  for (let i = 0; i < n; i++) {
    const s = dd[i]
      .abs()
      .plus(i > 0 ? Math.abs(e[i - 1]) : 0)
      .plus(i < n - 1 ? Math.abs(e[i]) : 0);
    if (s.gt(norm)) norm = s;
  }
  if (norm.isZero()) return dd.map(() => new D(0));
  const tiny = norm.times(new D(10).pow(-(digits + 15)));
  /** How many eigenvalues are < x. */
  const count = (x: Decimal): number => {
    let k = 0;
    let q = new D(1);
    for (let i = 0; i < n; i++) {
      q = dd[i].minus(x).minus(i > 0 ? e2[i - 1].div(q) : 0);
      if (q.isZero()) q = tiny.neg();
      if (q.isNeg()) k++;
    }
    return k;
  };
  const out: Decimal[] = [];
  const stop = norm.times(new D(10).pow(-digits));
  for (let k = 0; k < n; k++) {
    let lo = norm.neg().times(1.01);
    let hi = norm.times(1.01);
    for (let it = 0; it < 400 && hi.minus(lo).gt(stop); it++) {
      const mid = lo.plus(hi).div(2);
      if (count(mid) > k) hi = mid;
      else lo = mid;
    }
    out.push(lo.plus(hi).div(2));
  }
  return out;
}
