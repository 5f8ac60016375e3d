/**
 * The engine's face. `parseCommand(text)` turns grammar text into a typed Command;
 * `run(command)` computes an Answer (text sections + `data`) and renders its figures, or
 * returns an EngineError value. Pure: no chat library, no http, no process.env.
 *
 * @example
 * const reply = await runText('/hadamard [[2,3],[4,1]] [[5,6],[7,8]]');
 * // reply.ok && reply.data.product → [[10,18],[28,8]]
 */
import { resolveLocale, t, withLocale, type Locale } from './i18n/index.js';
import { armDeadline, disarmDeadline } from './deadline.js';
import { UserError, engineError } from './errors.js';
import { OutOfRange, magnitudeText, withNumberStyle, type NumberStyle } from './numbers/scalar.js';
import { Rational } from './numbers/rational.js';
import { ExponentOverflow } from './numbers/interval.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { parseCommand as parseCommandWithLimits } from './parse/command.js';
import type { Answer, Attachment, Command, EngineError, Figure, Reply, Result, Verb } from './types.js';
import { findVerb, verbContext, verbModule } from './catalogue.js';
import { cardWidthFor, withCardWidth } from './render/width.js';
import {
  attachedImages,
  imageHeaders,
  resolveAttachments,
  type DecodedImage,
  type ImageFile,
} from './parse/attachments.js';
import { fileLabel } from './parse/file-format.js';
import { checkJpeg, withoutColourProfile } from './parse/jpeg-check.js';
import { decodePng } from './parse/png-decode.js';
import type { VerbResult } from './verbs/result.js';

export * from './types.js';
export type * from './data.js';
export {
  CATALOGUE,
  VERBS,
  findVerb,
  verbModule,
  verbSpec,
  type VerbSpec,
  type OptionSpec,
  type VerbModule,
} from './catalogue.js';
export { TOPICS } from './verbs/explain.js';
/** Study groups (DESIGN §9): the seeded question generator and the group verbs' words, for the group service. */
export {
  generateQuiz,
  QUIZ_TOPIC_TEXT,
  seedDefaults,
  QUIZ_LEVELS,
  QUIZ_TOPICS,
  MAX_QUIZ_SEED,
  type QuizChoice,
  type QuizLevel,
  type QuizQuestion,
  type QuizTopic,
} from './quiz/index.js';
export { quizRequestFromArgs, type QuizRequest } from './verbs/quiz.js';
export { MISCONCEPTIONS, misconceptionLabel, type Misconception } from './quiz/misconceptions.js';
export {
  QUIZ_SECONDS,
  SETTINGS,
  SETTING_KEYS,
  settingDescription,
  settingValues,
  type SettingSpec,
} from './verbs/settings.js';
export { QUIZ_ID_PATTERN } from './verbs/group-words.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export { imageMatrix, type DecodedImage } from './parse/attachments.js';

export interface RunOptions {
  limits?: Partial<Limits>;
  /**
   * The clock the work limit is measured on, in ms (default: wall time). A process that runs one command alone (the
   * CLI) may pass its CPU time; the bot's workers share a process, so they keep wall time (and the pool's hard limit).
   */
  clock?: () => number;
  /** Render figures (default true). */
  figures?: boolean;
  /** The figures' card: light (default) or dark, as a channel's `theme` setting (or the local page's look) says. */
  theme?: 'light' | 'dark';
  /**
   * How wide, in CSS px, the figures will be shown (the local page's message column). Narrower than 390 px, they
   * are laid out on a narrower card so their smallest text still shows at 9 px or more there (render/theme.ts
   * `cardWidthFor`); unset, the full 520 px card, drawn for a phone that shows it 400 px wide.
   */
  figureWidth?: number;
  /** Exact fractions as `1/3` (default) or as decimals `0.333333…`, in text and figures (the `numbers` setting). */
  numbers?: NumberStyle;
  /**
   * The language of the answer, as a platform sends it (`es-ES`, `pt-BR`, `fr`, `de`; `qps` the tests' pseudo-locale):
   * English when unset or not spoken. Every verb's words (text, figures, alt text, errors) come from the catalogue.
   */
  locale?: string;
}

/** The language a command is answered in: the asked one when the bot speaks it, else English. */
export function answerLocale(locale: string | undefined): Locale {
  return resolveLocale(locale) ?? 'en';
}

/**
 * Grammar text → Command (or an error value). `attachments` are the files that came with the text: `@1`, `@2` name
 * them, and with no matrix in the text they are the operands, in order (DESIGN §11).
 */
