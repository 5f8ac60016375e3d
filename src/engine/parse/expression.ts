/**
 * Entry expressions: numbers, `+ - * / ^ ( )`, the constants `pi` (π) and `e`, and the functions
 * `sqrt sin cos tan exp log ln abs` (./functions.ts), nothing else. A small recursive-descent parser written here
 * instead of math.js (README, "Choices worth knowing", has the measurements): the whitelist is the grammar itself
 * (no names, assignments, function definitions or units can exist), exactness comes from the literal's text, exactly
 * known values stay exact (sin(pi) = 0, cos(pi/3) = 1/2, log(e) = 1), and depth and size are bounded as we go.
 */
import { quote } from '../errors.js';
import { t as tr } from '../i18n/index.js';
import { Rational } from '../numbers/rational.js';
import { Certified, ExponentOverflow, NeedPrecision } from '../numbers/certified.js';
import { ExactOverflow } from '../numbers/surd.js';
import { Symbolic } from '../numbers/symbolic.js';
import { add, div, isExactValue, magnitudeText, mul, neg, signOf, sub, type Scalar } from '../numbers/scalar.js';
import { EntryError } from './entry-error.js';
import { FUNCTIONS, applyFunction, ePower, isFunctionName, piValue, sqrtValue, type Value } from './functions.js';

export { EntryError };

/** A size as a power of ten ("9.87×10⁴⁰⁰"), or in words when it is past any (`magnitudeText`, in the language). */
export function magnitudeWords(log10: number): string {
  if (Number.isFinite(log10)) return magnitudeText(log10);
  return log10 > 0 ? tr('err.magnitude.huge') : tr('err.magnitude.unknown');
}

export interface ExpressionLimits {
  maxDepth: number;
  /** Exact numerators/denominators beyond this many digits are computed as certified enclosures instead. */
  maxDigits: number;
  /** Unused since values of any size are carried (kept so callers' limits still type-check). */
  maxKeptDigits?: number;
}

export interface EntryValue {
  value: Scalar;
  /** An exact intermediate exceeded maxDigits and the value is certified (not exact) for that reason. */
  switchedToFloat: boolean;
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z_0-9]*/;

type Token = { kind: 'num'; text: string } | { kind: 'word'; text: string } | { kind: 'op'; text: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const num = NUMBER.exec(rest);
    if (num) {
      // "2e" followed by a letter is 2 then a word: only a full exponent is part of the literal.
      out.push({ kind: 'num', text: num[0] });
      i += num[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      out.push({ kind: 'word', text: word[0] });
      i += word[0].length;
      continue;
    }
    if ('+-*/^()'.includes(ch)) {
      out.push({ kind: 'op', text: ch });
      i++;
      continue;
    }
    if (ch === 'π') {
      out.push({ kind: 'word', text: 'pi' });
      i++;
      continue;
    }
    if (ch === '−' || ch === '–') {
      out.push({ kind: 'op', text: '-' });
      i++;
      continue;
    }
    if (ch === '×' || ch === '·' || ch === '⋅') {
      out.push({ kind: 'op', text: '*' });
      i++;
      continue;
    }
    if (ch === '÷') {
      out.push({ kind: 'op', text: '/' });
      i++;
      continue;
    }
    throw new EntryError('bad_expression', () => tr('err.entry.character', { ch }));
  }
  return out;
}

const NOT_A_NUMBER_WORDS = new Set(['nan', 'infinity', 'inf', 'undefined', 'null', 'none']);

/** Parses and evaluates one entry. Throws EntryError. */
export function evaluateEntry(src: string, limits: ExpressionLimits): EntryValue {
  const text = src.trim();
  if (text === '') throw new EntryError('not_a_number', () => tr('err.entry.empty'));
  const parser = new EntryParser(text, tokenize(text), limits);
  let value: Scalar;
  try {
    const v = parser.expr(0);
    parser.expectEnd();
    value = v;
    // A certified value is enclosed once here, so a size no exponent can carry is refused with its entry.
    if (value instanceof Certified && value.mayOverflow()) {
      try {
        value.refined(8);
      } catch (e) {
        if (!(e instanceof NeedPrecision)) throw e;
      }
    }
  } catch (e) {
    if (e instanceof ExponentOverflow) throw parser.outOfRange(e.log10);
    throw e;
  }
  return { value, switchedToFloat: parser.switched && !isExactValue(value) };
}

/**
 * The recursive descent over one entry's tokens: the grammar's levels as methods (one parser object per entry, no
 * closures made per entry).
 */
