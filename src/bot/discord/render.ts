/**
 * Answer → Discord message, and the other pure pieces both Discord paths (the gateway and HTTP interactions) share:
 * the short private texts, the Delete and LaTeX buttons, the operand-size estimate that decides when to defer, and
 * the text after a mention. Knows no connection: what goes out, not how.
 */
import { ActionRowBuilder, AttachmentBuilder, ButtonBuilder, ButtonStyle, type APIEmbed } from 'discord.js';
import { answerLatex, type Answer, type Command } from '../../engine/index.js';
import { translator, type Locale, type Translate } from '../../engine/i18n/index.js';
import type { Outcome } from '../runtime/dispatch.js';

/** Discord's limits (https://discord.com/developers/docs/resources/message). */
export const CONTENT_MAX = 2000;
export const ATTACHMENT_DESCRIPTION_MAX = 1024;
const EMBED_TITLE_MAX = 256;
const EMBED_DESCRIPTION_MAX = 4096;
const FILES_MAX = 10;

/** The overflow file: the whole answer as text, when the content cannot hold every section. */
export const OVERFLOW_FILE = 'answer.txt';
/** The note where an answer goes on in answer.txt, in the answer's language. */
function overflowNote(tr: Translate): string {
  return `\n\n${tr('notice.discord.overflow', { file: OVERFLOW_FILE })}`;
}

/** Button custom id: `hadamard:delete:<asker's user id>`. */
export const DELETE_PREFIX = 'hadamard:delete:';
export const NOT_YOURS = 'Only the person who asked can delete this answer.';
/**
 * Button custom ids of "LaTeX". The LaTeX itself is neither in the id (it rarely fits in 100 characters) nor stored
 * anywhere: a click computes the answer again from what it answered, which the id tells. `hadamard:latex:t:<command
 * text>` carries the command when it fits (slash commands and "Hadamard this" with small operands);
 * `hadamard:latex:r` says "the message this answer replies to" (a mention, fetched again with the bot token, so an
 * edited mention gives the edited answer's LaTeX). An answer that fits neither gets no LaTeX button.
 */
export const LATEX_PREFIX = 'hadamard:latex:';
export const LATEX_REPLY_ID = `${LATEX_PREFIX}r`;
const CUSTOM_ID_MAX = 100;

/** `hadamard:latex:t:<text>` when it fits in a custom id. */
export function latexIdForText(text: string): string | undefined {
  const id = `${LATEX_PREFIX}t:${text.replace(/\s+/g, ' ').trim()}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** A typed Command (a slash command's options) as the grammar text that gives it back. */
export function commandText(c: Command): string {
  const operands = c.operands.map((o) => (o.label ? `${o.label}=${o.text}` : o.text));
  return [c.verb, ...(c.topic !== undefined ? [c.topic] : []), ...operands, ...(c.args ?? [])].join(' ');
}

/** Who may change a channel's settings, in the words a refusal uses. */
export const MANAGE_PERMISSION_NAME = 'the Manage Channels permission';

const COLOUR = 0x2b7a78;

/** What one answer becomes on Discord: the fields of a message create/edit payload. */
export interface DiscordAnswer {
  content: string;
  embeds: APIEmbed[];
  files: AttachmentBuilder[];
  components: ActionRowBuilder<ButtonBuilder>[];
  allowedMentions: { parse: [] };
}

/**
 * Answer → Discord message. Sections are never split: those that do not fit go to answer.txt.
 * The Delete button is the asker's; `null` leaves it out. An answer with LaTeX gets a "LaTeX" button.
 */
export function renderAnswer(
  answer: Answer,
  askerId: string | null,
  options: { latexId?: string; locale?: Locale } = {},
): DiscordAnswer {
  const tr = translator(options.locale);
  const OVERFLOW_NOTE = overflowNote(tr);
  const blocks = answer.sections.map((s) => (s.heading ? `**${s.heading}**\n${s.body}` : s.body));
  const head = answer.summary;
  let content = head;
  let shown = 0;
  for (const block of blocks) {
    const next = `${content}\n\n${block}`;
    const reserve = shown + 1 < blocks.length ? OVERFLOW_NOTE.length : 0;
    if (next.length + reserve > CONTENT_MAX) break;
    content = next;
    shown++;
  }
  const files: AttachmentBuilder[] = [];
  if (shown < blocks.length) {
    content = content.length + OVERFLOW_NOTE.length <= CONTENT_MAX ? content + OVERFLOW_NOTE : OVERFLOW_NOTE.trim();
    const full = [`# ${answer.title}`, answer.summary, ...blocks].join('\n\n') + '\n';
    files.push(
      new AttachmentBuilder(Buffer.from(full, 'utf8'), {
        name: OVERFLOW_FILE,
        description: tr('notice.discord.fullText', { title: answer.title }),
      }),
    );
  }
  if (content.length > CONTENT_MAX) content = content.slice(0, CONTENT_MAX - 1) + '…'; // a summary is one line
  // Files that are not figures (class export's CSV) come first: they are what such an answer is for.
  for (const f of (answer.files ?? []).slice(0, FILES_MAX - files.length))
    files.push(
      new AttachmentBuilder(Buffer.from(f.content, 'utf8'), {
        name: f.name,
        description: clip(f.description, ATTACHMENT_DESCRIPTION_MAX),
      }),
    );
  for (const f of answer.figures.slice(0, FILES_MAX - files.length)) {
    files.push(new AttachmentBuilder(f.png, { name: f.name, description: clip(f.alt, ATTACHMENT_DESCRIPTION_MAX) }));
  }
  const embed: APIEmbed = {
    title: clip(answer.title, EMBED_TITLE_MAX),
    description: clip(answer.summary, EMBED_DESCRIPTION_MAX),
    color: COLOUR,
  };
  const exact = answer.data.exact;
  if (exact === true) embed.footer = { text: tr('notice.discord.exact') };
  else if (exact === false) embed.footer = { text: tr('notice.discord.float') };
  const latexId = answerLatex(answer) !== undefined ? options.latexId : undefined;
  const components = askerId === null && !latexId ? [] : [answerRow(askerId, latexId, tr)];
  return { content, embeds: [embed], files, components, allowedMentions: { parse: [] } };
}

