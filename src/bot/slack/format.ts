/**
 * Turns the engine's neutral markdown Answer into a Slack message: Block Kit sections of mrkdwn
 * (`**x**` → `*x*`, `& < >` escaped, matrices kept in code blocks), each section ≤ 3,000 characters.
 * Whatever does not fit (a code block longer than a section, too many blocks) is never cut: it is
 * replaced by a short note and the whole answer goes into an attached text file.
 * Quizzes get one button per choice (`block_actions`); a reveal replaces them with a closing line.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { translator, type Locale } from '../../engine/i18n/index.js';
import {
  QUIZ_ID_PATTERN,
  type Answer,
  type EngineError,
  type QuizData,
  type RevealData,
  type ScoresData,
} from '../../engine/index.js';

/** Slack's limit on a section's text. */
export const SLACK_SECTION_LIMIT = 3000;
/** Slack allows 50 blocks per message; we stay well below. */
export const SLACK_MAX_BLOCKS = 40;
/** Slack's limit on a file's alt text. */
export const SLACK_ALT_TEXT_LIMIT = 1000;
/** Slack's limit on a header block's plain text. */
const HEADER_LIMIT = 150;

export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
}

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: boolean };
  value: string;
}

/** An overflow menu (⋮) beside a section: its chosen option's value comes back in `block_actions`. */
export interface SlackOverflow {
  type: 'overflow';
  action_id: string;
  options: { text: { type: 'plain_text'; text: string; emoji: boolean }; value: string }[];
}

export type SlackBlock =
  | { type: 'header'; block_id?: string; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | { type: 'section'; block_id?: string; text: MrkdwnText; accessory?: SlackOverflow }
  | { type: 'context'; block_id?: string; elements: MrkdwnText[] }
  | { type: 'actions'; block_id: string; elements: SlackButton[] };

/** A quiz button's action_id is this prefix and the choice id; its value is `<quizId>:<choiceId>`. */
export const ANSWER_ACTION_PREFIX = 'hadamard_answer_';
/** The message shortcut "Hadamard this" (the manifest declares it with this callback_id). */
export const HADAMARD_THIS_CALLBACK = 'hadamard_this';
/** Slack's limit on a button's text. */
export const SLACK_BUTTON_TEXT_LIMIT = 75;

export interface SlackMessage {
  /** Fallback text (notifications, screen readers). */
  text: string;
  blocks: SlackBlock[];
  /** Present when part of the answer did not fit: the full answer as plain text. */
  attachment?: { filename: string; title: string; content: string };
}

export interface FormatOptions {
  sectionLimit?: number;
  maxBlocks?: number;
  /** The language of the answer (Outcome.locale): the notes about its attached file. English when unset. */
  locale?: Locale;
}

/** Escapes the three characters Slack's mrkdwn reserves. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline conversion of one line outside code blocks: links, inline code, bold, bullets. */
function inlineToMrkdwn(line: string): string {
  let out = '';
  // Split on inline code spans and markdown links, which are converted without touching their insides.
  const re = /(`[^`]+`)|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let last = 0;
  const plain = (s: string) => escapeMrkdwn(s).replace(/\*\*(.+?)\*\*/g, '*$1*');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    out += plain(line.slice(last, m.index));
    if (m[1]) out += escapeMrkdwn(m[1]);
    else out += `<${m[3]}|${escapeMrkdwn(m[2]).replace(/\|/g, '¦')}>`;
    last = m.index + m[0].length;
  }
  out += plain(line.slice(last));
  return out
    .replace(/^(\s*)[-*] /, '$1• ')
    .replace(/^#{1,6}\s+(.*)$/, (_m, h: string) => `*${h.replace(/^\*(.*)\*$/, '$1')}*`);
}

/**
 * Splits neutral markdown into units that must not be cut: each fenced code block is one unit
 * (converted to a Slack code block), every other line is its own unit.
 */
export function mrkdwnUnits(neutral: string): { text: string; code: boolean }[] {
  const units: { text: string; code: boolean }[] = [];
  const lines = neutral.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^\s*```/.exec(lines[i]);
    if (!fence) {
      units.push({ text: inlineToMrkdwn(lines[i]), code: false });
      continue;
    }
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j])) body.push(lines[j++]);
    // Slack shows a language tag after ``` literally, so it is dropped.
    units.push({ text: '```\n' + escapeMrkdwn(body.join('\n')) + '\n```', code: true });
    i = j;
  }
  return units;
}

/** Neutral markdown → Slack mrkdwn (no length limit applied). */
export function toMrkdwn(neutral: string): string {
  return mrkdwnUnits(neutral)
    .map((u) => u.text)
    .join('\n');
}

