/**
 * How one matrix entry looks in a figure: an integer, a stacked fraction, or a shortened decimal
 * ("≈1.23×10⁴⁵") when the exact value is too long to draw. Display only: the exact value stays in
 * the text answer. Converting to a float here serves positions and colours, never a verdict.
 */
import type { Entry } from '../data.js';
import { evaluateEntry } from '../parse/expression.js';
import { Rational } from '../numbers/rational.js';
import { provenDecimal } from '../numbers/decimal.js';

const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** What to draw for an entry. */
export type EntryParts =
  { kind: 'text'; text: string } | { kind: 'fraction'; negative: boolean; numerator: string; denominator: string };

/** A value as sign, a mantissa in [1, 10) and a power of ten (zero has mantissa 0). */
interface Scientific {
  negative: boolean;
  mantissa: number;
  exponent: number;
}

const FRACTION = /^(-?)(\d+)\/(\d+)$/;
/** A float beyond the double range, as the engine writes it in `data`: "9.86960440108936e400". */
const SCIENTIFIC = /^(-?)(\d+(?:\.\d*)?)e([+-]?\d+)$/;
const INTEGER = /^(-?)(\d+)$/;

/** 1-based subscript digits, e.g. `subscript(12)` = "₁₂". */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUBSCRIPT[Number(d)])
    .join('');
}

/**
 * The numbers inside a label written as the text writes them ("in [-3.7e150, -1.4e115]") as the figures write
 * them ("in [−3.7×10¹⁵⁰, −1.4×10¹¹⁵]"); the words around them are kept.
 */
export function prettyNumbersIn(label: string): string {
  return label.replace(/(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w.])/g, (n) => formatEntryShort(n, 12));
}

/** The usual typographic minus instead of a hyphen. */
export function withMinus(s: string): string {
  return s.replace(/^-/, MINUS).replace(/e-/, 'e' + MINUS);
}

function bigScientific(negative: boolean, p: bigint, q: bigint): Scientific {
  if (p === 0n) return { negative: false, mantissa: 0, exponent: 0 };
  // Scale p/q to an integer with about 15 significant digits, then read the power of ten off it.
  const shift = 15 - (p.toString().length - q.toString().length);
  const scaled = shift >= 0 ? (p * 10n ** BigInt(shift)) / q : p / (q * 10n ** BigInt(-shift));
  const digits = scaled.toString();
  const mantissa = Number(digits.slice(0, 16)) / 10 ** (Math.min(digits.length, 16) - 1);
  return { negative, mantissa, exponent: digits.length - 1 - shift };
}

function scientificOf(e: Entry): Scientific {
  if (typeof e === 'number') {
    if (e === 0 || !Number.isFinite(e)) return { negative: e < 0, mantissa: e === 0 ? 0 : Infinity, exponent: 0 };
    const exponent = Math.floor(Math.log10(Math.abs(e)));
    // 10^exponent itself is subnormal below 1e-308: scale in two steps there.
    let mantissa = exponent < -300 ? (Math.abs(e) * 1e300) / 10 ** (exponent + 300) : Math.abs(e) / 10 ** exponent;
    let ex = exponent;
    if (mantissa >= 10) {
      mantissa /= 10;
      ex += 1;
    }
    return { negative: e < 0, mantissa, exponent: ex };
  }
  const f = FRACTION.exec(e.trim());
  if (f) return bigScientific(f[1] === '-', BigInt(f[2]), BigInt(f[3]));
  const i = INTEGER.exec(e.trim());
  if (i) return bigScientific(i[1] === '-', BigInt(i[2]), 1n);
  const sci = SCIENTIFIC.exec(e.trim());
  if (sci) {
    const m = Number(sci[2]);
    if (m === 0) return { negative: false, mantissa: 0, exponent: 0 };
    const shift = Math.floor(Math.log10(m));
    return { negative: sci[1] === '-', mantissa: m / 10 ** shift, exponent: Number(sci[3]) + shift };
  }
  if (isSymbolic(e)) return symbolicScientific(e.trim());
  return scientificOf(Number(e));
}

/** An exact symbolic entry as the engine writes it (`sqrt(2)/2`, `2*pi`, `exp(-1/2)`): it has letters. */
export function isSymbolic(e: Entry): e is string {
  return typeof e === 'string' && /[a-z]/i.test(e) && !SCIENTIFIC.test(e.trim());
}

const symbolicCache = new Map<string, Scientific>();

