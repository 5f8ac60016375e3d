/**
 * Grammar text → typed Command (DESIGN §3). Splits the text into a verb and operand texts;
 * the operands' numbers are parsed later by `run()`, so Discord's options share that path.
 */
import { UserError, engineError, quote } from '../errors.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { TOPICS, VERBS, type Command, type OperandText, type Result, type Verb } from '../types.js';
import { checkBrackets } from './matrix.js';
import { normalizeText, stripInvocation } from './normalize.js';

const LABEL = /^([A-Za-z][A-Za-z0-9_]{0,7})\s*=\s*/;
const BUILDER = /^(?:eye|ones|hilbert|pascal|diag|zeros)\s*\(/i;
const SHORT_BUILDER = /^[IJ]_?\d{1,3}(?![\w.])/;
const SEPARATOR = /^(?:∘|⊙|\.\*|\*|o(?![\w(])|x(?![\w(])|×|,)/;
const OPERAND_COUNTS: Record<Verb, [number, number]> = {
  product: [2, 6],
  schur: [2, 2],
  psd: [1, 1],
  oppenheim: [2, 2],
  props: [2, 3],
  relate: [2, 2],
  explain: [0, 0],
  help: [0, 0],
};

const VERB_ALIASES: Record<string, Verb> = {
  hadamard: 'product',
  mul: 'product',
  multiply: 'product',
  schurproduct: 'schur',
  ispsd: 'psd',
  properties: 'props',
  relations: 'relate',
  explanation: 'explain',
  '?': 'help',
  usage: 'help',
};

/**
 * Parses command text (the leading `/hadamard` and mentions are optional).
 * @example parseCommand('/hadamard [[2,3],[4,1]] [[5,6],[7,8]]') // { ok: true, value: { verb: 'product', operands: [...] } }
 */
export function parseCommand(text: string, limits: Limits = DEFAULT_LIMITS): Result<Command> {
  try {
    return { ok: true, value: parseCommandOrThrow(text, limits) };
  } catch (e) {
    if (e instanceof UserError) return e.toValue();
    throw e;
  }
}

function parseCommandOrThrow(raw: string, limits: Limits): Command {
  if (raw.length > limits.maxTextLength)
    throw new UserError(
      'text_too_long',
      `the command is ${raw.length} characters long; the limit is ${limits.maxTextLength}`,
    );
  const text = stripInvocation(normalizeText(raw));
  if (text === '') throw new UserError('empty_command', 'the command is empty');

  const firstWord = /^[A-Za-z?]+(?![\w(=[])/.exec(text)?.[0];
  let verb: Verb = 'product';
  let rest = text;
  if (firstWord !== undefined && !SHORT_BUILDER.test(text)) {
    const w = firstWord.toLowerCase();
    const known = (VERBS as readonly string[]).includes(w) ? (w as Verb) : VERB_ALIASES[w];
    if (!known) {
      const close = closestVerb(w);
      throw new UserError(
        'unknown_verb',
        `"${firstWord}" is not a verb I know${close ? ` — did you mean "${close}"?` : ''}`,
      );
    }
    verb = known;
    rest = text.slice(firstWord.length).trim();
  }

  if (verb === 'explain' || verb === 'help') return wordCommand(verb, rest);

  const operands = splitOperands(rest);
  const [min, max] = OPERAND_COUNTS[verb];
  if (operands.length < min) {
    const need = min === 1 ? 'one matrix' : min === max ? `exactly ${min} matrices` : `at least ${min} matrices`;
    const got = operands.length === 0 ? 'none' : operands.length === 1 ? 'only one' : `${operands.length}`;
    throw new UserError(
      'missing_operand',
      `${verb} needs ${need}; I found ${got}`,
      `Example: /hadamard ${verb === 'product' ? '' : verb + ' '}${exampleOperands(verb)}`,
    );
  }
  if (operands.length > max) {
    throw new UserError(
      'too_many_operands',
      `${verb} takes ${min === max ? `exactly ${max}` : `${min} to ${max}`} ${max === 1 ? 'matrix' : 'matrices'}; I found ${operands.length}`,
      `Example: /hadamard ${verb === 'product' ? '' : verb + ' '}${exampleOperands(verb)}`,
    );
  }
  return { verb, operands };
}

function exampleOperands(verb: Verb): string {
  if (verb === 'psd') return '[[2,1],[1,2]]';
  if (verb === 'props') return '[[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]';
  if (verb === 'schur' || verb === 'oppenheim') return '[[2,1],[1,2]] [[3,1],[1,3]]';
  return '[[2,3],[4,1]] [[5,6],[7,8]]';
}

function wordCommand(verb: 'explain' | 'help', rest: string): Command {
  const word = rest
    .trim()
    .toLowerCase()
    .replace(/[^a-z? ]/g, '')
    .trim();
  if (word === '') return { verb, operands: [] };
  if (verb === 'explain') {
    const aliases: Record<string, string> = {
      definition: 'definition',
      define: 'definition',
      def: 'definition',
      properties: 'properties',
      props: 'properties',
      algebra: 'properties',
      schur: 'schur',
      psd: 'schur',
      oppenheim: 'oppenheim',
      hadamard: 'oppenheim',
      relations: 'relations',
      relate: 'relations',
      relation: 'relations',
      kronecker: 'relations',
      trace: 'relations',
      applications: 'applications',
      application: 'applications',
      uses: 'applications',
      all: '',
    };
    const topic = aliases[word.split(' ')[0]];
    if (topic === undefined)
      throw new UserError('unknown_topic', `"${word.slice(0, 30)}" is not a topic; topics are ${TOPICS.join(', ')}`);
    return topic === '' ? { verb, operands: [] } : { verb, operands: [], topic };
  }
  const w = word.split(' ')[0];
  const topic = (VERBS as readonly string[]).includes(w) ? w : VERB_ALIASES[w];
  if (!topic)
    throw new UserError('unknown_verb', `there is no help for "${w.slice(0, 30)}"; verbs are ${VERBS.join(', ')}`);
  return { verb, operands: [], topic };
}

/** Splits the operand part into matrix tokens, each one token even with spaces inside. */
export function splitOperands(text: string): OperandText[] {
  const out: OperandText[] = [];
  let s = text.trim();
  let expectOperand = true;
  let consumed = text.length - s.length;
  while (s.length > 0) {
    const sep = SEPARATOR.exec(s);
    if (!expectOperand && sep) {
      s = s.slice(sep[0].length).trimStart();
      expectOperand = true;
      continue;
    }
    let label: string | undefined;
    const lm = LABEL.exec(s);
    if (lm && !BUILDER.test(s)) {
      label = lm[1];
      s = s.slice(lm[0].length);
    }
    let len: number;
    if (s.startsWith('[')) {
      len = closing(s, '[', ']');
    } else if (BUILDER.test(s)) {
      len = closing(s, '(', ')', s.indexOf('('));
    } else if (SHORT_BUILDER.test(s)) {
      len = SHORT_BUILDER.exec(s)![0].length;
    } else {
      if (s[0] === ']' || s[0] === ')')
        throw new UserError(
          'unbalanced_brackets',
          `the "${s[0]}" at character ${text.length - s.length + 1} has no matching "${s[0] === ']' ? '[' : '('}"`,
        );
      const word = s.split(/\s/)[0];
      if (sep && expectOperand)
        throw new UserError('missing_operand', `${quote(word)} stands where a matrix should be`);
      if (/^(nan|inf|infinity)$/i.test(word))
        throw new UserError('not_a_number', `"${word}" is not a number: entries must be finite real numbers`);
      if (/^-?\d/.test(word))
        throw new UserError(
          'unknown_word',
          `${quote(word)} is a number, not a matrix: put entries in brackets`,
          'Example: [[2,3],[4,1]] (a 1×1 matrix is [5])',
        );
      throw new UserError('unknown_word', `I don't know ${quote(word)} (at character ${consumed + 1})`);
    }
    out.push(label ? { label, text: s.slice(0, len) } : { text: s.slice(0, len) });
    s = s.slice(len).trimStart();
    consumed = text.length - s.length;
    expectOperand = false;
  }
  return out;
}

/** Length of the bracketed token starting at `start` (throws on unbalanced brackets). */
function closing(s: string, open: string, close: string, start = 0): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === close && --depth === 0) return i + 1;
  }
  checkBrackets(s, 'the command');
  throw new UserError('unbalanced_brackets', `the "${open}" at the start of ${quote(s)} is never closed`);
}

export function closestVerb(w: string): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const v of [...VERBS, ...Object.keys(VERB_ALIASES)]) {
    const d = levenshtein(w, v);
    if (d < bestD) {
      bestD = d;
      best = VERB_ALIASES[v] ?? v;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  if (a.length > 20) return 99;
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

export { engineError };
