/**
 * Certified reals: everything that is neither rational nor exact in ./symbolic.ts (exp, log, sin, cos, tan of other
 * arguments, π and e in one value, a number past the exact-digit budget). A Certified value is a lazy expression DAG
 * whose leaves are exact numbers; `enclose(p)` evaluates it to an Interval at p bits with directed rounding
 * (./interval.ts), memoised per node and precision. Its sign is decided by refinement: p = 64, 128, … up to
 * CAP_BITS (about 1,000 decimal digits), and always inside the command's time budget; past that the sign is
 * `null`, undecided, and the answer says so in words, never a guess.
 */
import { msLeft } from '../deadline.js';
import { Rational } from './rational.js';
import { Symbolic } from './symbolic.js';
import {
  ExponentOverflow,
  Interval,
  NeedPrecision,
  expInterval,
  logInterval,
  piInterval,
  powInterval,
  sinCosInterval,
  tanInterval,
} from './interval.js';

const LOG10_2 = Math.log10(2);

/** The precision cap: 3,400 bits, a little over 1,000 decimal digits. */
export const CAP_BITS = 3400;
/** The cap in decimal digits, for messages. */
export const CAP_DIGITS = 1000;
/** First precision tried. */
export const START_BITS = 64;

type Leaf = Rational | Symbolic | number | Interval;
type Op =
  | 'leaf'
  | 'pi'
  | 'neg'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'sqrt'
  | 'exp'
  | 'log'
  | 'sin'
  | 'cos'
  | 'tan'
  | 'abs'
  | 'powInt'
  | 'pow';

/**
 * The precision cap now: the full CAP_BITS while the command has time, lower as its 2 s run out, so that many
 * refinements in one answer end as `undecided` (saying to how many digits) rather than as a timeout.
 */
export function capBitsNow(): number {
  const left = msLeft();
  return left > 1200 ? CAP_BITS : left > 600 ? 1024 : left > 250 ? 256 : START_BITS;
}

/** The precisions of the refinement ladder: 64, 128, …, then the cap in force. */
export function precisionLadder(): number[] {
  const cap = capBitsNow();
  const out: number[] = [];
  for (let p = START_BITS; p < cap; p *= 2) out.push(p);
  out.push(cap);
  return out;
}

export class Certified {
  private memoP = -1;
  private memo: Interval | null = null;

  private constructor(
    readonly op: Op,
    readonly args: readonly Certified[],
    readonly leaf?: Leaf,
    readonly k?: number,
  ) {}

  static of(x: Leaf | Certified): Certified {
    if (x instanceof Certified) return x;
    return new Certified('leaf', [], x);
  }

  /** A fixed enclosure (a value known only to lie in it, such as a pivot found at some precision). */
  static ofInterval(iv: Interval): Certified {
    return new Certified('leaf', [], iv);
  }

  static pi(): Certified {
    return new Certified('pi', []);
  }

  static apply(op: Exclude<Op, 'leaf' | 'pi' | 'powInt'>, ...args: (Leaf | Certified)[]): Certified {
    return new Certified(op, args.map(Certified.of));
  }

  static powInt(x: Leaf | Certified, k: number): Certified {
    return new Certified('powInt', [Certified.of(x)], undefined, k);
  }

  /** Whether an enclosure may exceed every exponent (it has exp, a power, or a leaf past the double range). */
  mayOverflow(): boolean {
    if (this.op === 'exp' || this.op === 'pow' || this.op === 'powInt') return true;
    return this.args.some((a) => a.mayOverflow());
  }

  /** The exact leaf, when this is one. */
  exactLeaf(): Rational | Symbolic | number | undefined {
    return this.op === 'leaf' && !(this.leaf instanceof Interval) ? this.leaf : undefined;
  }

