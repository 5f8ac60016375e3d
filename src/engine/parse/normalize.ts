/**
 * Chat noise, removed before parsing: code fences and backticks, Slack's HTML escapes,
 * smart quotes, non-breaking and other exotic spaces, bidirectional controls, mentions, and the
 * leading command word (`/hadamard`, `hadamard`, or a near miss like `hadamrd`).
 * Every step remembers where each character came from, so errors can point into the user's text.
 */

/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069)
 * and the LRM, RLM and ALM marks. Echoed into an answer, they would reorder the bot's own words.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes bidirectional control characters; for any text shown back to a user. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The normalisation, in order: each pattern (global) and what it becomes. */
const STEPS: [RegExp, string][] = [
  // Code fences and inline backticks. A word right after ``` is the fence's language tag only when a line break
  // follows it (```text⏎…```); on one line (```schur A B```, ```psd [[1,2],[2,1]]```) it is the command's verb.
  [/```(?:[A-Za-z][\w+#.-]*[ \t]*(?=\r?\n))?(?:\r?\n)?/g, ' '],
  [/`/g, ' '],
  // Slack escapes & < > in message text.
  [/&lt;/g, '<'],
  [/&gt;/g, '>'],
  [/&amp;/g, '&'],
  // Smart quotes and primes (harmless: quotes are ignored entirely).
  [/[\u2018\u2019\u201A\u201B\u2032"'\u201C\u201D\u201E\u201F\u2033]/g, ''],
  // Exotic spaces, zero-width characters and bidirectional controls.
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
  [/[\u200B-\u200D\u2060\uFEFF]/g, ''],
  [BIDI_CONTROLS, ''],
  // Full-width brackets, semicolons and commas some keyboards produce.
  [/［/g, '['],
  [/］/g, ']'],
  [/；/g, ';'],
  [/，/g, ','],
  [/（/g, '('],
  [/）/g, ')'],
  [/\r\n?/g, '\n'],
  [/\t/g, ' '],
];

/** Normalised text, and for each of its characters the index it came from in the raw text. */
export interface TrackedText {
  text: string;
  /** `from[i]`: index in the raw text of `text[i]` (a replacement maps to its match's start). */
  from: number[];
  raw: string;
}

function replaceTracked(t: TrackedText, pattern: RegExp, replacement: string): TrackedText {
  pattern.lastIndex = 0;
  const found = pattern.test(t.text);
  pattern.lastIndex = 0; // matchAll starts where test() stopped
  if (!found) return t;
  let text = '';
  const from: number[] = [];
  let last = 0;
  for (const m of t.text.matchAll(pattern)) {
    const at = m.index;
    text += t.text.slice(last, at) + replacement;
    for (let i = last; i < at; i++) from.push(t.from[i]);
    for (let k = 0; k < replacement.length; k++) from.push(t.from[at]);
    last = at + m[0].length;
  }
  text += t.text.slice(last);
  for (let i = last; i < t.text.length; i++) from.push(t.from[i]);
  return { text, from, raw: t.raw };
}

/** `t` from character `start` to `end` (default: the end). */
export function sliceTracked(t: TrackedText, start: number, end = t.text.length): TrackedText {
  return { text: t.text.slice(start, end), from: t.from.slice(start, end), raw: t.raw };
}

function trimTracked(t: TrackedText): TrackedText {
  const start = t.text.length - t.text.trimStart().length;
  return sliceTracked(t, start, Math.max(start, t.text.trimEnd().length));
}

/** Chat noise removed, remembering where each character came from. */
export function normalizeTracked(raw: string): TrackedText {
  let t: TrackedText = { text: raw, from: Array.from({ length: raw.length }, (_, i) => i), raw };
  for (const [pattern, replacement] of STEPS) t = replaceTracked(t, pattern, replacement);
  return trimTracked(t);
}

/**
 * The 1-based position, in characters of the user's raw text, of character `i` of `t`
 * (`i === t.text.length`: just after the end). Characters are code points, so an emoji counts once.
 */
export function rawPosition(t: TrackedText, i: number): number {
  const index = i < t.from.length ? t.from[i] : t.raw.length;
  return [...t.raw.slice(0, index)].length + 1;
}

export function normalizeText(raw: string): string {
  return normalizeTracked(raw).text;
}

/**
 * How far a word may be from "hadamard" and still be taken for it. Every verb and alias is at
 * least 7 edits from "hadamard", so no word is both a near miss of it and of a verb.
 */
const COMMAND_WORD_DISTANCE = 2;

/**
 * Length of the invocation at the start of `t`: bot mentions (`<@U123>`, `<@!123>`,
 * `@hadamard-bot`) and the command word with or without its slash (`/hadamard`, `hadamard`),
 * also misspelt (`hadamrd`, `/hadmard`), with the spaces after them. A word followed by `=` is a
 * label and one followed by `(` a function, never the command word.
 */
export function invocationLength(t: string): number {
  let at = 0;
  for (;;) {
    const s = t.slice(at);
    const m =
      /^<@!?[A-Za-z0-9]+(?:\|[^>]*)?>\s*/.exec(s) ??
      /^[/@]?([A-Za-z]{5,12}?)(?:[-_ ]?bot)?(?![\w(]|\s*=)[:,]?\s*/i.exec(s);
    if (!m || (m[1] !== undefined && !isCommandWord(m[1]))) return at;
    at += m[0].length;
  }
}

/** `hadamard`, or a near miss of it: at most two letters inserted, deleted or changed. */
export function isCommandWord(word: string): boolean {
  return editDistance(word.toLowerCase(), 'hadamard') <= COMMAND_WORD_DISTANCE;
}

/** Levenshtein distance (insertions, deletions, substitutions); long words are simply far. */
export function editDistance(a: string, b: string): number {
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
