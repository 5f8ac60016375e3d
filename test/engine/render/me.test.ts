// The `me` figure: every topic listed (untried ones too), the weakest marked, at most three misconceptions, the
// suggestion; as narrow as the scores card, so it reads at a phone's 400 px, and drawn on the dark card too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMeFigure, tallyWords } from '../../../src/engine/render/me.js';
import { SCORES_CARD_WIDTH } from '../../../src/engine/render/scores.js';
import { measureFigures } from '../../../src/engine/render/layout.js';
import { PHONE_MIN_TEXT, PHONE_WIDTH } from '../../../src/engine/render/theme.js';
import { meNew, meTypical } from './fixtures.js';

test('every topic is in the alt text with its tally; untried ones say so; the suggestion ends it', async () => {
  const fig = await renderMeFigure(meTypical);
  assert.equal(fig.name, 'me.png');
  for (const t of meTypical.me.topics) assert.ok(fig.alt.includes(`${t.topic} ${tallyWords(t)}`), t.topic);
  assert.match(fig.alt, /oppenheim not tried/);
  assert.match(fig.alt, /schur 1 of 3 \(33%\)/);
  assert.match(fig.alt, /^Your progress: 40 points, 10 pending, 11 of 17 right \(65%\), 4 in practice, streak 3 days/);
  assert.match(fig.alt, /Suggested: practice schur easy\.$/);
  // At most three misconceptions are drawn and said.
  assert.match(fig.alt, /Read the Schur product theorem backwards \(2\)/);
  assert.doesNotMatch(fig.alt, /identity of ∘/);
  const fresh = await renderMeFigure(meNew);
  assert.doesNotMatch(fresh.alt, /mistakes/);
  assert.match(fresh.alt, /no answers yet/);
});

test('one width for every player, legible at 400 px wide in both themes', async () => {
  for (const d of [meTypical, meNew])
    for (const theme of ['light', 'dark'] as const) {
      const { value: fig, figures } = await measureFigures(() => renderMeFigure(d, { theme }));
      assert.equal(fig.png.readUInt32BE(16) / 2, SCORES_CARD_WIDTH);
      const smallest = Math.min(...figures[0].texts.map((t) => t.px));
      assert.ok((smallest * PHONE_WIDTH) / figures[0].width >= PHONE_MIN_TEXT, `${smallest} px on ${figures[0].width}`);
    }
  assert.equal(tallyWords({ answered: 0, correct: 0 }), 'not tried');
  assert.equal(tallyWords({ answered: 3, correct: 2 }), '2 of 3 (67%)');
});
