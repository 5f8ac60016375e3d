/**
 * A command's cost, estimated before it runs, from what the parsed command already carries: the verb, each operand's
 * text (its entries, so its shape, and its digits) and attached files' sizes. The scheduler (engine-pool.ts) uses it
 * to give cheap commands a fast lane, and to estimate how long the queue takes to drain ("busy, try again in N s").
 *
 * The unit is roughly one millisecond of one quiet core, fitted to measurements (notes in BENCHMARKS.md's fairness
 * section): `[[1]] [[2]]` ≈ 8–15 ms (most of it the figure), `schur` of two random 12×12 fractions ≈ 70–120 ms,
 * an elementwise product of those ≈ 35–40 ms. It only has to rank commands and be right within a few times; it never
 * refuses anything (the engine's own limits and the pool's hard time limit do that).
 */
import type { Command } from '../../engine/index.js';

export interface CostEstimate {
  /** Estimated work, ≈ ms on one quiet core. */
  units: number;
  /** Cheap enough for the fast lane. */
  cheap: boolean;
}

/** At or under this estimate a command takes the fast lane: tiny matrices, text-only verbs. */
export const CHEAP_UNITS = 25;

/** Rendering one figure and the answer's text: the floor of any matrix verb. */
const BASE_UNITS = 8;

/** Verbs whose work grows like n³ in exact arithmetic (eigenvalues, determinants, eliminations). */
const CUBIC = new Set(['schur', 'psd', 'oppenheim', 'relate']);
/** Verbs that answer from text alone. */
const TEXT_ONLY = new Set(['explain', 'help']);

interface OperandSize {
  entries: number;
  digits: number;
}

/** `hilbert(12)`, `eye(3, 4)`: a generated matrix; its size is in the call, not in the text's length. */
const GENERATOR = /\b[a-z]+\(\s*(\d{1,3})\s*(?:,\s*(\d{1,3})\s*)?\)/gi;
/** Powers and exponents make long numbers from short text: `7^2000`, `3e-30`. */
const POWER = /\^\s*\(?\s*(\d{1,6})/g;
const EXPONENT = /\d[eE][+-]?(\d{1,6})/g;

export function operandSize(text: string): OperandSize {
  let entries = 0;
  let digits = 0;
  let rest = text;
  for (const m of text.matchAll(GENERATOR)) {
    const r = Number(m[1]);
    const c = m[2] === undefined ? r : Number(m[2]);
    entries += r * c;
    // A generated matrix's entries are small integers or fractions of a few digits each.
    digits += 3 * r * c;
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(POWER)) digits += Number(m[1]);
  for (const m of rest.matchAll(EXPONENT)) digits += Number(m[1]);
  digits += (rest.match(/\d/g) ?? []).length;
  entries += rest
    .replace(/[[\]{}()]/g, ' ')
    .split(/[,;\s]+/)
    .filter((t) => /\d|pi|\be\b|sqrt/i.test(t)).length;
  return { entries, digits };
}

export function estimateCost(command: Command): CostEstimate {
  const units = estimateUnits(command);
  return { units, cheap: units <= CHEAP_UNITS };
}

function estimateUnits(command: Command): number {
  if (TEXT_ONLY.has(command.verb)) return 1;
  let units = BASE_UNITS;
  // Files: parsing up to 256×256 tables or 1024×1024 images dominates; ≈ 1 unit per 10 kB.
  for (const a of command.attachments ?? []) units += 4 + a.bytes.byteLength / 10_000;
  const cubic = CUBIC.has(command.verb) || command.verb === 'apply';
  for (const o of command.operands) {
    if (o.attachment) {
      units += 4 + o.attachment.bytes.byteLength / 10_000;
      continue;
    }
    const { entries, digits } = operandSize(o.text);
    if (entries === 0) continue;
    const perEntry = Math.max(1, digits / entries);
    if (cubic) {
      const n = Math.ceil(Math.sqrt(entries));
      // Exact elimination: n³ steps on numbers whose length grows with the entries' (super-linearly).
      units += 0.005 * n ** 3 * perEntry ** 1.5;
    } else {
      units += 0.03 * entries * perEntry;
    }
  }
  return units;
}