export function parseCommand(text: string, options: RunOptions & { attachments?: Attachment[] } = {}): Result<Command> {
  // help's and explain's own words are in the catalogue (their "no such topic" errors come from parsing).
  return withLocale(resolveLocale(options.locale), () =>
    parseCommandWithLimits(text, { ...DEFAULT_LIMITS, ...options.limits }, options.attachments),
  );
}

/** Computes the verb's result (text + data), without figures. Throws UserError. */
function compute(command: Command, limits: Limits, images?: Map<Attachment, DecodedImage>): VerbResult<unknown> {
  const mod = verbModule(command.verb);
  const verb = command.verb;
  if (!mod) throw new UserError('unknown_verb', () => t('err.engine.unknownVerb', { verb: `"${verb}"` }));
  if (!mod.compute) throw new UserError('needs_channel', () => t('err.engine.needsChannel', { verb }));
  return mod.compute(command, verbContext(limits, images));
}

/**
 * Binds `@k` operands to the command's attachments and decodes its images (asynchronously, before the synchronous
 * compute). Every image's header is checked against the size limits first, so nothing too large is decoded.
 */
async function prepareFiles(
  command: Command,
  limits: Limits,
): Promise<{ command: Command; images?: Map<Attachment, DecodedImage> }> {
  if (!command.attachments?.length && !command.operands.some((o) => o.attachment || /^\s*@\d/.test(o.text)))
    return { command };
  const spec = findVerb(command.verb);
  const grammar = spec?.grammar;
  const takesFiles = grammar?.kind === 'matrices' || (grammar?.kind === 'words' && grammar.files === true);
  const resolved = resolveAttachments(command, limits, takesFiles);
  // A verb that does not take matrices (an image verb) gets every attached image decoded, in `ctx.images`.
  const found = takesFiles ? attachedImages(resolved, limits) : imageHeaders(command.attachments ?? [], limits);
  const images = await decodeImages(found);
  return images.size ? { command: resolved, images } : { command: resolved };
}

/**
 * Decodes images whose headers were checked. A PNG is decoded here, strictly (`png-decode.ts`); a JPEG is checked
 * strictly (`jpeg-check.ts`), then decoded by the canvas module (imported on the first one) without its colour
 * profile, so both give the samples as stored. Throws UserError.
 */
async function decodeImages(found: ImageFile[]): Promise<Map<Attachment, DecodedImage>> {
  const images = new Map<Attachment, DecodedImage>();
  for (const { attachment, format, width, height } of found) {
    if (format === 'png') {
      images.set(attachment, decodePng(attachment));
      continue;
    }
    checkJpeg(attachment);
    const { decodeImage } = await import('./render/image.js');
    try {
      images.set(attachment, await decodeImage(withoutColourProfile(attachment.bytes), width, height));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new UserError(
        'bad_file',
        () => t('err.image.undecodable', { file: fileLabel(attachment), why }),
        () => t('err.hint.image'),
      );
    }
  }
  return images;
}

/**
 * An attached image's pixels, for pixelwise work: the header is read and the size limits applied before anything is
 * decoded (a decompression bomb is refused there). `imageMatrix(image)` views it as numbers in [0, 1].
 *
 * @example
 * const r = await imageFromBytes(png); // r.ok && r.value → { width, height, channels, data }
 */
export async function imageFromBytes(
  bytes: Uint8Array,
  options: { name?: string; limits?: Partial<Limits> } = {},
): Promise<Result<DecodedImage>> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const attachment: Attachment = { name: options.name ?? 'the image', bytes };
  try {
    const images = await decodeImages(imageHeaders([attachment], limits));
    const image = images.get(attachment);
    if (!image) throw new UserError('bad_file', () => t('err.image.notImage', { file: fileLabel(attachment) }));
    return { ok: true, value: image };
  } catch (e) {
    if (e instanceof UserError) return e.toValue();
    throw e;
  }
}

/** Renders the figures of a verb's data (the verb module imports its renderer on first use). */
export async function renderVerbFigures(
  verb: Verb,
  data: unknown,
  options: Pick<RunOptions, 'theme' | 'figureWidth' | 'locale'> = {},
): Promise<Figure[]> {
  const mod = verbModule(verb);
  if (!mod?.figures) return [];
  const figures = mod.figures.bind(mod);
  return withLocale(answerLocale(options.locale), () =>
    withCardWidth(cardWidthFor(options.figureWidth), () => figures(data, { theme: options.theme })),
  );
}