/** Splits a long prose line at spaces into pieces ≤ limit (prose may be wrapped; code may not). */
function splitProse(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(' ', limit);
    if (cut <= 0) cut = limit;
    // Never leave a dangling entity like "&am" at a cut.
    const amp = rest.lastIndexOf('&', cut);
    if (amp > cut - 6 && rest.indexOf(';', amp) >= cut) cut = amp > 0 ? amp : cut;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Packs mrkdwn units into section texts of at most `limit` characters. A code block longer than
 * the limit is not cut: it is replaced by `tooLong` and reported through `overflow`.
 */
export function packSections(
  units: { text: string; code: boolean }[],
  limit: number,
  tooLong: string,
): { texts: string[]; overflow: boolean } {
  const texts: string[] = [];
  let overflow = false;
  let current = '';
  const push = (piece: string) => {
    if (current === '') current = piece;
    else if (current.length + 1 + piece.length <= limit) current += '\n' + piece;
    else {
      texts.push(current);
      current = piece;
    }
  };
  for (const u of units) {
    if (u.text.length <= limit) push(u.text);
    else if (u.code) {
      overflow = true;
      push(tooLong);
    } else for (const p of splitProse(u.text, limit)) push(p);
  }
  if (current.trim() !== '') texts.push(current);
  return { texts, overflow };
}

/** The answer as plain text, as it goes into the attached file. */
export function answerPlainText(answer: Answer): string {
  const parts = [answer.title, '', answer.summary];
  for (const s of answer.sections) {
    parts.push('');
    if (s.heading) parts.push(s.heading, '');
    parts.push(s.body.replace(/\*\*(.+?)\*\*/g, '$1'));
  }
  return parts.join('\n') + '\n';
}

const ATTACHMENT_NAME = 'hadamard-answer.txt';

/** Renders an Answer as a Slack message within Slack's limits. */
export function answerToSlack(answer: Answer, options: FormatOptions = {}): SlackMessage {
  const limit = options.sectionLimit ?? SLACK_SECTION_LIMIT;
  const maxBlocks = options.maxBlocks ?? SLACK_MAX_BLOCKS;
  const tr = translator(options.locale);
  const tooLong = tr('notice.slack.tooLong', { file: ATTACHMENT_NAME });
  const title = answer.title.length > HEADER_LIMIT ? answer.title.slice(0, HEADER_LIMIT - 1) + '…' : answer.title;
  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: title, emoji: true } }];
  let overflow = false;
  const addSections = (neutral: string) => {
    const packed = packSections(mrkdwnUnits(neutral), limit, tooLong);
    overflow ||= packed.overflow;
    for (const text of packed.texts) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  };
  addSections(answer.summary);
  for (const s of answer.sections) addSections(s.heading ? `**${s.heading}**\n${s.body}` : s.body);
  if (blocks.length > maxBlocks) {
    blocks.length = maxBlocks - 1;
    overflow = true;
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: tr('notice.slack.continued', { file: ATTACHMENT_NAME }) },
    });
  }
  const message: SlackMessage = { text: `${escapeMrkdwn(answer.title)}: ${toMrkdwn(answer.summary)}`, blocks };
  const names = mentionNames(answer);
  if (names) {
    message.text = restoreMentions(message.text, names);
    for (const b of blocks) if (b.type === 'section') b.text.text = restoreMentions(b.text.text, names);
  }
  if (overflow)
    message.attachment = {
      filename: ATTACHMENT_NAME,
      title: tr('notice.fullText', { title: answer.title }),
      content: answerPlainText(answer),
    };
  return message;
}

/** An engine error as a private Slack message: what was wrong, and a correct example. */
export function errorToSlack(error: EngineError, locale?: Locale): { text: string; blocks: SlackBlock[] } {
  const hint = error.hint.trim();
  const hintText = /^\/hadamard\b/.test(hint) && !hint.includes('`') ? '`' + escapeMrkdwn(hint) + '`' : toMrkdwn(hint);
  const text = `:warning: ${toMrkdwn(error.message)}`;
  const tryLine = translator(locale)('notice.try', { hint: hintText });
  return {
    text: `${text}\n${tryLine}`.slice(0, SLACK_SECTION_LIMIT),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: text.slice(0, SLACK_SECTION_LIMIT) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: tryLine.slice(0, SLACK_SECTION_LIMIT) }] },
    ],
  };
}

/** A short private notice (rate limit, fault, restart). */
export function noticeToSlack(message: string, emoji = ':hourglass_flowing_sand:'): { text: string } {
  return { text: `${emoji} ${escapeMrkdwn(message)}` };
}

