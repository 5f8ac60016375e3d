/**
 * The `me` figure: one user's accuracy by quiz topic as horizontal bars (bar length = share right, the count beside
 * it), every topic listed so the untried ones show (dashed), the weakest marked in orange; under them the
 * misconceptions their wrong answers chose most and what to practise next. Drawn as narrow as the scores card (480
 * logical px: at a phone's 400 px its smallest text is 10 px) and legible on the dark card (the theme turns every
 * colour over).
 */
import type { MeData, TopicTally } from '../data.js';
import type { Figure } from '../types.js';
import { t as tr } from '../i18n/index.js';
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

function percent(t: { answered: number; correct: number }): number {
  return t.answered === 0 ? 0 : Math.round((100 * t.correct) / t.answered);
}

/** "7 of 9 (78%)", or "not tried". */
function notTried(): string {
  return tr('me.notTried');
}

export function tallyWords(t: { answered: number; correct: number }): string {
  return t.answered === 0
    ? notTried()
    : tr('me.fig.tally', { correct: t.correct, answered: t.answered, pct: percent(t) });
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
    Math.max(textWidth(notTried(), FONTS.small), ...topics.map((t) => textWidth(tallyWords(t), COUNT_FONT))),
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
  const count = t.answered === 0 ? text(notTried(), FONTS.small, COLORS.muted) : text(tallyWords(t), COUNT_FONT);
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
  const tally = { correct: m.correct, answered: m.answered, pct: percent(m), practiced: m.practiced };
  const overall =
    m.answered === 0
      ? tr('me.fig.noAnswers')
      : m.practiced
        ? tr('me.fig.overallPracticed', tally)
        : tr('me.fig.overall', tally);
  const streak = m.streak ? tr('me.fig.streak', { n: m.streak }) : tr('me.fig.noStreak');
  const pointsWords = tr('me.fig.points', { n: m.points });
  const subtitle = `${m.pending ? tr('me.fig.pointsPending', { n: m.points, pending: m.pending }) : pointsWords} · ${overall} · ${streak}`;
  const items: Box[] = [
    column(
      [
        paragraph(tr('me.fig.title'), FONTS.title, COLORS.ink, CONTENT_W),
        paragraph(subtitle, FONTS.small, COLORS.muted, CONTENT_W),
      ],
      2,
    ),
    spacer(1, 2),
  ];
  const w = columns(m.topics);
  for (const t of m.topics) items.push(topicRow(t, t.topic === weakest, w));
  items.push(paragraph(tr('me.fig.legend', { topic: weakest }), FONTS.small, COLORS.muted, CONTENT_W));
  const shown = m.misconceptions.slice(0, MAX_MISCONCEPTIONS);
  if (shown.length) {
    const countW = Math.ceil(Math.max(...shown.map((c) => textWidth(`×${c.count}`, COUNT_FONT))));
    const inner = CONTENT_W - 24;
    const heading = tr('me.fig.mistakes');
    const lines: Box[] = [
      // One line as drawn before languages; wrapped when a language's words are longer than the panel.
      textWidth(heading, FONTS.label) <= inner
        ? text(heading, FONTS.label)
        : paragraph(heading, FONTS.label, COLORS.ink, inner),
    ];
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
    paragraph(
      tr('me.fig.next', { command: `/hadamard practice ${weakest} ${m.suggestion.level}` }),
      FONTS.label,
      COLORS.blueText,
      CONTENT_W,
    ),
  );
  const alt =
    tr('me.fig.alt', {
      points: pointsWords,
      pending: m.pending ? tr('me.fig.altPending', { pending: m.pending }) : '',
      overall,
      streak,
    }) +
    tr('me.fig.altTopics', { topics: m.topics.map((t) => `${t.topic} ${tallyWords(t)}`).join('; ') }) +
    (shown.length ? tr('me.fig.altMistakes', { list: shown.map((c) => `${c.label} (${c.count})`).join('; ') }) : '') +
    tr('me.fig.altSuggested', { topic: weakest, level: m.suggestion.level });
  return renderCard(slot(column(items, 10), CONTENT_W), 'me.png', alt, options);
}
