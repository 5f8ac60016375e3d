/**
 * Turning a right answer and named mistakes into 3–5 choices: labels kept distinct (a mistake that lands on the right
 * answer, or on an earlier mistake, is dropped and the next one in the list takes its place), ids a, b, c, … in
 * display order, one feedback sentence per choice, and the misconception each wrong choice stands for.
 */
import { currentLocale } from '../i18n/index.js';
import { misconception, type Misconception, type MisconceptionId } from './misconceptions.js';
import type { Rng } from './random.js';
import { RedrawQuestion } from './types.js';

/**
 * A candidate choice: what the button says, the one sentence shown privately when it is picked, and (for a wrong
 * choice) the misconception that sentence names. The right choice's `misconception` is ignored.
 */
export interface Option {
  label: string;
  feedback: string;
  misconception?: MisconceptionId;
}

export interface Assembled {
  choices: { id: string; label: string }[];
  correct: string;
  feedback: Record<string, string>;
  misconceptions: Record<string, Misconception>;
}

export const CHOICE_IDS = ['a', 'b', 'c', 'd', 'e'] as const;

/** Button labels must fit Slack (75 characters) and Discord (80). */
export const MAX_LABEL = 75;

const sameLabel = (label: string): string => label.replace(/\s+/g, ' ').trim().toLowerCase();

function finish(items: { option: Option; right: boolean }[]): Assembled {
  if (items.length < 3) throw new RedrawQuestion(`only ${items.length} distinct choices`);
  if (items.length > CHOICE_IDS.length) throw new Error(`quiz: ${items.length} choices (at most ${CHOICE_IDS.length})`);
  if (items.filter((x) => x.right).length !== 1) throw new Error('quiz: exactly one choice must be right');
  const out: Assembled = { choices: [], correct: '', feedback: {}, misconceptions: {} };
  items.forEach(({ option, right }, i) => {
    // Checked on the English draw, which decides the question (index.ts); a translation does not redraw it.
    if (option.label.length > MAX_LABEL && currentLocale() === 'en')
      throw new RedrawQuestion(`choice label too long: ${option.label}`);
    const id = CHOICE_IDS[i];
    out.choices.push({ id, label: option.label });
    out.feedback[id] = option.feedback;
    if (right) out.correct = id;
    else if (option.misconception) out.misconceptions[id] = misconception(option.misconception);
    else throw new Error(`quiz: the wrong choice "${option.label}" names no misconception`);
  });
  return out;
}

/**
 * Answers that are values (an entry, a trace, an index): the right one and the first `count − 1` distinct mistakes of
 * the list, shuffled by the seed. Fewer than three distinct choices ask for a new draw (each topic supplies spare
 * mistakes, so this is rare; a test runs every topic over many seeds).
 */
export function shuffledChoices(rng: Rng, right: Option, mistakes: Option[], count: number): Assembled {
  const picked = [{ option: right, right: true }];
  const seen = new Set([sameLabel(right.label)]);
  for (const m of mistakes) {
    if (picked.length >= count) break;
    if (seen.has(sameLabel(m.label))) continue;
    seen.add(sameLabel(m.label));
    picked.push({ option: m, right: false });
  }
  return finish(rng.shuffle(picked));
}

/**
 * Answers that read as a list (verdicts, true/false, orderings), shown in the list's order: exactly one of `all` is
 * right, at `rightIndex`; each of the others carries the feedback for the mistake of picking it.
 */
export function listedChoices(all: Option[], rightIndex: number): Assembled {
  const labels = new Set(all.map((o) => sameLabel(o.label)));
  if (labels.size !== all.length) throw new Error('quiz: two listed choices with the same label');
  return finish(all.map((option, i) => ({ option, right: i === rightIndex })));
}