/**
 * Runs a command: parse the operands, compute, render. Never throws for user input: expected
 * failures come back as `{ ok: false, code, message, hint }`.
 */
export async function run(command: Command, options: RunOptions = {}): Promise<Reply> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  // Errors are in the asker's language (UserError.toValue writes the catalogue's messages in it).
  const asked = resolveLocale(options.locale) ?? 'en';
  let prepared: Awaited<ReturnType<typeof prepareFiles>>;
  try {
    prepared = await withLocale(asked, () => prepareFiles(command, limits));
  } catch (e) {
    if (e instanceof UserError) return e.toValue(asked);
    throw e;
  }
  command = prepared.command;
  let result: VerbResult<unknown>;
  armDeadline(limits.maxMillis, clock);
  try {
    const locale = answerLocale(options.locale);
    result = withLocale(locale, () =>
      withNumberStyle(options.numbers, () => compute(command, limits, prepared.images)),
    );
    // Where a comma is the decimal mark, the answer says once that matrices keep `.` (the grammar is one for all).
    if (locale !== 'en' && (findVerb(command.verb)?.grammar.kind === 'matrices' || command.operands.length > 0))
      result.sections.push({ body: withLocale(locale, () => t('note.decimalPoint')) });
  } catch (e) {
    if (e instanceof UserError) return e.toValue(asked);
    const error = withLocale(asked, () => computeError(e));
    if (error) return error;
    throw e;
  } finally {
    disarmDeadline();
  }
  if (clock() - started > limits.maxMillis)
    return withLocale(asked, () =>
      engineError('timeout', t('err.engine.timeout', { seconds: limits.maxMillis / 1000 })),
    );
  const figures =
    options.figures === false
      ? []
      : await renderVerbFigures(
          command.verb,
          options.numbers === 'decimals' ? fractionsAsDecimals(result.data) : result.data,
          { theme: options.theme, figureWidth: options.figureWidth, locale: options.locale },
        );
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

/** A failure of the numbers while computing, as the user's error value, in the current language; else undefined. */
function computeError(e: unknown): EngineError | undefined {
  if (e instanceof OutOfRange) return outOfRangeError(e);
  if (e instanceof ExponentOverflow)
    return engineError('out_of_range', t('err.engine.beyondAnySize', { log: e.log10.toExponential(2) }));
  if (e instanceof RangeError && /Maximum BigInt size|Invalid array length/.test(e.message))
    return engineError('too_large', t('err.engine.grewTooLarge'));
  return undefined;
}

/** A floating quantity beyond the double range, as the user's error value (DESIGN §4). */
function outOfRangeError(e: OutOfRange): EngineError {
  const quantity = e.quantity ?? t('err.outOfRange.aNumber');
  const what = e.entry
    ? t('err.outOfRange.entryOf', { row: String(e.entry.row), col: String(e.entry.col), quantity })
    : quantity;
  const range = t('err.floatRange');
  return engineError(
    'out_of_range',
    Number.isFinite(e.log10)
      ? t('err.outOfRange.about', { what, size: magnitudeText(e.log10), direction: e.direction, range })
      : t('err.outOfRange.leaves', { what, range }),
  );
}

/** The data a figure draws, with every exact fraction "p/q" turned into a number (the `numbers: decimals` style). */
function fractionsAsDecimals(data: unknown): unknown {
  if (typeof data === 'string' && /^-?\d+\/\d+$/.test(data)) {
    const [p, q] = data.split('/');
    return Rational.of(BigInt(p), BigInt(q)).toNumber();
  }
  if (Array.isArray(data)) return data.map(fractionsAsDecimals);
  if (data && typeof data === 'object')
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fractionsAsDecimals(v)]));
  return data;
}

/** parseCommand + run. */
export async function runText(text: string, options: RunOptions = {}): Promise<Reply> {
  const c = parseCommand(text, options);
  if (!c.ok) return c;
  return run(c.value, options);
}

export { answerToMarkdown, answerToText, errorToText, markdownToPlain } from './text.js';
export { stripBidiControls } from './parse/normalize.js';
export { engineError } from './errors.js';
/** LaTeX of an answer (`data.latex`), for the surfaces that offer it: CLI --latex, copy and LaTeX buttons. */
export { answerLatex, latexCodeBlock } from './latex.js';
export { LANGUAGE_NAMES, LOCALES, resolveLocale, t, translator, withLocale, type Locale } from './i18n/index.js';
export { describeOption, describeVerb } from './verbs/help.js';
