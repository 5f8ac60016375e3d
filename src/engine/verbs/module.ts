/**
 * What a verb is: its catalogue entry (`spec`: name, grammar, options, examples) and, in the same module, how its
 * words are read, what it computes and what it draws. The catalogue (`../catalogue.ts`) lists the modules; the
 * parser, `run()`, `help`, Discord's JSON and the Slack manifest look verbs up there, so adding a verb is one module
 * plus its line in that list (DESIGN §1).
 */
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Limits } from '../limits.js';
import type { DecodedImage } from '../parse/attachments.js';
import type { Attachment, Command, Figure } from '../types.js';
import { parseOperands, type Operands } from './operands.js';
import type { VerbResult } from './result.js';

export interface OptionSpec {
  /** Discord option name (lower case, ≤ 32 chars). */
  name: string;
  description: string;
  required: boolean;
  /** Fixed choices (explain topics, help verbs, quiz levels). */
  choices?: readonly string[];
  /**
   * `matrix` (the default): an operand. `word`: a word of a study-group verb (quiz topic, quiz id, setting value):
   * the word options' values, in order, are the text the verb's `parseWords` reads into the command's args.
   */
  kind?: 'matrix' | 'word';
  /**
   * A word option that takes every word left, spaces included (the last option of a verb only): the command a
   * `schedule` runs. Discord gives it a longer text field.
   */
  rest?: boolean;
}

/** How the words after the verb are read. */
export type VerbGrammar =
  | {
      kind: 'matrices';
      min: number;
      max: number;
      /** Labels when the user gives none (default A, B, C, …). */
      labels?: readonly string[];
    }
  /**
   * Words (and matrices among them) that the verb reads itself. `files`: attached files, when the text names no
   * matrix, are its operands in order (as for verbs that take matrices).
   */
  | { kind: 'words'; files?: boolean };

export interface VerbSpec {
  verb: string;
  /** Other words that name this verb (`mul` for product). */
  aliases?: readonly string[];
  /** ≤ 100 characters (Discord's limit for descriptions). */
  description: string;
  /** Grammar line, as in DESIGN §3. */
  usage: string;
  grammar: VerbGrammar;
  options: readonly OptionSpec[];
  /** Full command texts (without the leading `/hadamard`) that run and succeed. */
  examples: readonly string[];
  /** More about the verb for `help <verb>` (neutral markdown): rules the usage line cannot say. */
  notes?: string;
  /**
   * A study-group verb: it needs the channel's shared state (rounds, scores, settings), so the group service
   * answers it, not `run()` (DESIGN §9).
   */
  group?: boolean;
}

/** What every verb's code may use besides its command. */
export interface VerbContext {
  limits: Limits;
  /** Every verb's spec (help and suggestions need them; passing them in keeps modules free of import cycles). */
  catalogue: readonly VerbSpec[];
  /**
   * The command's attached images, decoded by `run()` before computing (decoding is asynchronous, computing is not),
   * by attachment: matrix operands read their gray levels from here, an image verb its pixels.
   */
  images?: ReadonlyMap<Attachment, DecodedImage>;
}

export interface VerbModule<D = unknown> {
  spec: VerbSpec;
  /**
   * `words` verbs: the text after the verb → the command's `topic` and `args`, and for a verb that mixes words and
   * matrices (`apply`) its `operands`. Throws UserError.
   */
  parseWords?(words: string, ctx: VerbContext): Partial<Pick<Command, 'topic' | 'args' | 'operands'>>;
  /** Pure verbs: the computation. Throws UserError (expected failures) and OutOfRange. */
  compute?(command: Command, ctx: VerbContext): VerbResult<D>;
  /**
   * The figures of the verb's data; render modules are imported lazily here, so the canvas loads on first use.
   * Laid out for the card width `renderVerbFigures` sets (render/width.ts).
   */
  figures?(data: D, options?: { theme?: 'light' | 'dark' }): Promise<Figure[]>;
}

/**
 * The compute of a verb on matrices: checks the operand count against the spec (and the limits), parses the operands
 * (exact or floating, with the limits) and hands them to `fn`.
 */
export function onMatrices<D>(
  spec: VerbSpec,
  fn: (o: Operands) => VerbResult<D>,
): (command: Command, ctx: VerbContext) => VerbResult<D> {
  return (command, { limits, images }) => {
    if (spec.grammar.kind !== 'matrices') throw new Error(`${spec.verb} does not take matrices`);
    const min = spec.grammar.min;
    const max = Math.min(spec.grammar.max, limits.maxOperands);
    const ops = command.operands;
    const verb = spec.verb;
    if (ops.length < min)
      throw new UserError(
        'missing_operand',
        `${verb} needs ${min === max ? `exactly ${min}` : `at least ${min}`} ${min === 1 ? 'matrix' : 'matrices'}; got ${ops.length}`,
        `Example: /hadamard ${spec.examples[0]}`,
      );
    if (ops.length > max)
      throw new UserError(
        'too_many_operands',
        `${verb} takes at most ${max} ${max === 1 ? 'matrix' : 'matrices'}; got ${ops.length}`,
        `Example: /hadamard ${spec.examples[0]}`,
      );
    const totalText = ops.reduce((s, o) => s + (o.attachment ? 0 : o.text.length), 0);
    if (totalText > limits.maxTextLength)
      throw new UserError(
        'text_too_long',
        `the matrices are ${totalText} characters long; the limit is ${limits.maxTextLength}`,
      );
    const operands = parseOperands(ops, limits, spec.grammar.labels ? [...spec.grammar.labels] : undefined, images);
    const result = fn(operands);
    const files = filesNote(operands);
    return files ? { ...result, sections: [...result.sections, { body: files }] } : result;
  };
}

/** Which operands came from files, with their shapes: "A is a.csv (256×256)." (null when none did). */
function filesNote(o: Operands): string | null {
  const named = o.files
    .map((f, i) =>
      f ? t('note.fromFile', { label: o.labels[i], file: f, shape: `${o.mats[i].rows}×${o.mats[i].cols}` }) : null,
    )
    .filter((x): x is string => x !== null);
  return named.length ? t('note.fromFiles', { list: named.join(t('note.listSeparator')) }) : null;
}

/** How a matrix option is described to Discord users. */
export const MATRIX_HINT = 'e.g. [[2,3],[4,1]] or [2 3; 4 1]';