/** Slack's alt text limit, respected without cutting a word in half where possible. */
export function altText(alt: string): string {
  if (alt.length <= SLACK_ALT_TEXT_LIMIT) return alt;
  const cut = alt.lastIndexOf(' ', SLACK_ALT_TEXT_LIMIT - 1);
  return alt.slice(0, cut > 0 ? cut : SLACK_ALT_TEXT_LIMIT - 1) + '…';
}

/**
 * The answers whose text the bot writes from user ids (a reveal's winners, a leaderboard) may show users: the
 * service writes them as `<@U123>`. Every other answer escapes `<`, so nobody is pinged through what a user typed.
 * A leaderboard shows names when the adapter found them (asking for scores should not ping ten people); a reveal
 * mentions the winners.
 */
function mentionNames(answer: Answer): Record<string, string> | undefined {
  if (answer.verb === 'reveal') return {};
  if (answer.verb !== 'scores') return undefined;
  const names: Record<string, string> = {};
  for (const r of (answer.data as unknown as ScoresData).scores ?? []) if (r.name) names[r.user] = r.name;
  return names;
}

/** `&lt;@U123&gt;` (an escaped user id the service wrote) → a Slack mention, or the user's name when known. */
function restoreMentions(text: string, names: Record<string, string>): string {
  return text.replace(/&lt;@([UW][A-Z0-9]{2,20})&gt;/g, (_m, id: string) =>
    names[id] ? escapeMrkdwn(names[id]) : `<@${id}>`,
  );
}

/** A button's text within Slack's 75 characters. */
function buttonText(text: string): string {
  return text.length <= SLACK_BUTTON_TEXT_LIMIT ? text : text.slice(0, SLACK_BUTTON_TEXT_LIMIT - 1) + '…';
}

/** A quiz: the question as an answer, then one button per choice carrying `<quizId>:<choiceId>`. */
export function quizToSlack(answer: Answer, quiz: Pick<QuizData['quiz'], 'id' | 'choices'>): SlackMessage {
  const message = answerToSlack(answer);
  message.blocks.push({
    type: 'actions',
    block_id: `hadamard_quiz_${quiz.id}`,
    elements: quiz.choices.map((c) => ({
      type: 'button',
      action_id: `${ANSWER_ACTION_PREFIX}${c.id}`,
      text: { type: 'plain_text', text: buttonText(`${c.id}) ${c.label}`), emoji: true },
      value: `${quiz.id}:${c.id}`,
    })),
  });
  return message;
}

/**
 * The choices of a round as the answering user alone sees them, theirs marked (and, once revealed to them, as in a
 * practice round, the right one ticked): a context block under their private feedback.
 */
export function markedChoicesBlock(
  marked: { choice: string; choices: { id: string; label: string }[]; locale?: Locale },
  correct?: string,
): SlackBlock {
  const tr = translator(marked.locale);
  const lines = marked.choices.map((c) => {
    const mine = c.id === marked.choice;
    const mark = c.id === correct ? ':white_check_mark:' : mine ? ':large_blue_circle:' : ':white_circle:';
    const label = `${c.id}) ${escapeMrkdwn(c.label)}`;
    return `${mark} ${mine ? tr('quiz.yourAnswerMark', { choice: `*${label}*` }) : label}`;
  });
  return { type: 'context', elements: [{ type: 'mrkdwn', text: lines.join('\n') }] };
}

/** A button's value back into the quiz and the choice; undefined when it is not one of ours. */
export function parseChoiceValue(value: string | undefined): { quizId: string; choice: string } | undefined {
  const [quizId = '', choice = '', ...rest] = (value ?? '').split(':');
  return QUIZ_ID_PATTERN.test(quizId) && /^[a-z]$/.test(choice) && rest.length === 0 ? { quizId, choice } : undefined;
}

/**
 * The reveal that replaces the question message: the answer (the right choice, who got it, the tally, why, the
 * worked command), and where the buttons were, a closing line that marks the right choice.
 */
export function revealToSlack(answer: Answer, locale?: Locale): SlackMessage {
  const message = answerToSlack(answer);
  const r = (answer.data as unknown as Partial<RevealData>).reveal;
  if (r) {
    const tr = translator(locale);
    const values = {
      choice: `*${r.correctChoice})*`,
      label: escapeMrkdwn(r.correctLabel),
      right: String(r.correctCount),
      answered: String(r.answered),
    };
    const line =
      r.closedBy === 'time'
        ? answer.figures.length > 0
          ? tr('quiz.closedByTimeFigure', values)
          : tr('quiz.closedByTime', values)
        : answer.figures.length > 0
          ? tr('quiz.revealedEarlyFigure', values)
          : tr('quiz.revealedEarly', values);
    message.blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `:white_check_mark: ${line}` }],
    });
  }
  return message;
}

