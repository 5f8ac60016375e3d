/**
 * The scores figure: the channel's leaderboard as horizontal bars (bar length = points), one row per user, best
 * first, at most ten, with the ranks of the data (players on equal points share one: 1, 1, 3, as the text says);
 * points still pending (answers to rounds not yet closed) extend the bar, hatched, and are said in words. Under each
 * name its accuracy and daily streak. Drawn narrow (480 logical px, shown 400 px wide on a phone its smallest text
 * is still 10 px), legible on the dark card, long names cut with an ellipsis, and a friendly card when nobody has
 * answered yet.
 */
import type { ScoreRow, ScoresData } from '../data.js';
import type { Figure } from '../types.js';
import {
  column,
  flow,
  heading,
  panel,
  renderCard,
  row,
  spacer,
  text,
  textWidth,
  type Box,
  type FigureOptions,
} from './layout.js';
import { CARD_MARGIN, COLORS, FONTS, cardWidth, type FontSpec } from './theme.js';

/** Rows drawn; more are summed up in a line under the chart. */
export const MAX_SCORE_ROWS = 10;
/** The card's logical width (content plus the 22 px margins on each side), narrower when the card width is. */
export const SCORES_CARD_WIDTH = 480;
function contentW(): number {
  return Math.min(SCORES_CARD_WIDTH, cardWidth()) - 2 * CARD_MARGIN;
}
const RANK_W = 28;
const NAME_W = 150;
const GAP = 8;
const POINTS_FONT: FontSpec = { size: 14, bold: true };
const NAME_FONT: FontSpec = { size: 14, bold: true };
const STATS_FONT = FONTS.small;
const BAR_H = 14;

/** The longest prefix of `s` that fits `width` with an ellipsis, or `s` when it fits whole. */
export function fitText(s: string, font: FontSpec, width: number): string {
  if (textWidth(s, font) <= width) return s;
  const chars = [...s];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('') + '…', font) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}

/**
 * The name as the bundled fonts can draw it: emoji (which DejaVu lacks, and would show as empty boxes) are left out,
 * and the user id stands in when nothing else is left. The alt text keeps the name as it is.
 */
