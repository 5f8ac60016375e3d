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
import { t } from '../i18n/index.js';
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

/** "7 of 9 right (78%)", or "no answers" for 0. */
export function accuracyWords(r: Pick<ScoreRow, 'correct' | 'answered'>): string {
  if (r.answered === 0) return t('scores.fig.noAnswers');
  return t('scores.fig.accuracy', {
    correct: points(r.correct),
    answered: points(r.answered),
    pct: Math.round((100 * r.correct) / r.answered),
  });
}

export function streakWords(streak: number): string {
  return streak > 0 ? t('scores.fig.streak', { n: streak }) : t('scores.fig.noStreak');
}

/** "+10 pending", "1 answer pending", or '' when nothing waits for a round to close. */
export function pendingWords(r: Pick<ScoreRow, 'pending' | 'pendingAnswers'>): string {
  if (r.pending > 0) return t('scores.fig.pendingPoints', { points: points(r.pending) });
  if (r.pendingAnswers > 0) return t('scores.fig.pendingAnswers', { n: r.pendingAnswers });
  return '';
}

/** 12840 → "12,840" (numbers are written the same in every language). */
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
  const mark = ` ${t('scores.fig.you')}`;
  const name = you
    ? fitText(drawableName(r), NAME_FONT, NAME_W - textWidth(mark, NAME_FONT)) + mark
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
  const accuracy = r.answered === 0 && r.pendingAnswers > 0 ? t('scores.nothingCounted') : accuracyWords(r);
  const words = [accuracy, streakWords(r.streak), pendingWords(r)].filter((w) => w !== '').join(' · ');
  const stats = row([spacer(RANK_W + GAP, 1), line(words, STATS_FONT, COLORS.muted, contentW() - RANK_W - GAP)], 0);
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

/** One line of text when it fits `width` (as drawn before languages), else wrapped (longer words, other languages). */
function line(s: string, font: FontSpec, color: string, width = contentW()): Box {
  return textWidth(s, font) <= width ? text(s, font, color) : paragraph(s, font, color, width);
}

function periodWords(p: ScoresData['period']): string {
  return p === 'week' ? t('scores.when.week') : t('scores.when.all');
}

export async function renderScoresFigure(d: ScoresData, options: FigureOptions = {}): Promise<Figure> {
  const shown = d.scores.slice(0, MAX_SCORE_ROWS);
  const rest = d.scores.length - shown.length;
  const title = heading(
    t('scores.title', { when: periodWords(d.period) }),
    shown.length ? t('scores.fig.subtitle', { n: d.scores.length }) : t('scores.fig.subtitleEmpty'),
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
                line(
                  d.period === 'week' ? t('scores.fig.emptyWeek') : t('scores.fig.emptyAll'),
                  FONTS.label,
                  COLORS.ink,
                  contentW() - 24,
                ),
                paragraph(t('scores.fig.emptyBody'), FONTS.body, COLORS.muted, contentW() - 24),
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
    alt = t('scores.fig.altEmpty', { when: periodWords(d.period) });
  } else {
    const max = Math.max(0, ...shown.map((r) => r.points + r.pending));
    const pointsW = Math.ceil(Math.max(...shown.map((r) => textWidth(points(r.points), POINTS_FONT)), 24));
    const rows = shown.map((r) => scoreRow(r, max, pointsW, r.rank === 1 && r.points > 0, r.user === d.you));
    const items: Box[] = [title, spacer(1, 2), ...rows];
    if (rest > 0) items.push(line(t('scores.fig.more', { n: rest }), STATS_FONT, COLORS.muted));
    const anyPending = shown.some((r) => r.pending > 0 || r.pendingAnswers > 0);
    items.push(
      spacer(1, 2),
      paragraph(t('scores.fig.legend') + (anyPending ? t('scores.fig.legendPending') : ''), STATS_FONT, COLORS.muted),
    );
    body = column(items, 10);
    alt =
      t('scores.fig.alt', { when: periodWords(d.period), n: d.scores.length }) +
      shown
        .map((r) =>
          t('scores.fig.altRow', {
            rank: r.rank,
            name: `${r.name ?? r.user}${r.user === d.you ? ` ${t('scores.fig.you')}` : ''}`,
            points: r.points,
            pending: pendingWords(r) ? ` (${pendingWords(r)})` : '',
            accuracy: accuracyWords(r),
            streak: streakWords(r.streak),
          }),
        )
        .join('; ') +
      (rest > 0 ? `; ${t('scores.fig.more', { n: rest })}.` : '.');
  }
  // A fixed width: the same card for one player or ten, and text that stays readable on a phone.
  return renderCard(fixedWidth(body, contentW()), 'scores.png', alt, options);
}
