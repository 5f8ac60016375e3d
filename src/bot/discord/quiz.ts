/**
 * The study-group pieces of the Discord adapter that are pure: quiz buttons and their custom ids, the buttons of a
 * revealed question (all disabled, the right one green), the choices with the user's own marked (privately), message references as the store keeps them, and a
 * Discord message payload turned into a REST body with its files (for the channel-message edits discord.js has no
 * cached channel for).
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type APIEmbed,
  type AttachmentBuilder,
  type RawFile,
} from 'discord.js';

/** Button custom id of a quiz choice: `hadamard:answer:<quizId>:<choiceId>`. */
export const ANSWER_PREFIX = 'hadamard:answer:';
/** Discord's limits on buttons (https://discord.com/developers/docs/components/reference#button). */
export const BUTTON_LABEL_MAX = 80;
export const CUSTOM_ID_MAX = 100;
const BUTTONS_PER_ROW = 5;

export function answerCustomId(quizId: string, choiceId: string): string {
  const id = `${ANSWER_PREFIX}${quizId}:${choiceId}`;
  if (id.length > CUSTOM_ID_MAX) throw new Error(`custom id longer than ${CUSTOM_ID_MAX}: ${id.slice(0, 40)}…`);
  return id;
}

/** `hadamard:answer:q1234567:b` → its quiz and choice ids; undefined for anything else. */
export function parseAnswerCustomId(customId: string): { quizId: string; choiceId: string } | undefined {
  if (!customId.startsWith(ANSWER_PREFIX)) return undefined;
  const m = /^([a-z0-9]+):([a-z0-9]+)$/.exec(customId.slice(ANSWER_PREFIX.length));
  return m ? { quizId: m[1], choiceId: m[2] } : undefined;
}

/** `a) label`, clipped to a button's 80 characters. */
export function choiceLabel(choiceId: string, label: string, mark = ''): string {
  const text = `${mark}${choiceId}) ${label.replace(/\s+/g, ' ').trim()}`;
  return text.length <= BUTTON_LABEL_MAX ? text : text.slice(0, BUTTON_LABEL_MAX - 1) + '…';
}

export interface Choice {
  id: string;
  label: string;
}

function rows(buttons: ButtonBuilder[]): ActionRowBuilder<ButtonBuilder>[] {
  const out: ActionRowBuilder<ButtonBuilder>[] = [];
  for (let k = 0; k < buttons.length; k += BUTTONS_PER_ROW)
    out.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons.slice(k, k + BUTTONS_PER_ROW)));
  return out;
}

/** One button per choice, for an open round. */
export function quizComponents(quizId: string, choices: Choice[]): ActionRowBuilder<ButtonBuilder>[] {
  return rows(
    choices.map((c) =>
      new ButtonBuilder()
        .setCustomId(answerCustomId(quizId, c.id))
        .setLabel(choiceLabel(c.id, c.label))
        .setStyle(ButtonStyle.Primary),
    ),
  );
}

/**
 * The buttons of a closed round: the same choices, every one disabled, the right one green and ticked (the tick is
 * there for those who cannot tell green from grey), the others grey.
 */
export function revealComponents(
  quizId: string,
  choices: Choice[],
  correct: string,
): ActionRowBuilder<ButtonBuilder>[] {
  return rows(
    choices.map((c) =>
      new ButtonBuilder()
        .setCustomId(answerCustomId(quizId, c.id))
        .setLabel(choiceLabel(c.id, c.label, c.id === correct ? '✓ ' : ''))
        .setStyle(c.id === correct ? ButtonStyle.Success : ButtonStyle.Secondary)
        .setDisabled(true),
    ),
  );
}

/**
 * The choices as the answering user alone sees them, under their private feedback: all disabled, theirs blue and
 * marked with a dot; where the right one is known to them (a practice round answered), it is green and ticked.
 */
export function markedComponents(
  quizId: string,
  marked: { choice: string; choices: Choice[] },
  correct?: string,
): ActionRowBuilder<ButtonBuilder>[] {
  return rows(
    marked.choices.map((c) => {
      const mine = c.id === marked.choice;
      const right = c.id === correct;
      return new ButtonBuilder()
        .setCustomId(answerCustomId(quizId, c.id))
        .setLabel(choiceLabel(c.id, c.label, right ? '✓ ' : mine ? '● ' : ''))
        .setStyle(right ? ButtonStyle.Success : mine ? ButtonStyle.Primary : ButtonStyle.Secondary)
        .setDisabled(true);
    }),
  );
}

/**
 * Where a question message is, as the store keeps it: `<channel id>:<message id>`; where only the quiz's own
 * interaction can edit it (the app user-installed, outside the server), also `:<expiry ms>:<interaction token>`, so
 * that whichever instance closes the round can edit it while the token lives (15 minutes). Ids and a short-lived
 * token only, never message text.
 */
export function messageRef(channelId: string, messageId: string, via?: { token: string; until: number }): string {
  return via ? `${channelId}:${messageId}:${via.until}:${via.token}` : `${channelId}:${messageId}`;
}

export function parseMessageRef(
  ref: string | null | undefined,
): { channelId: string; messageId: string; token?: string; until?: number } | undefined {
  const m = /^(\d+):(\d+)(?::(\d+):([A-Za-z0-9._-]+))?$/.exec(ref ?? '');
  if (!m) return undefined;
  return m[3] !== undefined
    ? { channelId: m[1], messageId: m[2], until: Number(m[3]), token: m[4] }
    : { channelId: m[1], messageId: m[2] };
}

/** The message fields the adapter sends (renderAnswer's result, or a note). */
export interface MessagePayload {
  content: string;
  embeds: APIEmbed[];
  files: AttachmentBuilder[];
  components: ActionRowBuilder<ButtonBuilder>[];
}

/**
 * A payload as a REST body and files, for `PATCH /channels/{c}/messages/{m}` (or a POST). `attachments` lists only
 * the new files, so an edit replaces whatever the message carried; components and embeds are replaced too.
 */
export function restMessage(
  payload: MessagePayload,
  extra: Record<string, unknown> = {},
): { body: Record<string, unknown>; files: RawFile[] } {
  const files: RawFile[] = payload.files.map((f, k) => ({
    key: `files[${k}]`,
    name: f.name ?? `file-${k}`,
    data: f.attachment as Buffer,
  }));
  return {
    body: {
      content: payload.content,
      embeds: payload.embeds,
      components: payload.components.map((r) => r.toJSON()),
      attachments: payload.files.map((f, k) => ({
        id: k,
        filename: f.name ?? `file-${k}`,
        ...(f.description ? { description: f.description } : {}),
      })),
      allowed_mentions: { parse: [] },
      ...extra,
    },
    files,
  };
}