  /**
   * The same expression (same operations on equal exact leaves, up to the order of a sum's or a product's operands):
   * then the two values are equal, which enclosures alone could never prove. Symmetric matrices typed with the same
   * expression above and below the diagonal rely on it.
   */
  sameAs(o: Certified): boolean {
    if (this === o) return true;
    if ((this.op === 'add' || this.op === 'mul') && this.op === o.op) {
      // Sums and products as multisets of their operands (any nesting and order): Σᵢⱼ aᵢⱼbᵢⱼ summed by rows and by
      // columns is the same sum.
      // Exact leaves are combined first (1 + c + 2 and c + 3 are the same sum).
      const [xs, xe] = splitExact(this.flatten(this.op), this.op);
      const [ys, ye] = splitExact(o.flatten(this.op), this.op);
      if (!exactEqual(xe, ye) || xs.length !== ys.length) return false;
      const used = new Array<boolean>(ys.length).fill(false);
      return xs.every((x) => {
        const k = ys.findIndex((y, i) => !used[i] && x.sameAs(y));
        if (k < 0) return false;
        used[k] = true;
        return true;
      });
    }
    if (this.op !== o.op || this.k !== o.k || this.args.length !== o.args.length) return false;
    if (this.op === 'leaf') return sameLeaf(this.leaf!, o.leaf!);
    return this.args.every((a, i) => a.sameAs(o.args[i]));
  }

  /** The operands of nested sums (or products), through any depth. */
  private flatten(op: 'add' | 'mul'): Certified[] {
    if (this.op !== op) return [this];
    return this.args.flatMap((a) => a.flatten(op));
  }

  /**
   * Enclosure at p bits (throws NeedPrecision when a domain condition needs more precision). Memoised at the highest
   * precision computed so far: a lower precision is that enclosure rounded outward (still an enclosure).
   */
  enclose(p: number): Interval {
    if (this.memo && this.memoP >= p)
      return this.memoP === p ? this.memo : Interval.make(this.memo.lo, this.memo.hi, this.memo.e, p);
    const v = this.compute(p);
    this.memoP = p;
    this.memo = v;
    return v;
  }

  private compute(p: number): Interval {
    if (this.op === 'leaf') return encloseLeaf(this.leaf!, p);
    if (this.op === 'pi') return piInterval(p);
    // Arguments get a few guard bits: the operation's own rounding stays within p. (No closure here: this runs for
    // every node of every entry, and a closure per call was a measurable part of the certified verdicts.)
    const q = p + 8;
    const args = this.args;
    const x = args[0].enclose(q);
    switch (this.op) {
      case 'neg':
        return x.neg();
      case 'add':
        return x.add(args[1].enclose(q), p);
      case 'sub':
        return x.sub(args[1].enclose(q), p);
      case 'mul':
        return x.mul(args[1].enclose(q), p);
      case 'div':
        return x.div(args[1].enclose(q), p);
      case 'sqrt':
        return x.sqrt(p);
      case 'exp':
        return expInterval(x, p);
      case 'log':
        return logInterval(x, p);
      case 'sin':
        return sinCosInterval(x, p).sin;
      case 'cos':
        return sinCosInterval(x, p).cos;
      case 'tan':
        return tanInterval(x, p);
      case 'abs':
        return x.abs();
      case 'powInt': {
        const k = this.k!;
        return k >= 0 ? x.powInt(k, p) : x.powInt(-k, q).inv(p);
      }
      case 'pow':
        return powInterval(x, args[1].enclose(q), p);
    }
  }

  /**
   * The sign, by refinement: −1 or 1 once an enclosure excludes 0, 0 when an enclosure is exactly [0, 0] (an exact
   * zero, such as 0·x), null when the cap (or the time budget) is reached with 0 still inside.
   */
  sign(): -1 | 0 | 1 | null {
    return refineSign((p) => this.enclose(p)).sign;
  }

  /** A double near the value (its digits proved, to the precision cap), for positions and colours (±Infinity or 0
   * beyond the double range). */
  toNumber(): number {
    try {
      return this.refined(53).toNumber();
    } catch (e) {
      if (!(e instanceof NeedPrecision)) throw e;
      return NaN;
    }
  }