/** A short text message: no embed, no files, no buttons. */
export function note(content: string): DiscordAnswer {
  return { content: clip(content, CONTENT_MAX), embeds: [], files: [], components: [], allowedMentions: { parse: [] } };
}

/** The row under an answer: "LaTeX" when it has some, "Delete" for its asker. */
function answerRow(
  askerId: string | null,
  latexId: string | undefined,
  tr: Translate,
): ActionRowBuilder<ButtonBuilder> {
  const row = new ActionRowBuilder<ButtonBuilder>();
  if (latexId)
    row.addComponents(new ButtonBuilder().setCustomId(latexId).setLabel('LaTeX').setStyle(ButtonStyle.Secondary));
  if (askerId !== null)
    row.addComponents(
      new ButtonBuilder()
        .setCustomId(`${DELETE_PREFIX}${askerId}`)
        .setLabel(tr('notice.discord.delete'))
        .setStyle(ButtonStyle.Secondary),
    );
  return row;
}

/** The short private text for everything that is not an answer. */
export function outcomeText(outcome: Exclude<Outcome, { kind: 'answer' }>): string {
  switch (outcome.kind) {
    case 'error':
      return clip(
        `**${outcome.error.message}**\n${translator(outcome.locale)('notice.try', { hint: codeSpan(outcome.error.hint) })}`,
        CONTENT_MAX,
      );
    case 'rate_limited':
    case 'fault':
    case 'closing':
      return clip(outcome.message, CONTENT_MAX);
  }
}

function codeSpan(s: string): string {
  const one = s.replace(/\s*\n\s*/g, ' ');
  return one.includes('`') ? `\`\` ${one} \`\`` : `\`${one}\``;
}

export function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

const BUILDER = /^\s*(?:(?:hilbert|pascal|eye|ones|zeros|magic)\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)|[IJ](\d+))\s*$/i;

/**
 * A cheap estimate of how many entries a command's operands hold, before any parsing: builders
 * (`hilbert(12)`, `ones(3,4)`, `I5`) by their size, literal matrices by their number of tokens.
 * Only used to decide whether to defer at once; the engine does the real parsing.
 */
export function estimatedCells(c: Command): number {
  let cells = 0;
  for (const o of c.operands) {
    const b = BUILDER.exec(o.text);
    if (b) {
      const m = Number(b[1] ?? b[3]);
      const n = b[2] !== undefined ? Number(b[2]) : m;
      cells += m * n;
    } else {
      cells += (o.text.match(/[^\s,;[\]]+/g) ?? []).length;
    }
  }
  return cells;
}

/** The text after the bot's mention(s), or undefined when the message is not for the bot. */
export function mentionText(content: string, botId: string, isDM: boolean): string | undefined {
  if (!isDM && !new RegExp(`<@!?${botId}>`).test(content)) return undefined;
  return content.replace(new RegExp(`[ \\t]*<@!?${botId}>[ \\t]*`, 'g'), ' ').trim();
}
