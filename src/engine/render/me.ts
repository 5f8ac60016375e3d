/**
 * The `me` figure: one user's accuracy by quiz topic as horizontal bars (bar length = share right, the count beside
 * it), every topic listed so the untried ones show (dashed), the weakest marked in orange; under them the
 * misconceptions their wrong answers chose most and what to practise next. Drawn as narrow as the scores card (480
 * logical px: at a phone's 400 px its smallest text is 10 px) and legible on the dark card (the theme turns every
 * colour over).
 */
import type { MeData, TopicTally } from '../data.js';
import type { Figure } from '../types.js';
import {
  column,
  panel,
  paragraph,
  renderCard,
  row,
  spacer,
  text,
  textWidth,
  type Box,
  type FigureOptions,
} from './layout.js';
import { SCORES_CARD_WIDTH, fitText } from './scores.js';
import { CARD_MARGIN, COLORS, FONTS, type FontSpec } from './theme.js';

const CONTENT_W = SCORES_CARD_WIDTH - 2 * CARD_MARGIN;
const GAP = 8;
const BAR_H = 14;
const TOPIC_FONT: FontSpec = { size: 14, bold: true };
const COUNT_FONT: FontSpec = { size: 13, bold: true };
/** Misconceptions drawn (the data has at most five). */
const MAX_MISCONCEPTIONS = 3;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function percent(t: { answered: number; correct: number }): number {
  return t.answered === 0 ? 0 : Math.round((100 * t.correct) / t.answered);
}

/** "7 of 9 (78%)", or "not tried". */
export function tallyWords(t: { answered: number; correct: number }): string {
  return t.answered === 0 ? 'not tried' : `${t.correct} of ${t.answered} (${percent(t)}%)`;
}

/** A box of its own size drawn at the start of a wider slot. */
function slot(b: Box, w: number): Box {
  return { w: Math.max(w, b.w), h: b.h, draw: (ctx, x, y) => b.draw(ctx, x, y) };
}

/** The columns' widths: the longest topic name and count decide, the bar takes the rest. */
interface Columns {
  topic: number;
  count: number;
  bar: number;
}

function columns(topics: TopicTally[]): Columns {
  const topic = Math.ceil(Math.max(0, ...topics.map((t) => textWidth(t.topic, TOPIC_FONT))));
  const count = Math.ceil(
    Math.max(textWidth('not tried', FONTS.small), ...topics.map((t) => textWidth(tallyWords(t), COUNT_FONT))),
  );
  return { topic, count, bar: CONTENT_W - topic - count - 2 * GAP };
}

function accuracyBar(t: TopicTally, weakest: boolean, barW: number): Box {
  const share = t.answered === 0 ? 0 : t.correct / t.answered;
  return {
    w: barW,
    h: BAR_H,
    draw(ctx, x, y) {
      ctx.fillStyle = COLORS.grid;
      ctx.fillRect(x, y, barW, BAR_H);
      if (t.answered === 0) {
        // Not tried: a dashed outline, so it does not read as 0 %.
        ctx.strokeStyle = COLORS.border;
        ctx.lineWidth = 1;
        ctx.setLineDash([4, 3]);
        ctx.strokeRect(x + 0.5, y + 0.5, barW - 1, BAR_H - 1);
        ctx.setLineDash([]);
        return;
      }
      const w = share * barW;
      ctx.fillStyle = weakest ? COLORS.orange : COLORS.blue;
      if (w > 0) ctx.fillRect(x, y, w, BAR_H);
      else {
        ctx.fillStyle = COLORS.border;
        ctx.fillRect(x, y, 2, BAR_H);
      }
    },
  };
}

function topicRow(t: TopicTally, weakest: boolean, w: Columns): Box {
  const count = t.answered === 0 ? text('not tried', FONTS.small, COLORS.muted) : text(tallyWords(t), COUNT_FONT);
  return row(
    [
      slot(text(t.topic, TOPIC_FONT, weakest ? COLORS.orangeText : COLORS.ink), w.topic),
      accuracyBar(t, weakest, w.bar),
      slot(count, w.count),
    ],
    GAP,
    'center',
  );
}

export async function renderMeFigure(d: MeData, options: FigureOptions = {}): Promise<Figure> {
  const m = d.me;
  const weakest = m.suggestion.topic;
  const overall =
    m.answered === 0
      ? 'no answers yet'
      : `${m.correct} of ${m.answered} right (${percent(m)}%)${m.practiced ? `, ${m.practiced} in practice` : ''}`;
  const streak = m.streak ? `streak ${plural(m.streak, 'day')}` : 'no streak';
  const subtitle = `${plural(m.points, 'point')}${m.pending ? ` (+${m.pending} pending)` : ''} · ${overall} · ${streak}`;
  const items: Box[] = [
    column(
      [
        paragraph('Your progress: accuracy by topic', FONTS.title, COLORS.ink, CONTENT_W),
        paragraph(subtitle, FONTS.small, COLORS.muted, CONTENT_W),
      ],
      2,
    ),
    spacer(1, 2),
  ];
  const w = columns(m.topics);
  for (const t of m.topics) items.push(topicRow(t, t.topic === weakest, w));
  items.push(
    paragraph(
      `Bar length = share of right answers; dashed: not tried. ${weakest} (orange) is the one to practise.`,
      FONTS.small,
      COLORS.muted,
      CONTENT_W,
    ),
  );
  const shown = m.misconceptions.slice(0, MAX_MISCONCEPTIONS);
  if (shown.length) {
    const countW = Math.ceil(Math.max(...shown.map((c) => textWidth(`×${c.count}`, COUNT_FONT))));
    const inner = CONTENT_W - 24;
    const lines: Box[] = [text('Your most chosen mistakes', FONTS.label)];
    for (const c of shown)
      lines.push(
        row(
          [
            slot(text(`×${c.count}`, COUNT_FONT, COLORS.vermillionText), countW),
            text(fitText(c.label, FONTS.body, inner - countW - GAP), FONTS.body),
          ],
          GAP,
          'center',
        ),
      );
    items.push(
      panel(slot(column(lines, 6), inner), { fill: COLORS.panel, stroke: COLORS.faint, radius: 8, padding: 12 }),
    );
  }
  items.push(
    paragraph(`Next: /hadamard practice ${weakest} ${m.suggestion.level}`, FONTS.label, COLORS.blueText, CONTENT_W),
  );
  const alt =
    `Your progress: ${plural(m.points, 'point')}${m.pending ? `, ${m.pending} pending` : ''}, ${overall}, ${streak}. ` +
    'Accuracy by topic: ' +
    m.topics.map((t) => `${t.topic} ${tallyWords(t)}`).join('; ') +
    `. ${shown.length ? `Most chosen mistakes: ${shown.map((c) => `${c.label} (${c.count})`).join('; ')}. ` : ''}` +
    `Suggested: practice ${weakest} ${m.suggestion.level}.`;
  return renderCard(slot(column(items, 10), CONTENT_W), 'me.png', alt, options);
}