/** Where a posted message is, as the group service keeps it (`attachMessage`): `channel:ts`, or `channel:ts:thread`. */
export interface MessageRef {
  channel: string;
  ts: string;
  threadTs?: string;
}

export function formatMessageRef(ref: MessageRef): string {
  return [ref.channel, ref.ts, ...(ref.threadTs ? [ref.threadTs] : [])].join(':');
}

export function parseMessageRef(ref: string | null | undefined): MessageRef | undefined {
  const m = /^([A-Z0-9]+):(\d+\.\d+)(?::(\d+\.\d+))?$/.exec(ref ?? '');
  return m ? { channel: m[1], ts: m[2], ...(m[3] ? { threadTs: m[3] } : {}) } : undefined;
}

// ---- "LaTeX" (the overflow menu of an answer) ----

/** The overflow menu's action: reply privately with the answer's LaTeX. */
export const LATEX_ACTION = 'hadamard_latex';
/** Slack's limits: an option's value, a block's id (255; chunks leave room for the `hx<i>.` prefix). */
const OPTION_VALUE_LIMIT = 150;
const BLOCK_ID_CHUNK = 240;
/** The command text is at most this long once inflated (the grammar's own input limit is far below). */
const SOURCE_LIMIT = 16_384;

/**
 * Gives a public answer its "LaTeX" overflow item. The LaTeX is not kept anywhere: the item carries the command
 * (deflated, base64url), and choosing it re-runs the command (the engine is deterministic) and replies with the
 * LaTeX privately. Short commands fit in the option's value (150 characters); longer ones are spread over the
 * message's block ids (`hx<i>.<chunk>`, 240 characters each), which Slack sends back with the message. Nothing goes
 * into the database; the command is already in Slack (the user's message, or the "asked" line). Returns false (no
 * item) when the message has too few blocks to carry it.
 */
export function withLatexAction(message: SlackMessage, source: string): boolean {
  const first = message.blocks.find((b) => b.type === 'section');
  if (!first || first.type !== 'section' || first.accessory) return false;
  const packed = deflateRawSync(Buffer.from(source, 'utf8'), { level: 9 }).toString('base64url');
  let value: string;
  if (packed.length + 3 <= OPTION_VALUE_LIMIT) value = `v1:${packed}`;
  else {
    const n = Math.ceil(packed.length / BLOCK_ID_CHUNK);
    const free = message.blocks.filter((b) => b.type !== 'actions' && !b.block_id);
    if (n > free.length) return false;
    for (let i = 0; i < n; i++)
      (free[i] as { block_id?: string }).block_id =
        `hx${i}.${packed.slice(i * BLOCK_ID_CHUNK, (i + 1) * BLOCK_ID_CHUNK)}`;
    value = `b1:${n}`;
  }
  first.accessory = {
    type: 'overflow',
    action_id: LATEX_ACTION,
    options: [{ text: { type: 'plain_text', text: 'LaTeX', emoji: false }, value }],
  };
  return true;
}

/** The command a "LaTeX" item carries (its value, or the block ids of the message it sits on); undefined if garbled. */
export function latexSourceOf(value: string | undefined, blocks: unknown): string | undefined {
  let packed: string | undefined;
  const v = /^v1:([A-Za-z0-9_-]+)$/.exec(value ?? '');
  const b = /^b1:(\d{1,2})$/.exec(value ?? '');
  if (v) packed = v[1];
  else if (b && Array.isArray(blocks)) {
    const n = Number(b[1]);
    const chunks: string[] = [];
    for (const block of blocks as { block_id?: unknown }[]) {
      const m = /^hx(\d{1,2})\.([A-Za-z0-9_-]+)$/.exec(typeof block?.block_id === 'string' ? block.block_id : '');
      if (m && Number(m[1]) < n) chunks[Number(m[1])] = m[2];
    }
    if (chunks.length === n && chunks.every((c) => c !== undefined)) packed = chunks.join('');
  }
  if (!packed) return undefined;
  try {
    return inflateRawSync(Buffer.from(packed, 'base64url'), { maxOutputLength: SOURCE_LIMIT }).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Slack truncates a message's text past 40,000 characters. */
const MESSAGE_TEXT_LIMIT = 39_000;

/** The LaTeX as a private reply: a code block (Slack's fences take no language), `& < >` escaped as mrkdwn needs. */
export function latexToSlack(latex: string, locale?: Locale): { text: string } {
  const body = escapeMrkdwn(latex).replace(/```/g, '` ` `');
  if (body.length > MESSAGE_TEXT_LIMIT) return { text: translator(locale)('notice.slack.latexTooLong') };
  return { text: '```\n' + body + '\n```' };
}
