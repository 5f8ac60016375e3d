/**
 * Entry expressions: numbers, `+ - * / ^ ( )`, the constants `pi` (π) and `e`, and the functions
 * `sqrt sin cos tan exp log ln abs` (./functions.ts), nothing else. A small recursive-descent parser written here
 * instead of math.js (README, "Choices worth knowing", has the measurements): the whitelist is the grammar itself
 * (no names, assignments, function definitions or units can exist), exactness comes from the literal's text, exactly
 * known values stay exact (sin(pi) = 0, cos(pi/3) = 1/2, log(e) = 1), and depth and size are bounded as we go.
 */
import { quote } from '../errors.js';
import { Rational } from '../numbers/rational.js';
import { FLOAT_RANGE_TEXT, OutOfRange, checkedFloat, isExact, magnitudeText, type Scalar } from '../numbers/scalar.js';
import { EntryError } from './entry-error.js';
import {
  FUNCTIONS,
  PiMultiple,
  PowerOfE,
  add,
  applyFunction,
  div,
  ePower,
  isFunctionName,
  isZero,
  mul,
  neg,
  powerOfEPow,
  sub,
  toScalar,
  type Value,
} from './functions.js';

export { EntryError };

export interface ExpressionLimits {
  maxDepth: number;
  /** Exact numerators/denominators beyond this many digits switch to floating point. */
  maxDigits: number;
  /**
   * A value past `maxDigits` that floating point cannot hold (it would overflow, or underflow to 0) stays exact up
   * to this many digits, since a few such numbers are cheap; past it, the entry is refused (`out_of_range`).
   * Default: twice maxDigits (the per-matrix budget).
   */
  maxKeptDigits?: number;
}

export interface EntryValue {
  value: Scalar;
  /** An exact intermediate exceeded maxDigits and the value is floating for that reason. */
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
    throw new EntryError('bad_expression', `the character "${ch}" cannot appear in a number`);
  }
  return out;
}

const NOT_A_NUMBER_WORDS = new Set(['nan', 'infinity', 'inf', 'undefined', 'null', 'none']);