/** The value of a symbolic entry, from its enclosure (any size, digits proved): for positions and colours. */
function symbolicScientific(e: string): Scientific {
  const cached = symbolicCache.get(e);
  if (cached) return cached;
  let out: Scientific = { negative: false, mantissa: 0, exponent: 0 };
  try {
    const v = evaluateEntry(e, { maxDepth: 64, maxDigits: 1_000_000 }).value;
    const iv = typeof v === 'number' ? null : v instanceof Rational ? null : v.enclose(96);
    const d = iv ? provenDecimal(iv, 17) : null;
    if (d)
      out = {
        negative: d.negative,
        mantissa: Number(`${d.digits[0]}.${d.digits.slice(1) || '0'}`),
        exponent: d.exponent,
      };
    else if (typeof v === 'number' || v instanceof Rational)
      out = scientificOf(typeof v === 'number' ? v : v.toNumber());
  } catch {
    // Not an entry the engine wrote: drawn as 0 (placing only; the text shows it as written).
  }
  if (symbolicCache.size > 4096) symbolicCache.clear();
  symbolicCache.set(e, out);
  return out;
}

const SUPER_CHARS: Record<string, string> = { ...SUPERSCRIPT, '/': 'ᐟ', '(': '', ')': '' };

/** `sqrt(2)/2` → `√2/2`, `2*pi` → `2π`, `pi^2 - 1` → `π² − 1`, `exp(-1/2)` → `e⁻¹ᐟ²`, `1e-100*pi` → `10⁻¹⁰⁰π`. */
export function prettySymbolic(e: string): string {
  const sup = (x: string): string =>
    x
      .split('')
      .map((c) => SUPER_CHARS[c] ?? c)
      .join('');
  return e
    .replace(/\b1e(-?\d+)\*/g, (_, k: string) => `10${sup(k)}·`)
    .replace(/(\d+(?:\.\d+)?)e(-?\d+)\*/g, (_, m: string, k: string) => `${m}·10${sup(k)}·`)
    .replace(/sqrt\((\d+)\)/g, '√$1')
    .replace(/exp\(([^()]*)\)/g, (_, q: string) => `e${sup(q)}`)
    .replace(/\bpi\^\((-?\d+)\)/g, (_, k: string) => `π${sup(k)}`)
    .replace(/\bpi\^(\d+)/g, (_, k: string) => `π${sup(k)}`)
    .replace(/\be\^(\d+)/g, (_, k: string) => `e${sup(k)}`)
    .replace(/\bpi\b/g, 'π')
    .replace(/(\d)\*(?=[π√e])/g, '$1')
    .replace(/\*/g, '·')
    .replace(/ - /g, ' − ')
    .replace(/^-/, MINUS);
}

/** The power of ten of an entry (0 for zero): for placing values of any size on one scale. */
export function entryExponent(e: Entry): number {
  const s = scientificOf(e);
  return s.mantissa === 0 ? 0 : s.exponent;
}

/** The entry divided by 10^power, as a float: values beyond the double range, on a common scale. */
export function entryTimesPowerOfTen(e: Entry, power: number): number {
  const s = scientificOf(e);
  if (s.mantissa === 0) return 0;
  const k = s.exponent - power;
  const v = k < -300 ? 0 : s.mantissa * 10 ** Math.min(k, 300);
  return s.negative ? -v : v;
}

/**
 * An approximate float for positioning and colouring (clamped to ±1e300 so huge exact values still
 * land on a scale). Not used to decide anything.
 */
export function entryToNumber(e: Entry): number {
  if (typeof e === 'number') return e;
  const s = scientificOf(e);
  if (s.mantissa === 0) return 0;
  const v = s.exponent > 300 ? 1e300 : s.exponent < -300 ? 0 : s.mantissa * 10 ** s.exponent;
  return s.negative ? -v : v;
}

function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
}

