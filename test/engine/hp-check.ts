/**
 * Compares one engine reply with the high-precision oracle's truth (./hp-oracle.ts) and names what is wrong: a wrong
 * sign, a silent zero, a nonzero claimed where the truth is 0 (or zero to 1,000 digits), a wrong value, verdict or rank,
 * a false equality, evidence (eigenvalues, a witness) that contradicts the truth, or a refusal of a valid command.
 *
 * `undecided` (DESIGN §4) is accepted exactly where the oracle says "zero to N digits", in whatever place the engine
 * puts it: a verdict "undecided", an error code "undecided", or an entry / equality that is null or says "undecided".
 * Where the oracle decides a sign, `undecided` is a failure too (`needless_undecided`): the engine's cap is 1,000
 * digits, the oracle's as well.
 */
import { Decimal } from 'decimal.js';
import {
  entryValue,
  quadraticForm,
  principal,
  det,
  type PsdTruth,
  type Quantity,
  type Truth,
  type IvMatrix,
} from './hp-oracle.js';

export type FailureKind =
  | 'refused'
  | 'wrong_sign'
  | 'silent_zero'
  | 'false_nonzero'
  | 'wrong_value'
  | 'wrong_verdict'
  | 'wrong_rank'
  | 'false_equality'
  | 'missed_equality'
  | 'wrong_inequality'
  | 'evidence'
  | 'witness'
  | 'needless_undecided'
  | 'unreadable';

export interface Failure {
  kind: FailureKind;
  /** Where in the answer, e.g. "product[0][1]", "verdicts.AB", "equalityA". */
  where: string;
  /** What the engine said and what is true. */
  detail: string;
}

/** Loose reply shape: the engine's Reply, read without its types (the numbers developer is changing them). */
type AnyReply = { ok: boolean; code?: string; message?: string; data?: unknown };

export function isUndecided(x: unknown): boolean {
  return x === null || (typeof x === 'string' && /undecided|≈\s*0/i.test(x));
}

/** A number in a message: 6 significant digits, in e-notation when far from 1. */
export function fmt(x: Decimal): string {
  if (x.isZero()) return '0';
  const a = x.abs();
  return a.gte(1e-4) && a.lt(1e15) ? x.toSignificantDigits(6).toString() : x.toExponential(5).replace(/\.?0+e/, 'e');
}

function show(q: Quantity): string {
  if (q.sign === 0) return '0 (exactly)';
  if (q.sign === 'zero?') return `0 within ±${q.radius.toExponential(0)} (may be exactly 0)`;
  return fmt(q.value);
}

function signOfEntry(x: unknown, t: Truth): { sign: -1 | 0 | 1; value: Decimal } | 'undecided' | null {
  if (isUndecided(x)) return 'undecided';
  const v = entryValue(x, t.ctx);
  if (!v) return null;
  const s = v.sign();
  if (s === null) return null;
  return { sign: s, value: v.mid() };
}

class Checker {
  readonly failures: Failure[] = [];
  constructor(readonly truth: Truth) {}

  fail(kind: FailureKind, where: string, detail: string): void {
    this.failures.push({ kind, where, detail });
  }

  /** An entry of `data` against a true quantity: its sign, and (with `rel`) its value to that relative error. */
  quantity(where: string, x: unknown, q: Quantity, rel?: number): void {
    const got = signOfEntry(x, this.truth);
    if (got === null) return this.fail('unreadable', where, `${JSON.stringify(x)} is not a number`);
    if (got === 'undecided') {
      if (q.sign !== 'zero?') this.fail('needless_undecided', where, `undecided; true value ${show(q)}`);
      return;
    }
    const said = `${JSON.stringify(x)}; true value ${show(q)}`;
    if (q.sign === 0 || q.sign === 'zero?') {
      if (got.sign !== 0) this.fail('false_nonzero', where, said);
      return;
    }
    if (got.sign === 0) return this.fail('silent_zero', where, said);
    if (got.sign !== q.sign) return this.fail('wrong_sign', where, said);
    if (rel !== undefined) {
      const err = got.value.minus(q.value).abs().div(q.value.abs());
      if (err.gt(rel)) this.fail('wrong_value', where, `${said} (relative error ${err.toExponential(1)})`);
    }
  }