class EntryParser {
  pos = 0;
  /** An exact intermediate went past maxDigits and was carried certified. */
  switched = false;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly limits: ExpressionLimits,
  ) {}

  expectEnd(): void {
    if (this.pos < this.tokens.length)
      throw new EntryError('bad_expression', () =>
        tr('err.entry.shouldEnd', { text: quoteText(this.text), token: this.tokens[this.pos].text }),
      );
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(t: Token | undefined, op: string): boolean {
    return t?.kind === 'op' && t.text === op;
  }

  /** Past the digit budget an exact value is carried as a certified one (exact leaf, enclosures from there on). */
  private checkSize(x: Value): Value {
    if (x instanceof Rational) {
      if (x.digits() <= this.limits.maxDigits) return x;
      this.switched = true;
      return Certified.of(x);
    }
    if (x instanceof Symbolic) {
      if ((x.num.bits() + x.den.bits()) * 0.30103 <= this.limits.maxDigits) return x;
      this.switched = true;
      return Certified.of(x);
    }
    return x;
  }

  outOfRange(log10: number): EntryError {
    return new EntryError('out_of_range', () =>
      tr('err.entry.beyondAnySize', { text: quoteText(this.text), size: magnitudeWords(log10) }),
    );
  }

  // `depth` counts what the user nests: parentheses (a function's too), unary signs and powers. Only
  // those add one; the grammar's own levels pass it on unchanged, so the limit is the user's count
  // and the recursion stays bounded (a few frames per level).
  private enter(depth: number): void {
    if (depth > this.limits.maxDepth)
      throw new EntryError('too_deep', () =>
        tr('err.entry.tooDeep', { text: quoteText(this.text), max: String(this.limits.maxDepth) }),
      );
  }

  /** Division needs a divisor proved nonzero. */
  private checkDivisor(r: Value): void {
    const s = signOf(r);
    if (s === 0)
      throw new EntryError('division_by_zero', () => tr('err.entry.divByZero', { text: quoteText(this.text) }));
    if (s === null)
      throw new EntryError('division_by_zero', () => tr('err.entry.divUndecided', { text: quoteText(this.text) }));
  }

  expr(depth: number): Value {
    this.enter(depth);
    let v = this.term(depth);
    while (this.isOp(this.peek(), '+') || this.isOp(this.peek(), '-')) {
      const op = this.tokens[this.pos++].text;
      const r = this.term(depth);
      v = this.checkSize(op === '+' ? add(v, r) : sub(v, r));
    }
    return v;
  }

  private term(depth: number): Value {
    this.enter(depth);
    let v = this.unary(depth);
    while (this.isOp(this.peek(), '*') || this.isOp(this.peek(), '/')) {
      const op = this.tokens[this.pos++].text;
      const r = this.unary(depth);
      if (op === '*') v = this.checkSize(mul(v, r));
      else {
        this.checkDivisor(r);
        v = this.checkSize(div(v, r));
      }
    }
    return v;
  }

  private unary(depth: number): Value {
    this.enter(depth);
    if (this.isOp(this.peek(), '-')) {
      this.pos++;
      return neg(this.unary(depth + 1));
    }
    if (this.isOp(this.peek(), '+')) {
      this.pos++;
      return this.unary(depth + 1);
    }
    return this.power(depth);
  }

  private power(depth: number): Value {
    this.enter(depth);
    const base = this.primary(depth);
    if (!this.isOp(this.peek(), '^')) return base;
    this.pos++;
    const exp = this.unary(depth + 1); // right-associative; -2^2 = -(2^2) via unary above
    return this.checkSize(this.pow(base, exp));
  }

  private pow(base: Value, exp: Value): Value {
    // e^q (and (e^a)^q) stay exact powers of e.
    if (exp instanceof Rational && base instanceof Symbolic && base.sym === 'e' && base.isPolynomial()) {
      const t = base.num.terms;
      if (t.length === 1 && t[0][1].rational()?.equals(Rational.ONE))
        return ePower(Rational.of(t[0][0], base.d).mul(exp));
    }
    if (exp instanceof Rational && exp.isInteger()) {
      const k = exp.num;
      const bs = signOf(base);
      if (bs === 0 && k < 0n)
        throw new EntryError('division_by_zero', () => tr('err.entry.divByZero', { text: quoteText(this.text) }));
      if (bs === 0) return k === 0n ? Rational.ONE : Rational.ZERO;
      if (k === 0n) return Rational.ONE;
      if (base instanceof Rational && (base.equals(Rational.ONE) || base.equals(Rational.ONE.neg())))
        return k % 2n === 0n ? Rational.ONE : base;
      if (bs === null && k < 0n) this.checkDivisor(base);
      const small = k <= 100000n && k >= -100000n;
      if (base instanceof Rational && small) {
        // Digits of the result, estimated before computing it: |k|·log10 of the larger part (+1 for rounding).
        const big = base.num < 0n ? -base.num : base.num;
        const larger = big > base.den ? big : base.den;
        const estDigits = Math.abs(Number(k)) * Rational.int(larger).log10Abs() + 1;
        if (estDigits <= this.limits.maxDigits + 1) return base.pow(Number(k));
        this.switched = true;
        return Certified.powInt(base, Number(k));
      }
      if (base instanceof Symbolic && small) {
        try {
          return Symbolic.pow(base, Number(k));
        } catch (e) {
          if (!(e instanceof ExactOverflow)) throw e;
        }
      }
      if (!small && Math.abs(Number(k)) > 2 ** 50)
        throw this.outOfRange(Number(k) * Math.log10(Math.abs(toDouble(base)) || 10));
      return Certified.powInt(base, Number(k));
    }
    // A rational power p/2 of a positive rational is a surd.
    if (
      exp instanceof Rational &&
      exp.den === 2n &&
      base instanceof Rational &&
      base.sign() > 0 &&
      exp.num <= 1000n &&
      exp.num >= -1000n
    )
      return sqrtValue(base.pow(Number(exp.num)), `${quoteText(this.text)}`);
    const bs = signOf(base);
    if (bs === null)
      throw new EntryError('not_a_number', () => tr('err.entry.powUndecided', { text: quoteText(this.text) }));
    if (bs < 0) throw new EntryError('not_a_number', () => tr('err.entry.notReal', { text: quoteText(this.text) }));
    if (bs === 0) {
      const es = signOf(exp);
      if (es === 0) return Rational.ONE;
      if (es === null || es < 0)
        throw new EntryError('division_by_zero', () => tr('err.entry.divByZero', { text: quoteText(this.text) }));
      return Rational.ZERO;
    }
    return Certified.apply('pow', base, exp);
  }

  private primary(depth: number): Value {
    this.enter(depth);
    const t = this.peek();
    if (!t) throw new EntryError('bad_expression', () => tr('err.entry.endsEarly', { text: quoteText(this.text) }));
    this.pos++;
    if (t.kind === 'num') {
      const r = Rational.parseDecimal(t.text, Math.max(this.limits.maxDigits + 20, 4000));
      if (r) return this.checkSize(r);
      // An exponent past the exact budget: mantissa × 10^E, certified.
      const m = /^(\d*\.?\d*)[eE]([+-]?\d+)$/.exec(t.text);
      const e = Number(m?.[2] ?? NaN);
      if (!m || !Number.isSafeInteger(e) || Math.abs(e) > 1e14)
        throw this.outOfRange(Number.isFinite(e) ? e : Infinity);
      const mantissa = Rational.parseDecimal(m[1])!;
      this.switched = true;
      return mantissa.isZero()
        ? Rational.ZERO
        : Certified.apply('mul', mantissa, Certified.powInt(Rational.int(10), e));
    }
    if (t.kind === 'word') {
      const w = t.text.toLowerCase();
      if (w === 'pi') return piValue();
      if (w === 'e') return ePower(Rational.ONE);
      if (isFunctionName(w)) {
        if (!this.isOp(this.peek(), '('))
          throw new EntryError('bad_expression', () =>
            tr('err.entry.needsParentheses', {
              name: w,
              text: quoteText(this.text),
              example: `${w}(${w === 'log' || w === 'ln' || w === 'sqrt' ? '2' : 'pi/3'})`,
            }),
          );
        const open = this.pos;
        this.pos++;
        const v = this.expr(depth + 1);
        this.expect(')');
        const call = this.tokens
          .slice(open - 1, this.pos)
          .map((k) => k.text)
          .join('');
        return this.checkSize(applyFunction(w, v, quote(call, 30)));
      }
      if (NOT_A_NUMBER_WORDS.has(w))
        throw new EntryError('not_a_number', () => tr('err.notFinite', { word: `"${t.text}"` }));
      throw new EntryError(
        'unknown_word',
        () => tr('err.entry.unknownWord', { word: `"${t.text}"`, functions: FUNCTIONS.join(' ') }),
        () => tr('err.hint.entryWords'),
      );
    }
    if (t.text === '(') {
      const v = this.expr(depth + 1);
      this.expect(')');
      return v;
    }
    throw new EntryError('bad_expression', () =>
      tr('err.entry.numberExpected', { text: quoteText(this.text), token: t.text }),
    );
  }

  private expect(op: string): void {
    if (!this.isOp(this.peek(), op))
      throw new EntryError('bad_expression', () => tr('err.entry.missing', { text: quoteText(this.text), op }));
    this.pos++;
  }
}

/** A rough double of a value, for messages only. */
function toDouble(v: Value): number {
  return typeof v === 'number' ? v : v.toNumber();
}

function quoteText(t: string): string {
  return quote(t, 30);
}