/** Parses and evaluates one entry. Throws EntryError. */
export function evaluateEntry(src: string, limits: ExpressionLimits): EntryValue {
  const text = src.trim();
  if (text === '') throw new EntryError('not_a_number', 'an entry is empty');
  const tokens = tokenize(text);
  let pos = 0;
  let switched = false;
  const maxKept = limits.maxKeptDigits ?? 2 * limits.maxDigits;

  const peek = (): Token | undefined => tokens[pos];
  const isOp = (t: Token | undefined, op: string): boolean => t?.kind === 'op' && t.text === op;

  /** Past the digit budget an exact value becomes floating, unless that would lose it (DESIGN §4). */
  const checkSize = (x: Value): Value => {
    if (x instanceof PiMultiple || x instanceof PowerOfE) {
      // q·π and e^q keep q exact; a q past the budget is a value floating point holds (or refuses) like any other.
      if (x.q.digits() <= limits.maxDigits) return x;
      switched = true;
      return toScalar(x);
    }
    if (!isExact(x) || x.digits() <= limits.maxDigits) return x;
    const f = x.toNumber();
    if (Number.isFinite(f) && f !== 0) {
      switched = true;
      return f;
    }
    if (x.digits() <= maxKept) return x;
    throw outOfRange(x.log10Abs());
  };

  const outOfRange = (log10: number): EntryError =>
    new EntryError(
      'out_of_range',
      `${quoteText(text)} is about ${magnitudeText(log10)}: more than ${maxKept.toLocaleString('en-US')} digits to keep exact, and ${log10 > 0 ? 'too large' : 'too small'} for floating point (${FLOAT_RANGE_TEXT})`,
    );

  // `depth` counts what the user nests: parentheses (a function's too), unary signs and powers. Only
  // those add one; the grammar's own levels pass it on unchanged, so the limit is the user's count
  // and the recursion stays bounded (a few frames per level).
  const enter = (depth: number): void => {
    if (depth > limits.maxDepth)
      throw new EntryError(
        'too_deep',
        `${quoteText(text)} has more than ${limits.maxDepth} nested parentheses, signs or powers`,
      );
  };

  function expr(depth: number): Value {
    enter(depth);
    let v = term(depth);
    while (isOp(peek(), '+') || isOp(peek(), '-')) {
      const op = tokens[pos++].text;
      const r = term(depth);
      v = checkSize(op === '+' ? add(v, r) : sub(v, r));
    }
    return v;
  }

  function term(depth: number): Value {
    enter(depth);
    let v = unary(depth);
    while (isOp(peek(), '*') || isOp(peek(), '/')) {
      const op = tokens[pos++].text;
      const r = unary(depth);
      if (op === '*') v = checkSize(mul(v, r));
      else {
        if (isZero(r)) throw new EntryError('division_by_zero', `${quoteText(text)} divides by zero`);
        v = checkSize(div(v, r));
      }
    }
    return v;
  }

  function unary(depth: number): Value {
    enter(depth);
    if (isOp(peek(), '-')) {
      pos++;
      return neg(unary(depth + 1));
    }
    if (isOp(peek(), '+')) {
      pos++;
      return unary(depth + 1);
    }
    return power(depth);
  }

  function power(depth: number): Value {
    enter(depth);
    const base = primary(depth);
    if (!isOp(peek(), '^')) return base;
    pos++;
    const exp = unary(depth + 1); // right-associative; -2^2 = -(2^2) via unary above
    return checkSize(powerOfEPow(base, exp) ?? pow(toScalar(base), toScalar(exp)));
  }

  function pow(base: Scalar, exp: Scalar): Scalar {
    if (isExact(base) && isExact(exp) && exp.isInteger()) {
      const k = exp.num;
      if (base.isZero() && k < 0n) throw new EntryError('division_by_zero', `${quoteText(text)} divides by zero`);
      if (base.isZero() || base.equals(Rational.ONE)) return k === 0n ? Rational.ONE : base;
      if (base.equals(Rational.ONE.neg())) return k % 2n === 0n ? Rational.ONE : base;
      // Digits of the result, estimated before computing it: |k|·log10 of the larger part (+1 for rounding).
      const big = base.num < 0n ? -base.num : base.num;
      const larger = big > base.den ? big : base.den;
      const estDigits = Math.abs(Number(k)) * Rational.int(larger).log10Abs() + 1;
      if (estDigits <= limits.maxDigits + 1) return checkSize(base.pow(Number(k))) as Scalar;
      const bf = base.toNumber();
      const r = Number.isFinite(bf) && bf !== 0 ? Math.pow(bf, Number(k)) : NaN;
      if (Number.isFinite(r) && r !== 0) {
        switched = true;
        return r;
      }
      if (estDigits <= maxKept) return checkSize(base.pow(Number(k))) as Scalar;
      throw outOfRange(Number(k) * base.log10Abs());
    }
    const x = checkedFloat(exp);
    if (isExact(base) && base.sign() > 0) {
      const bf = base.toNumber();
      if (!Number.isFinite(bf) || bf === 0) {
        // (10⁻⁴⁰⁰)^0.5 = 10⁻²⁰⁰: through logarithms when the base itself does not fit in a double.
        const log10 = x * base.log10Abs();
        const r = 10 ** log10;
        if (!Number.isFinite(r) || r === 0) throw outOfRangeFloat(log10);
        return r;
      }
    }
    const b = checkedFloat(base);
    const r = Math.pow(b, x);
    if (Number.isNaN(r)) throw new EntryError('not_a_number', `${quoteText(text)} is not a real number`);
    if (!Number.isFinite(r) || (r === 0 && b !== 0)) throw outOfRangeFloat(x * Math.log10(Math.abs(b)));
    return r;
  }

  const outOfRangeFloat = (log10: number): EntryError =>
    new EntryError(
      'out_of_range',
      `${quoteText(text)} needs a value of about ${magnitudeText(log10)}, ${log10 > 0 ? 'too large' : 'too small'} for floating point (${FLOAT_RANGE_TEXT})`,
    );

  function primary(depth: number): Value {
    enter(depth);
    const t = peek();
    if (!t) throw new EntryError('bad_expression', `${quoteText(text)} ends too early`);
    pos++;
    if (t.kind === 'num') {
      const r = Rational.parseDecimal(t.text, maxKept + 20);
      if (!r) {
        const e = Number(/[eE]([+-]?\d+)/.exec(t.text)?.[1] ?? 0);
        throw outOfRange(Number.isFinite(e) ? e : Infinity);
      }
      return checkSize(r);
    }
    if (t.kind === 'word') {
      const w = t.text.toLowerCase();
      if (w === 'pi') return new PiMultiple(Rational.ONE);
      if (w === 'e') return ePower(Rational.ONE);
      if (isFunctionName(w)) {
        if (!isOp(peek(), '('))
          throw new EntryError(
            'bad_expression',
            `${w} needs parentheses in ${quoteText(text)}, e.g. ${w}(${w === 'log' || w === 'ln' || w === 'sqrt' ? '2' : 'pi/3'})`,
          );
        const open = pos;
        pos++;
        const v = expr(depth + 1);
        expect(')');
        const call = tokens
          .slice(open - 1, pos)
          .map((k) => k.text)
          .join('');
        return checkSize(applyFunction(w, v, quote(call, 30)));
      }
      if (NOT_A_NUMBER_WORDS.has(w))
        throw new EntryError('not_a_number', `"${t.text}" is not a number: entries must be finite real numbers`);
      throw new EntryError(
        'unknown_word',
        `"${t.text}" is not a number (allowed: numbers, + - * / ^ ( ), pi, e and ${FUNCTIONS.join(' ')})`,
        'Entries may use numbers, + - * / ^ ( ), pi, e, sqrt, sin, cos, tan, exp, log (natural; ln too) and abs. Example: [[cos(pi/3), exp(-1)], [log(2), abs(-1/3)]]',
      );
    }
    if (t.text === '(') {
      const v = expr(depth + 1);
      expect(')');
      return v;
    }
    throw new EntryError('bad_expression', `${quoteText(text)} has "${t.text}" where a number should be`);
  }

  function expect(op: string): void {
    if (!isOp(peek(), op)) throw new EntryError('bad_expression', `${quoteText(text)} is missing a "${op}"`);
    pos++;
  }

  let value: Scalar;
  try {
    const v = expr(0);
    if (pos < tokens.length)
      throw new EntryError('bad_expression', `${quoteText(text)} has "${tokens[pos].text}" where it should end`);
    value = toScalar(v);
  } catch (e) {
    if (e instanceof OutOfRange) throw outOfRangeFloat(e.log10);
    throw e;
  }
  return { value, switchedToFloat: switched };
}

function quoteText(t: string): string {
  return quote(t, 30);
}