export function drawableName(r: Pick<ScoreRow, 'user' | 'name'>): string {
  const name = (r.name ?? '')
    // Pictographs, skin tones, variation selectors, joiners and keycaps: what makes up an emoji sequence.
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name || r.user;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "7 of 9 right (78%)", or "no answers" for 0. */
export function accuracyWords(r: Pick<ScoreRow, 'correct' | 'answered'>): string {
  if (r.answered === 0) return 'no answers';
  return `${points(r.correct)} of ${points(r.answered)} right (${Math.round((100 * r.correct) / r.answered)}%)`;
}

export function streakWords(streak: number): string {
  return streak > 0 ? `streak ${plural(streak, 'day')}` : 'no streak';
}

/** "+10 pending", "1 answer pending", or '' when nothing waits for a round to close. */
export function pendingWords(r: Pick<ScoreRow, 'pending' | 'pendingAnswers'>): string {
  if (r.pending > 0) return `+${points(r.pending)} pending`;
  if (r.pendingAnswers > 0) return `${plural(r.pendingAnswers, 'answer')} pending`;
  return '';
}

/** 12840 → "12,840". */
function points(n: number): string {
  return n.toLocaleString('en-US');
}

function bar(value: number, pending: number, max: number, width: number, first: boolean): Box {
  const w = max > 0 ? Math.max(0, (value / max) * width) : 0;
  const p = max > 0 ? Math.max(0, (pending / max) * width) : 0;
  return {
    w: width,
    h: BAR_H,
    draw(ctx, x, y) {
      ctx.fillStyle = COLORS.grid;
      ctx.fillRect(x, y, width, BAR_H);
      if (p > 0) {
        // Pending points: an outlined, hatched extension (not yet counted), after the counted part.
        ctx.save();
        ctx.beginPath();
        ctx.rect(x + w, y, p, BAR_H);
        ctx.clip();
        ctx.strokeStyle = COLORS.sky;
        ctx.lineWidth = 2;
        for (let k = -BAR_H; k < p + BAR_H; k += 5) {
          ctx.beginPath();
          ctx.moveTo(x + w + k, y + BAR_H);
          ctx.lineTo(x + w + k + BAR_H, y);
          ctx.stroke();
        }
        ctx.restore();
        ctx.strokeStyle = COLORS.blue;
        ctx.lineWidth = 1;
        ctx.strokeRect(x + w + 0.5, y + 0.5, Math.max(1, p - 1), BAR_H - 1);
      }
      if (w > 0) {
        ctx.fillStyle = first ? COLORS.blue : COLORS.sky;
        ctx.fillRect(x, y, w, BAR_H);
      } else if (p === 0) {
        // Zero points: a thin mark on the axis, so the row does not look unfinished.
        ctx.fillStyle = COLORS.border;
        ctx.fillRect(x, y, 2, BAR_H);
      }
    },
  };
}

/** A box in a slot of width `w` (at least its own), drawn at the slot's start. */
function fixedWidth(b: Box, w: number): Box {
  return { w: Math.max(w, b.w), h: b.h, draw: (ctx, x, y) => b.draw(ctx, x, y) };
}

/** A box drawn at the right end of a wider slot (numbers line up on their last digit). */
function alignEnd(b: Box, w: number): Box {
  return { w: Math.max(w, b.w), h: b.h, draw: (ctx, x, y) => b.draw(ctx, x + Math.max(w, b.w) - b.w, y) };
}

function scoreRow(r: ScoreRow, max: number, pointsW: number, first: boolean, you: boolean): Box {
  const barW = contentW() - RANK_W - NAME_W - pointsW - 3 * GAP;
  const name = you
    ? fitText(drawableName(r), NAME_FONT, NAME_W - textWidth(' (you)', NAME_FONT)) + ' (you)'
    : fitText(drawableName(r), NAME_FONT, NAME_W);
  const top = row(
    [
      alignEnd(text(`${r.rank}.`, NAME_FONT, COLORS.muted), RANK_W),
      { ...text(name, NAME_FONT, you ? COLORS.blueText : COLORS.ink), w: NAME_W },
      bar(r.points, r.pending, max, barW, first),
      alignEnd(text(points(r.points), POINTS_FONT, first ? COLORS.blueText : COLORS.ink), pointsW),
    ],
    GAP,
    'center',
  );
  const accuracy = r.answered === 0 && r.pendingAnswers > 0 ? 'nothing counted yet' : accuracyWords(r);
  const words = [accuracy, streakWords(r.streak), pendingWords(r)].filter((w) => w !== '').join(' · ');
  const stats = row([spacer(RANK_W + GAP, 1), text(words, STATS_FONT, COLORS.muted)], 0);
  return column([top, stats], 1);
}

/** Words wrapped to the card's width. */
function paragraph(s: string, font: FontSpec, color: string, width = contentW()): Box {
  return flow(
    s.split(' ').map((w) => text(w, font, color)),
    width,
    Math.ceil(textWidth(' ', font)),
    2,
    'start',
  );
}

function periodWords(p: ScoresData['period']): string {
  return p === 'week' ? 'this week' : 'all time';
}

export async function renderScoresFigure(d: ScoresData, options: FigureOptions = {}): Promise<Figure> {
  const shown = d.scores.slice(0, MAX_SCORE_ROWS);
  const rest = d.scores.length - shown.length;
  const title = heading(
    `Leaderboard, ${periodWords(d.period)}`,
    shown.length
      ? `${plural(d.scores.length, 'player')} · bar length = points`
      : 'points, accuracy and streaks appear here',
  );
  let body: Box;
  let alt: string;
  if (shown.length === 0) {
    body = column(
      [
        title,
        spacer(1, 4),
        panel(
          fixedWidth(
            column(
              [
                text('No answers yet ' + (d.period === 'week' ? 'this week.' : 'in this channel.'), FONTS.label),
                paragraph(
                  'Start a round with /hadamard quiz: every right answer puts you on the board, and a right answer each day builds a streak.',
                  FONTS.body,
                  COLORS.muted,
                  contentW() - 24,
                ),
              ],
              6,
            ),
            contentW() - 24,
          ),
          { fill: COLORS.panel, stroke: COLORS.faint, radius: 8, padding: 12 },
        ),
      ],
      8,
    );
    alt = `Leaderboard, ${periodWords(d.period)}: no answers yet. Start a round with /hadamard quiz.`;
  } else {
    const max = Math.max(0, ...shown.map((r) => r.points + r.pending));
    const pointsW = Math.ceil(Math.max(...shown.map((r) => textWidth(points(r.points), POINTS_FONT)), 24));
    const rows = shown.map((r) => scoreRow(r, max, pointsW, r.rank === 1 && r.points > 0, r.user === d.you));
    const items: Box[] = [title, spacer(1, 2), ...rows];
    if (rest > 0) items.push(text(`and ${plural(rest, 'more player')}`, STATS_FONT, COLORS.muted));
    const anyPending = shown.some((r) => r.pending > 0 || r.pendingAnswers > 0);
    items.push(
      spacer(1, 2),
      paragraph(
        'Accuracy: right answers of all answered. Streak: days in a row with a right answer.' +
          (anyPending ? ' Hatched: points pending until their round closes.' : ''),
        STATS_FONT,
        COLORS.muted,
      ),
    );
    body = column(items, 10);
    alt =
      `Leaderboard, ${periodWords(d.period)}, ${plural(d.scores.length, 'player')}, bar length = points: ` +
      shown
        .map(
          (r) =>
            `${r.rank}. ${r.name ?? r.user}${r.user === d.you ? ' (you)' : ''}: ${plural(r.points, 'point')}${
              pendingWords(r) ? ` (${pendingWords(r)})` : ''
            }, ${accuracyWords(r)}, ${streakWords(r.streak)}`,
        )
        .join('; ') +
      (rest > 0 ? `; and ${plural(rest, 'more player')}.` : '.');
  }
  // A fixed width: the same card for one player or ten, and text that stays readable on a phone.
  return renderCard(fixedWidth(body, contentW()), 'scores.png', alt, options);
}