/** Decimal with at most `maxChars` characters, switching to m×10ⁿ when plain digits would not fit. */
function shortDecimal(s: Scientific, maxChars: number): string {
  if (s.mantissa === 0) return '0';
  if (!Number.isFinite(s.mantissa)) return s.negative ? MINUS + '∞' : '∞';
  const sign = s.negative ? MINUS : '';
  const budget = Math.max(3, maxChars - sign.length);
  // Plain notation for moderate exponents, as many significant digits as fit.
  if (s.exponent >= -3 && s.exponent < budget) {
    const value = s.mantissa * 10 ** s.exponent;
    // Never zeros that are not there: 2182865.6 is 2182866 (all its integer digits, when they fit), not 2182870.
    const integerDigits = s.exponent + 1;
    if (integerDigits > 6 && integerDigits <= budget && !Number.isInteger(value))
      return sign + String(Number(value.toPrecision(integerDigits)));
    for (let digits = 6; digits >= 1; digits--) {
      const v = Number(value.toPrecision(digits));
      if (integerDigits > digits && v !== value) break;
      let text = String(v);
      if (text.includes('e')) break;
      if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
      if (text.length <= budget) return sign + text;
    }
  }
  for (let digits = 3; digits >= 1; digits--) {
    let m = Number(s.mantissa.toPrecision(digits));
    let ex = s.exponent;
    if (m >= 10) {
      m /= 10;
      ex += 1;
    }
    const text = `${m}×10${superscript(ex)}`;
    // "×10ⁿ" draws narrower than its character count: allow two more.
    if (text.length <= budget + 2 || digits === 1) return sign + text;
  }
  return sign + '…';
}

/** A long exact integer as m×10ⁿ, marked "≈" unless the digits shown are all there is (1×10³⁰⁰). */
function shortInteger(digits: string, negative: boolean, maxChars: number): string {
  const plain = shortDecimal(bigScientific(negative, BigInt(digits), 1n), maxChars);
  const shown = (plain.split('×')[0].match(/\d/g) ?? []).length;
  if (digits.replace(/0+$/, '').length <= shown) return plain;
  return '≈' + shortDecimal(bigScientific(negative, BigInt(digits), 1n), maxChars - 1);
}

/**
 * The parts to draw for an entry: integers and floats as text (shortened past `maxChars`), exact
 * fractions stacked when numerator and denominator each fit in `maxChars`, else an approximation "≈…".
 */
export function entryParts(e: Entry, maxChars: number): EntryParts {
  if (typeof e === 'number') {
    if (Number.isInteger(e) && String(Math.abs(e)).length <= maxChars && !String(e).includes('e'))
      return { kind: 'text', text: withMinus(String(e)) };
    if (Number.isSafeInteger(e)) return { kind: 'text', text: shortInteger(String(Math.abs(e)), e < 0, maxChars) };
    return { kind: 'text', text: shortDecimal(scientificOf(e), maxChars) };
  }
  const t = e.trim();
  const f = FRACTION.exec(t);
  if (f) {
    if (f[2].length <= maxChars && f[3].length <= maxChars)
      return { kind: 'fraction', negative: f[1] === '-', numerator: f[2], denominator: f[3] };
    return { kind: 'text', text: '≈' + shortDecimal(scientificOf(t), maxChars - 1) };
  }
  const i = INTEGER.exec(t);
  if (i) {
    if (i[2].length <= maxChars) return { kind: 'text', text: withMinus(t) };
    return { kind: 'text', text: shortInteger(i[2], i[1] === '-', maxChars) };
  }
  if (isSymbolic(t)) {
    // Exact symbols as written (√2/2, 2π) when they fit, else their value, marked as an approximation.
    const pretty = prettySymbolic(t);
    if ([...pretty].length <= maxChars) return { kind: 'text', text: pretty };
    return { kind: 'text', text: '≈' + shortDecimal(scientificOf(t), maxChars - 1) };
  }
  return { kind: 'text', text: shortDecimal(scientificOf(t), maxChars) };
}

/**
 * One entry as a single line of text, at most about `maxChars` characters: "18", "−7/3", "0.3333",
 * "≈1.2×10⁴⁵". Exact fractions that do not fit become a marked approximation.
 *
 * @example formatEntryShort('-7/3', 8) // "−7/3"
 */
export function formatEntryShort(e: Entry, maxChars: number): string {
  const p = entryParts(e, maxChars);
  if (p.kind === 'text') return p.text;
  const text = `${p.negative ? MINUS : ''}${p.numerator}/${p.denominator}`;
  if (text.length <= maxChars) return text;
  return '≈' + shortDecimal(scientificOf(e), maxChars - 1);
}

/** True when the entry is negative (for parenthesising factors). */
export function isNegative(e: Entry): boolean {
  return typeof e === 'number' ? e < 0 : e.trim().startsWith('-');
}

/** True when the entry is exactly zero. */
export function isZero(e: Entry): boolean {
  return typeof e === 'number' ? e === 0 : /^-?0+(\/\d+)?$/.test(e.trim());
}
