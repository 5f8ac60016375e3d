// The leaderboard figure: readable on a phone, at most ten rows, long and emoji names handled, and an empty state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_SCORE_ROWS,
  SCORES_CARD_WIDTH,
  accuracyWords,
  drawableName,
  fitText,
  pendingWords,
  renderScoresFigure,
  streakWords,
} from '../../../src/engine/render/scores.js';
import { textWidth } from '../../../src/engine/render/layout.js';
import { FONTS } from '../../../src/engine/render/theme.js';
import { scoresAllTime, scoresEmpty, scoresPending, scoresWeek } from './fixtures.js';

/** The smallest font the figure uses (FONTS.small), in logical pixels. */
const SMALLEST_TEXT = FONTS.small.size;

function widthOf(png: Buffer): number {
  return png.readUInt32BE(16);
}

test('shown 400 px wide on a phone, the smallest text is still at least 9 px', async () => {
  for (const d of [scoresWeek, scoresAllTime, scoresEmpty, scoresPending]) {
    const fig = await renderScoresFigure(d);
    const logical = widthOf(fig.png) / 2;
    assert.equal(logical, SCORES_CARD_WIDTH, 'one fixed width, whatever the names');
    assert.ok((SMALLEST_TEXT * 400) / logical >= 9, `${SMALLEST_TEXT} px text on a ${logical} px card`);
  }
});

test('at most ten rows; the rest are counted; alt text has every shown row in words', async () => {
  assert.equal(MAX_SCORE_ROWS, 10);
  const fig = await renderScoresFigure(scoresAllTime);
  assert.match(fig.alt, /^Leaderboard, all time, 12 players/);
  assert.match(fig.alt, /10\. student_10_with_a_rather_long_handle: 2120 points/);
  assert.doesNotMatch(fig.alt, /student_11/);
  assert.match(fig.alt, /and 2 more players\.$/);
  // The alt text keeps names as they are (emoji included); only the drawing leaves emoji out.
  assert.match(fig.alt, /ЖенЯ 🐢 Łukasz/);
  const week = await renderScoresFigure(scoresWeek);
  assert.match(week.alt, /1\. Amara: 42 points, 14 of 16 right \(88%\), streak 5 days/);
  assert.match(week.alt, /2\. Ben Okafor: 30 points.*; 2\. chen\.li: 30 points.*; 4\. Dana/, 'ties share a rank');
  assert.match(week.alt, /5\. Emil: 0 points, 0 of 3 right \(0%\), no streak\.$/);
});

test('an empty board is a friendly card, not an empty chart', async () => {
  const fig = await renderScoresFigure(scoresEmpty);
  assert.match(fig.alt, /no answers yet/);
  assert.match(fig.alt, /\/hadamard quiz/);
  const all = await renderScoresFigure({ period: 'all', scores: [] });
  assert.match(all.alt, /^Leaderboard, all time: no answers yet/);
});

test('long names end in an ellipsis within their column; emoji are left out of the drawing', () => {
  const font = { size: 14, bold: true };
  const long = 'Maximiliana Alexandrovna Featherstonehaugh-Wolfeschlegel';
  const cut = fitText(long, font, 150);
  assert.ok(cut.endsWith('…') && cut.length < long.length, cut);
  assert.ok(textWidth(cut, font) <= 150);
  assert.equal(fitText('Amara', font, 150), 'Amara');
  assert.equal(drawableName({ user: 'U1', name: 'ЖенЯ 🐢 Łukasz' }), 'ЖенЯ Łukasz');
  assert.equal(drawableName({ user: 'U1', name: '🎉🎉' }), 'U1');
  assert.equal(drawableName({ user: 'U2' }), 'U2');
});

test('accuracy and streak in words', () => {
  assert.equal(accuracyWords({ correct: 0, answered: 0 }), 'no answers');
  assert.equal(accuracyWords({ correct: 2, answered: 3 }), '2 of 3 right (67%)');
  assert.equal(accuracyWords({ correct: 1284, answered: 1500 }), '1,284 of 1,500 right (86%)');
  assert.equal(streakWords(1), 'streak 1 day');
  assert.equal(streakWords(0), 'no streak');
});

test('the ranks are the data’s (ties share one: 1, 1, 3); pending points and the asker are said', async () => {
  const fig = await renderScoresFigure(scoresPending);
  assert.match(fig.alt, /1\. Amara: 20 points \(\+10 pending\)/);
  assert.match(fig.alt, /; 1\. Ben Okafor \(you\): 20 points \(1 answer pending\)/);
  assert.match(fig.alt, /; 3\. chen\.li: 0 points \(\+10 pending\)/);
  assert.equal(pendingWords({ pending: 0, pendingAnswers: 0 }), '');
  assert.equal(pendingWords({ pending: 15, pendingAnswers: 2 }), '+15 pending');
  assert.equal(pendingWords({ pending: 0, pendingAnswers: 2 }), '2 answers pending');
  // The same rows with other ranks draw other ranks: the figure does not compute its own.
  const renumbered = await renderScoresFigure({
    ...scoresPending,
    scores: scoresPending.scores.map((r, i) => ({ ...r, rank: i + 1 })),
  });
  assert.match(renumbered.alt, /; 2\. Ben Okafor/);
  assert.ok(!renumbered.png.equals(fig.png));
  const logical = widthOf(fig.png) / 2;
  assert.equal(logical, SCORES_CARD_WIDTH);
});
