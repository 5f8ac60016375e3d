/**
 * Reading the words of the study-group verbs (quiz, answer, reveal, scores, settings, forget-me): splitting, quiz ids
 * and choice ids. These verbs only read words here; the group service answers them with the channel's state
 * (DESIGN §9), so every shape is checked before a command reaches it.
 */
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';

/** Quiz ids: the letter q and 4 to 11 lower-case letters or digits, e.g. `q7k2m9`. */
export const QUIZ_ID_PATTERN = /^q[0-9a-z]{4,11}$/;

/** Choice ids, in display order (a quiz has 3 to 5 choices). */
export const CHOICE_LETTERS = ['a', 'b', 'c', 'd', 'e'] as const;

export const ANSWER_EXAMPLE = '/hadamard answer q7k2m9 b';

/** The words of a command: split on spaces and commas, empty ones dropped. */
export function splitWords(text: string): string[] {
  return text
    .trim()
    .split(/[\s,]+/)
    .filter((w) => w !== '');
}

/** A word with the punctuation people put around ids stripped: `#q7k2m9`, `(b)`, `b)`, `"b".` */
export function bare(word: string): string {
  return word.replace(/^[#("'“‘[]+|[)"'”’\].:;!?]+$/g, '').toLowerCase();
}

export function isQuizId(word: string): boolean {
  return QUIZ_ID_PATTERN.test(bare(word));
}

/** A choice: a letter a–e (any case), or its number 1–5. Undefined when the word is no choice. */
export function choiceOf(word: string): string | undefined {
  const w = bare(word);
  if ((CHOICE_LETTERS as readonly string[]).includes(w)) return w;
  if (/^[1-5]$/.test(w)) return CHOICE_LETTERS[Number(w) - 1];
  return undefined;
}

/** The quiz id in `word`, or a clear error naming the word and the shape of an id. */
export function readQuizId(word: string, example: string): string {
  const w = bare(word);
  if (QUIZ_ID_PATTERN.test(w)) return w;
  throw new UserError('bad_argument', t('quiz.notQuizId', { word: quote(word, 30) }), t('quiz.example', { example }));
}