  /** An enclosure good to about `bits` relative bits, or the best one reached within the cap. */
  refined(bits = 64): Interval {
    let last: Interval | null = null;
    for (const p of precisionLadder()) {
      try {
        const iv = this.enclose(p);
        last = iv;
        if (iv.isZero() || iv.log2Mag() - iv.log2Width() >= bits) return iv;
      } catch (e) {
        if (!(e instanceof NeedPrecision)) throw e;
      }
      if (p >= 512 && msLeft() < 200) break;
    }
    if (last) return last;
    throw new NeedPrecision('no enclosure within the precision cap');
  }
}

function encloseLeaf(x: Leaf, p: number): Interval {
  if (typeof x === 'number') return Interval.fromNumber(x);
  if (x instanceof Interval) return Interval.make(x.lo, x.hi, x.e, p);
  if (x instanceof Rational) return Interval.fromFraction(x.num, x.den, p);
  return x.enclose(p);
}

/** The non-exact operands, and the exact ones combined (summed or multiplied), of a flattened sum or product. */
function splitExact(xs: Certified[], op: 'add' | 'mul'): [Certified[], Rational | Symbolic | null] {
  const rest: Certified[] = [];
  let exact: Rational | Symbolic | null = null;
  for (const x of xs) {
    const leaf = x.exactLeaf();
    if (leaf instanceof Rational || leaf instanceof Symbolic) {
      try {
        exact = exact === null ? leaf : op === 'add' ? Symbolic.add(exact, leaf) : Symbolic.mul(exact, leaf);
        continue;
      } catch {
        // π with e, or past the exact bounds: compared as separate operands.
      }
    }
    rest.push(x);
  }
  if (exact instanceof Rational && (op === 'add' ? exact.isZero() : exact.equals(Rational.ONE))) exact = null;
  return [rest, exact];
}

function exactEqual(a: Rational | Symbolic | null, b: Rational | Symbolic | null): boolean {
  if (a === null || b === null) return a === b;
  try {
    const d = Symbolic.sub(a, b);
    return d instanceof Rational && d.isZero();
  } catch {
    return false;
  }
}

function sameLeaf(a: Leaf, b: Leaf): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  if (a instanceof Interval || b instanceof Interval) return false;
  if (a instanceof Rational && b instanceof Rational) return a.equals(b);
  if (a instanceof Symbolic && b instanceof Symbolic)
    return (
      a.sym === b.sym &&
      a.d === b.d &&
      Symbolic.sub(a, b) instanceof Rational &&
      (Symbolic.sub(a, b) as Rational).isZero()
    );
  return false;
}

/** The outcome of a refinement: the sign (null when undecided) and the last enclosure with its precision. */
export interface Refinement {
  sign: -1 | 0 | 1 | null;
  last: Interval | null;
  bits: number;
}

/**
 * Evaluates `f` at p = 64, 128, … up to CAP_BITS until its sign is decided. Stops early (undecided) when the time
 * budget runs low: the next level costs about four times the last one, and it must fit in what is left.
 */
export function refineSign(f: (p: number) => Interval): Refinement {
  let last: Interval | null = null;
  let bits = 0;
  for (const p of precisionLadder()) {
    const started = performance.now();
    try {
      const iv = f(p);
      last = iv;
      bits = p;
      const s = iv.sign();
      if (s !== null) return { sign: s, last, bits };
    } catch (e) {
      if (!(e instanceof NeedPrecision)) throw e;
    }
    const spent = performance.now() - started;
    if (msLeft() < 4 * spent + 20) break;
  }
  return { sign: null, last, bits };
}

/** Digits of 0 an undecided enclosure proves: |x| < 10^-N. */
export function zeroDigits(iv: Interval | null): number {
  if (!iv) return 0;
  const mag = iv.log2Mag();
  if (!Number.isFinite(mag)) return Infinity;
  return Math.max(0, Math.floor(-mag * LOG10_2));
}

export { ExponentOverflow, NeedPrecision };
