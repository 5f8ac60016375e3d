/**
 * The engine's face. `parseCommand(text)` turns grammar text into a typed Command;
 * `run(command)` computes an Answer (text sections + `data`) and renders its figures, or
 * returns an EngineError value. Pure: no chat library, no http, no process.env.
 *
 * @example
 * const reply = await runText('/hadamard [[2,3],[4,1]] [[5,6],[7,8]]');
 * // reply.ok && reply.data.product → [[10,18],[28,8]]
 */
import { armDeadline, disarmDeadline } from './deadline.js';
import { UserError, engineError } from './errors.js';
import { FLOAT_RANGE_TEXT, OutOfRange, magnitudeText } from './numbers/scalar.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { parseCommand as parseCommandWithLimits } from './parse/command.js';
import type { Answer, Command, Figure, Reply, Result, Verb } from './types.js';
import { explainVerb } from './verbs/explain.js';
import { helpVerb } from './verbs/help.js';
import { oppenheimVerb } from './verbs/oppenheim.js';
import { parseOperands } from './verbs/operands.js';
import { productVerb } from './verbs/product.js';
import { propsVerb } from './verbs/props.js';
import { psdVerb } from './verbs/psd.js';
import { relateVerb } from './verbs/relate.js';
import type { VerbResult } from './verbs/result.js';
import { schurVerb } from './verbs/schur.js';
import type { OppenheimData, ProductData, PsdData, RelateData, SchurData } from './data.js';

export * from './types.js';
export type * from './data.js';
export { CATALOGUE, verbSpec, type VerbSpec, type OptionSpec } from './catalogue.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';

export interface RunOptions {
  limits?: Partial<Limits>;
  /** Render figures (default true). */
  figures?: boolean;
}

/** Grammar text → Command (or an error value). */
export function parseCommand(text: string, options: RunOptions = {}): Result<Command> {
  return parseCommandWithLimits(text, { ...DEFAULT_LIMITS, ...options.limits });
}

/** Computes the verb's result (text + data), without figures. Throws UserError. */
function compute(command: Command, limits: Limits): VerbResult<unknown> {
  const verb = command.verb;
  if (verb === 'explain') return explainVerb(command.topic);
  if (verb === 'help') return helpVerb(command.topic);
  const ops = command.operands;
  const counts: Record<Exclude<Verb, 'explain' | 'help'>, [number, number]> = {
    product: [2, limits.maxOperands],
    schur: [2, 2],
    psd: [1, 1],
    oppenheim: [2, 2],
    props: [2, 3],
    relate: [2, 2],
  };
  const [min, max] = counts[verb];
  if (ops.length < min)
    throw new UserError(
      'missing_operand',
      `${verb} needs ${min === max ? `exactly ${min}` : `at least ${min}`} matrices; got ${ops.length}`,
    );
  if (ops.length > max)
    throw new UserError('too_many_operands', `${verb} takes at most ${max} matrices; got ${ops.length}`);
  const totalText = ops.reduce((s, o) => s + o.text.length, 0);
  if (totalText > limits.maxTextLength)
    throw new UserError(
      'text_too_long',
      `the matrices are ${totalText} characters long; the limit is ${limits.maxTextLength}`,
    );
  const parsed = parseOperands(ops, limits, verb === 'psd' ? ['M'] : undefined);
  switch (verb) {
    case 'product':
      return productVerb(parsed);
    case 'psd':
      return psdVerb(parsed);
    case 'schur':
      return schurVerb(parsed);
    case 'oppenheim':
      return oppenheimVerb(parsed);
    case 'props':
      return propsVerb(parsed);
    case 'relate':
      return relateVerb(parsed);
  }
}

/** Renders the figures of a verb's data. The canvas module is loaded on first use only. */
async function renderFigures(verb: Verb, data: unknown): Promise<Figure[]> {
  const r = await import('./render/index.js');
  switch (verb) {
    case 'product':
      return [await r.renderProductFigure(data as ProductData)];
    case 'psd':
      return [await r.renderPsdFigure(data as PsdData)];
    case 'schur':
      return [await r.renderSchurFigure(data as SchurData)];
    case 'oppenheim':
      return [await r.renderOppenheimFigure(data as OppenheimData)];
    case 'relate':
      return [await r.renderRelateFigure(data as RelateData)];
    default:
      return [];
  }
}

/**
 * Runs a command: parse the operands, compute, render. Never throws for user input: expected
 * failures come back as `{ ok: false, code, message, hint }`.
 */
export async function run(command: Command, options: RunOptions = {}): Promise<Reply> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const started = performance.now();
  let result: VerbResult<unknown>;
  armDeadline(limits.maxMillis);
  try {
    result = compute(command, limits);
  } catch (e) {
    if (e instanceof UserError) return e.toValue();
    if (e instanceof OutOfRange) return outOfRangeError(e);
    if (e instanceof RangeError && /Maximum BigInt size|Invalid array length/.test(e.message))
      return engineError('too_large', 'the numbers grew too large to compute with');
    throw e;
  } finally {
    disarmDeadline();
  }
  if (performance.now() - started > limits.maxMillis)
    return engineError('timeout', `the computation took longer than ${limits.maxMillis / 1000} s`);
  const figures = options.figures === false ? [] : await renderFigures(command.verb, result.data);
  const answer: Answer = {
    ok: true,
    verb: command.verb,
    title: result.title,
    summary: result.summary,
    sections: result.sections,
    figures,
    data: result.data as Record<string, unknown>,
  };
  return answer;
}

/** A floating quantity beyond the double range, as the user's error value (DESIGN §4). */
function outOfRangeError(e: OutOfRange): Reply {
  const what = `${e.where ? `${e.where} of ` : ''}${e.quantity ?? 'a number in this answer'}`;
  const size = Number.isFinite(e.log10)
    ? `would be about ${magnitudeText(e.log10)}, ${e.direction === 'over' ? 'too large' : 'too small'} for floating point`
    : 'would leave the range of floating point';
  return engineError('out_of_range', `${what} ${size} (${FLOAT_RANGE_TEXT})`);
}

/** parseCommand + run. */
export async function runText(text: string, options: RunOptions = {}): Promise<Reply> {
  const c = parseCommand(text, options);
  if (!c.ok) return c;
  return run(c.value, options);
}

export { answerToMarkdown, answerToText, errorToText, markdownToPlain } from './text.js';
export { stripBidiControls } from './parse/normalize.js';
