/**
 * Grammar text → typed Command (DESIGN §3). Splits the text into a verb and operand texts;
 * the operands' numbers are parsed later by `run()`, so Discord's options share that path.
 */
import { UserError, engineError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { CATALOGUE, findVerb, verbContext, verbModule } from '../catalogue.js';
import type { Attachment, Command, OperandText, Result } from '../types.js';
import { checkBrackets } from './matrix.js';
import { editDistance, invocationLength, normalizeTracked, rawPosition, sliceTracked } from './normalize.js';

const LABEL = /^([A-Za-z][A-Za-z0-9_]{0,7})\s*=\s*/;
const BUILDER = /^(?:eye|ones|hilbert|pascal|diag|zeros|kms|gauss|hann|causal|toeplitz)\s*\(/i;
const SHORT_BUILDER = /^[IJ]_?\d{1,3}(?![\w.])/;
const SEPARATOR = /^(?:∘|⊙|\.\*|\*|o(?![\w(])|x(?![\w(])|×|,)/;
/**
 * Parses command text (the leading `/hadamard` and mentions are optional).
 * @example parseCommand('/hadamard [[2,3],[4,1]] [[5,6],[7,8]]') // { ok: true, value: { verb: 'product', operands: [...] } }
 */
export function parseCommand(
  text: string,
  limits: Limits = DEFAULT_LIMITS,
  attachments?: Attachment[],
): Result<Command> {
  try {
    const command = parseCommandOrThrow(text, limits, attachments);
    return { ok: true, value: attachments?.length ? { ...command, attachments } : command };
  } catch (e) {
    if (e instanceof UserError) return e.toValue();
    throw e;
  }
}

/**
 * `attachments` undefined: the caller will attach files later (or none), so `@k` is checked by `run()`; given (even
 * empty), `@k` beyond them is an error here.
 */
function parseCommandOrThrow(raw: string, limits: Limits, given: Attachment[] | undefined): Command {
  const attachments = given ?? [];
  if (raw.length > limits.maxTextLength)
    throw new UserError('text_too_long', () =>
      t('err.command.tooLong', { length: String(raw.length), max: String(limits.maxTextLength) }),
    );
  const normalized = normalizeTracked(raw);
  const body = sliceTracked(normalized, invocationLength(normalized.text));
  const text = body.text;
  if (text === '' && attachments.length === 0) throw new UserError('empty_command', () => t('err.command.empty'));

  // A word followed by "=" is a label (`A = [[1,2]]`), never a verb.
  const firstWord = LABEL.test(text) ? undefined : /^[A-Za-z?]+(?:-[A-Za-z]+)*(?![\w(=[-])/.exec(text)?.[0];
  let verb = 'product';
  let restStart = 0;
  if (firstWord !== undefined && !SHORT_BUILDER.test(text)) {
    const known = findVerb(firstWord)?.verb;
    if (!known) {
      const close = closestVerb(firstWord.toLowerCase());
      const word = quote(firstWord);
      const at = rawPosition(body, 0);
      throw new UserError('unknown_verb', () =>
        close
          ? t('err.command.unknownVerbClose', { word, at: String(at), close })
          : t('err.command.unknownVerb', { word, at: String(at) }),
      );
    }
    verb = known;
    restStart = firstWord.length;
  }
  const rest = sliceTracked(body, restStart);

  const spec = findVerb(verb)!;
  if (spec.grammar.kind === 'words') {
    const read = verbModule(verb)?.parseWords?.(rest.text, verbContext(limits)) ?? {};
    return { verb, operands: [], ...read };
  }

  const typed = splitOperands(rest.text, (i) => rawPosition(rest, i));
  const { min, max } = spec.grammar;
  const example = (): string => t('err.example', { example: `/hadamard ${spec.examples[0]}` });
  const takes = { verb, min, max };
  // With attachments and no matrix in the text, the files are the operands, in order (DESIGN §11).
  const operands =
    typed.length === 0 && attachments.length > 0 ? attachments.map((_, k) => ({ text: `@${k + 1}` })) : typed;
  if (typed.length === 0 && attachments.length > max)
    throw new UserError(
      'too_many_operands',
      () =>
        t(min === max ? 'err.command.tooManyFilesExact' : 'err.command.tooManyFilesRange', {
          ...takes,
          files: attachments.length,
          example: `${verb} ${Array.from({ length: min }, (_, k) => `@${k + 1}`).join(' ')}`,
        }),
      example,
    );
  for (const o of operands) {
    const ref = /^@(\d+)$/.exec(o.text);
    if (ref && given && Number(ref[1]) > attachments.length)
      throw new UserError('missing_attachment', () =>
        t('err.command.missingFile', { n: Number(ref[1]), files: attachments.length }),
      );
  }
  if (operands.length < min) {
    const got = operands.length;
    throw new UserError(
      'missing_operand',
      () =>
        t(min === 1 ? 'err.command.tooFewOne' : min === max ? 'err.command.tooFewExact' : 'err.command.tooFewAtLeast', {
          ...takes,
          got,
        }),
      example,
    );
  }
  if (operands.length > max) {
    throw new UserError(
      'too_many_operands',
      () =>
        t(min === max ? 'err.command.tooManyExact' : 'err.command.tooManyRange', { ...takes, got: operands.length }),
      example,
    );
  }
  return { verb, operands };
}

/**
 * Splits the operand part into matrix tokens, each one token even with spaces inside.
 * `position(i)` is where character `i` of `text` is in the user's own text (1-based), for errors.
 */
export function splitOperands(text: string, position: (i: number) => number = (i) => i + 1): OperandText[] {
  const out: OperandText[] = [];
  let s = text.trim();
  let expectOperand = true;
  /** Position, in the user's text, of character `i` of what is left (`s`). */
  const at = (i = 0): number => position(text.length - s.length + i);
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
      const labelAt = at();
      label = lm[1];
      s = s.slice(lm[0].length);
      const named = quote(lm[1]);
      if (s.trim() === '' || (LABEL.test(s) && !BUILDER.test(s)))
        throw new UserError(
          'missing_operand',
          () => t('err.command.emptyLabel', { label: named, at: String(labelAt) }),
          () => t('err.example', { example: 'A = [[2,3],[4,1]] B = [[5,6],[7,8]]' }),
        );
    }
    let len: number;
    const ref = /^@\d{1,2}(?![\w.])/.exec(s);
    if (ref) {
      len = ref[0].length;
    } else if (s.startsWith('[')) {
      len = closing(s, '[', ']');
    } else if (BUILDER.test(s)) {
      len = closing(s, '(', ')', s.indexOf('('));
    } else if (SHORT_BUILDER.test(s)) {
      len = SHORT_BUILDER.exec(s)![0].length;
    } else {
      if (s[0] === ']' || s[0] === ')')
        throw new UserError('unbalanced_brackets', () =>
          t('err.brackets.stray', { ch: s[0], at: String(at()), want: s[0] === ']' ? '[' : '(' }),
        );
      const raw = s.split(/\s/)[0];
      const word = quote(raw);
      const wordAt = at();
      if (sep && expectOperand)
        throw new UserError('missing_operand', () => t('err.command.notAMatrix', { word, at: String(wordAt) }));
      if (/^(nan|inf|infinity)$/i.test(raw))
        throw new UserError('not_a_number', () => t('err.command.notFinite', { word, at: String(wordAt) }));
      if (/^-?\d/.test(raw))
        throw new UserError(
          'unknown_word',
          () => t('err.command.bareNumber', { word, at: String(wordAt) }),
          () => t('err.hint.bareNumber'),
        );
      throw new UserError('unknown_word', () => t('err.command.unknownWord', { word, at: String(wordAt) }));
    }
    if (len < 0) {
      checkBrackets(s, () => t('err.where.command'), at);
      const open = s[0];
      const openAt = at();
      throw new UserError('unbalanced_brackets', () => t('err.brackets.neverClosed', { open, at: String(openAt) }));
    }
    const operand = s.slice(0, len);
    // Mismatched brackets inside the operand, reported where the user typed them.
    const n = out.length + 1;
    checkBrackets(operand, () => t('err.where.matrix', { n }), at);
    out.push(label ? { label, text: operand } : { text: operand });
    s = s.slice(len).trimStart();
    expectOperand = false;
  }
  return out;
}

/**
 * The operand at the start of `s` (a bracketed matrix, a builder or an attachment's `@k`, with an optional `X=` label),
 * or null when `s`
 * starts with a word: for verbs that mix words and matrices (`apply window [1,2,3] hann`). A `[` or `(` that is
 * never closed is an error naming where.
 */
export function operandAt(
  s: string,
  position: (i: number) => number = (i) => i + 1,
): { operand: OperandText; length: number } | null {
  let rest = s;
  let label: string | undefined;
  const lm = LABEL.exec(rest);
  if (lm && !BUILDER.test(rest)) {
    label = lm[1];
    rest = rest.slice(lm[0].length);
  }
  const skipped = s.length - rest.length;
  let len: number;
  const ref = /^@\d{1,2}(?![\w.])/.exec(rest);
  if (ref) len = ref[0].length;
  else if (rest.startsWith('[')) len = closing(rest, '[', ']');
  else if (BUILDER.test(rest)) len = closing(rest, '(', ')', rest.indexOf('('));
  else if (SHORT_BUILDER.test(rest)) len = SHORT_BUILDER.exec(rest)![0].length;
  else return null;
  if (len < 0) {
    checkBrackets(
      rest,
      () => t('err.where.command'),
      (i) => position(skipped + i),
    );
    const open = rest[0];
    const openAt = position(skipped);
    throw new UserError('unbalanced_brackets', () => t('err.brackets.neverClosed', { open, at: String(openAt) }));
  }
  const text = rest.slice(0, len);
  checkBrackets(
    text,
    () => t('err.where.aMatrix'),
    (i) => position(skipped + i),
  );
  return { operand: label ? { label, text } : { text }, length: skipped + len };
}

/** Length of the bracketed token starting at `start`, or -1 when it is never closed. */
function closing(s: string, open: string, close: string, start = 0): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === close && --depth === 0) return i + 1;
  }
  return -1;
}

/** The verb (or alias) nearest to a mistyped word, if one is close. */
export function closestVerb(w: string): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const spec of CATALOGUE)
    for (const v of [spec.verb, ...(spec.aliases ?? [])]) {
      // "hadamard" is the command word (normalize.ts), not a verb to suggest.
      if (v === 'hadamard') continue;
      const d = editDistance(w, v);
      if (d < bestD) {
        bestD = d;
        best = spec.verb;
      }
    }
  return best;
}

export { engineError };