  /** A PSD verdict (and rank, eigenvalues, witness when given) against the truth. */
  psd(where: string, verdict: unknown, truth: PsdTruth, extra: { rank?: unknown; eigenvalues?: unknown } = {}): void {
    if (verdict === 'undecided') {
      if (!truth.undecidable) this.fail('needless_undecided', where, `undecided; true verdict ${truth.verdict}`);
      return;
    }
    if (verdict !== truth.verdict) {
      const why = truth.sums.length ? ` (E₁..Eₙ: ${truth.sums.map(show).join(', ')})` : '';
      this.fail('wrong_verdict', where, `${String(verdict)}; true verdict ${truth.verdict}${why}`);
      return;
    }
    if (extra.rank !== undefined && truth.rank !== null && extra.rank !== null && extra.rank !== truth.rank) {
      this.fail('wrong_rank', where, `rank ${String(extra.rank)}; true rank ${truth.rank}`);
    }
    this.evidence(where, extra.eigenvalues, truth);
  }

  /** Eigenvalues shown as evidence must not contradict the true signs: no negative for a positive one (or the
   * reverse), no exact 0 for a nonzero one. A tiny nonzero for a true 0 is allowed (an enclosure's midpoint). */
  evidence(where: string, eigenvalues: unknown, truth: PsdTruth): void {
    if (!Array.isArray(eigenvalues) || !truth.eigenSigns || eigenvalues.length !== truth.eigenSigns.length) return;
    const shown = eigenvalues.map((x) => signOfEntry(x, this.truth));
    const order = [...shown.keys()].sort((a, b) => {
      const x = shown[a];
      const y = shown[b];
      return x && y && x !== 'undecided' && y !== 'undecided' ? x.value.cmp(y.value) : 0;
    });
    for (const [k, i] of order.entries()) {
      const s = shown[i];
      const want = truth.eigenSigns[k];
      if (!s || s === 'undecided') continue;
      if ((s.sign === 0 && want !== 0) || s.sign * want === -1) {
        this.fail(
          'evidence',
          `${where} eigenvalues`,
          `${JSON.stringify(eigenvalues)}; true signs ${JSON.stringify(truth.eigenSigns)}`,
        );
        return;
      }
    }
  }

  /** not_psd's certificate: xᵀMx < 0 for the witness x, or a negative 2×2 principal minor. */
  witness(where: string, m: IvMatrix, data: Record<string, unknown>): void {
    const c = this.truth.ctx;
    if (Array.isArray(data.witness)) {
      const x = data.witness.map((v) => entryValue(v, c));
      if (x.some((v) => v === null)) return this.fail('unreadable', `${where} witness`, JSON.stringify(data.witness));
      const q = quadraticForm(m, x as NonNullable<(typeof x)[number]>[], c);
      if (q.sign() !== -1) {
        this.fail(
          'witness',
          `${where} witness`,
          `xᵀMx is ${fmt(q.mid())} (not < 0) for x = ${JSON.stringify(data.witness)}; the answer says ${JSON.stringify(data.witnessValue)}`,
        );
      }
    } else if (Array.isArray(data.minor)) {
      const [i, j] = data.minor as number[];
      const d = det(principal(m, [i - 1, j - 1]), c);
      if (d.sign() !== -1) this.fail('witness', `${where} minor`, `the 2×2 minor (${i},${j}) is not negative`);
    }
  }

  /** An Oppenheim or Hadamard gap (≥ 0 when the inequality holds, = 0 for equality) against `holds` / `equality`. */
  gap(where: string, holds: unknown, equality: unknown, g: Quantity): void {
    const eqWhere = `${where} equality`;
    if (isUndecided(equality) || isUndecided(holds)) {
      if (g.sign !== 'zero?') this.fail('needless_undecided', where, `undecided; true gap ${show(g)}`);
      return;
    }
    if (g.sign === 0 || g.sign === 'zero?') {
      if (equality !== true) {
        const kind = g.sign === 0 ? 'missed_equality' : 'false_nonzero';
        this.fail(kind, eqWhere, `equality ${String(equality)}; true gap ${show(g)}`);
      }
      if (holds !== true) this.fail('wrong_inequality', where, `holds ${String(holds)}; true gap ${show(g)}`);
      return;
    }
    if (equality === true) this.fail('false_equality', eqWhere, `equality claimed; true gap ${show(g)}`);
    if (holds !== (g.sign === 1)) this.fail('wrong_inequality', where, `holds ${String(holds)}; true gap ${show(g)}`);
  }
}

/** Relative error allowed on a product entry or a trace (the engine shows 15 significant digits). */
export const VALUE_TOLERANCE = 1e-9;

/** What is wrong with `reply` as an answer to the command whose truth is `truth` (empty when nothing is). */
export function check(reply: AnyReply, truth: Truth): Failure[] {
  const k = new Checker(truth);
  if (!reply.ok) {
    if (reply.code === 'undecided') {
      if (!hasZeroQuestion(truth)) k.fail('needless_undecided', 'reply', reply.message ?? '');
    } else k.fail('refused', 'reply', `${reply.code}: ${reply.message}`);
    return k.failures;
  }
  const d = (reply.data ?? {}) as Record<string, unknown>;
  const get = (o: unknown, key: string): unknown =>
    o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
  switch (truth.verb) {
    case 'product': {
      const p = d.product as unknown[][];
      truth.product!.forEach((row, i) =>
        row.forEach((q, j) => k.quantity(`product[${i}][${j}]`, p?.[i]?.[j], q, VALUE_TOLERANCE)),
      );
      break;
    }
    case 'relate': {
      const p = d.product as unknown[][];
      truth.product!.forEach((row, i) =>
        row.forEach((q, j) => k.quantity(`product[${i}][${j}]`, p?.[i]?.[j], q, VALUE_TOLERANCE)),
      );
      const ti = d.traceIdentity;
      k.quantity('traceIdentity.trAtB', get(ti, 'trAtB'), truth.trace!, VALUE_TOLERANCE);
      k.quantity('traceIdentity.sum', get(ti, 'sum'), truth.trace!, VALUE_TOLERANCE);
      // Identities: never false.
      for (const [where, v] of [
        ['traceIdentity.equal', get(ti, 'equal')],
        ['diagonal.equal', get(d.diagonal, 'equal')],
        ['vector.equal', get(d.vector, 'equal')],
        ['kronecker.equal', get(d.kronecker, 'equal')],
      ] as const) {
        if (v === false) k.fail('wrong_inequality', where, 'an identity reported false');
      }
      break;
    }
    case 'psd': {
      const t = truth.psd!;
      k.psd('verdict', d.verdict, t, { rank: d.rank, eigenvalues: d.eigenvalues });
      if (d.verdict === 'not_psd' && t.verdict === 'not_psd') k.witness('verdict', truth.operands[0], d);
      break;
    }
    case 'schur': {
      const t = truth.schur!;
      const v = d.verdicts as Record<string, unknown>;
      const ev = d.eigenvalues as Record<string, unknown>;
      for (const key of ['A', 'B', 'AB'] as const)
        k.psd(`verdicts.${key}`, v?.[key], t[key], { eigenvalues: ev?.[key] });
      break;
    }
    case 'oppenheim': {
      const o = truth.oppenheim!;
      k.quantity('detA', d.detA, o.detA);
      k.quantity('detB', d.detB, o.detB);
      k.quantity('detAB', d.detAB, o.detAB);
      const v = d.verdicts as Record<string, unknown>;
      k.psd('verdicts.A', v?.A, o.verdictA);
      k.psd('verdicts.B', v?.B, o.verdictB);
      k.gap('oppenheim A', d.holdsA, d.equalityA, o.gapA);
      k.gap('oppenheim B', d.holdsB, d.equalityB, o.gapB);
      const h = d.hadamard as Record<string, { holds: unknown; equality: unknown } | null>;
      if (h?.A && o.verdictA.verdict !== 'not_psd') k.gap('hadamard A', h.A.holds, h.A.equality, o.hadamardA);
      if (h?.B && o.verdictB.verdict !== 'not_psd') k.gap('hadamard B', h.B.holds, h.B.equality, o.hadamardB);
      break;
    }
    case 'props':
      for (const key of ['commutative', 'associative', 'distributive', 'identity', 'transpose']) {
        if (d[key] === false) k.fail('wrong_inequality', key, 'an identity of the Hadamard product reported false');
      }
      break;
  }
  return k.failures;
}

function hasZeroQuestion(t: Truth): boolean {
  const qs: Quantity[] = [];
  if (t.product) qs.push(...t.product.flat());
  if (t.trace) qs.push(t.trace);
  if (t.oppenheim) qs.push(t.oppenheim.detA, t.oppenheim.detB, t.oppenheim.detAB, t.oppenheim.gapA, t.oppenheim.gapB);
  const psds = [t.psd, t.schur?.A, t.schur?.B, t.schur?.AB, t.oppenheim?.verdictA, t.oppenheim?.verdictB];
  return qs.some((q) => q.sign === 'zero?') || psds.some((p) => p?.undecidable);
}
