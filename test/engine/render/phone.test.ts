/**
 * Figures that read on a phone: Slack and Discord show an image about 400 px wide there, so the smallest text a
 * reader sees is (its size in the PNG) × 400 / (the PNG's width). Every gallery case (and any case added to
 * fixtures.ts later) and every figure of every catalogue example must keep that at 9 px or more. The sizes are
 * the fonts actually drawn: `measureFigures` watches each fillText/strokeText of `renderCard`'s canvas.
 * Rendered for a narrower width (the local page's message column on a 400 px phone, 376 px), the same holds at
 * that width.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CASES } from './fixtures.js';
import { renderCase } from './render-case.js';
import { fontPx, measureFigures, renderCard, text, type FigureMeasure } from '../../../src/engine/render/layout.js';
import {
  CARD_WIDTH,
  MIN_CARD_WIDTH,
  PHONE_MIN_TEXT,
  PHONE_WIDTH,
  cardWidth,
  cardWidthFor,
  contentWidth,
  withCardWidth,
} from '../../../src/engine/render/theme.js';
import { CATALOGUE, runText } from '../../../src/engine/index.js';

/** The smallest text of one card as a phone shows it, and which text that is. */
function phoneSize(f: FigureMeasure, shown = PHONE_WIDTH): { px: number; text: string } {
  assert.ok(f.texts.length > 0, `${f.name}: no text seen; is it drawn through renderCard?`);
  const t = f.texts.reduce((a, b) => (b.px < a.px ? b : a));
  return { px: (t.px * shown) / f.width, text: t.text };
}

function assertReadable(label: string, f: FigureMeasure, shown = PHONE_WIDTH): void {
  const { px, text: smallest } = phoneSize(f, shown);
  assert.ok(
    px >= PHONE_MIN_TEXT,
    `${label}: "${smallest}" is ${px.toFixed(2)} px shown ${shown} px wide ` +
      `(${f.width / 2} logical px wide); narrow the layout or stack its panels`,
  );
}

/** The local page's message column on a 400 px phone (the page's phone layout: 12 px either side). */
const PAGE_COLUMN = 376;

test('the probe sees every text with its drawn size, through save/restore and the dark theme', async () => {
  const { figures } = await measureFigures(async () => {
    await renderCard(text('tiny', { size: 6 }), 'probe.png', 'a probe figure with one tiny word in it', {});
    await renderCard(text('dark', { size: 13 }), 'probe-dark.png', 'a probe figure drawn on the dark card', {
      theme: 'dark',
    });
  });
  assert.deepEqual(
    figures.map((f) => f.name),
    ['probe.png', 'probe-dark.png'],
  );
  assert.deepEqual(
    figures[0].texts.map((t) => [t.text, t.px]),
    [['tiny', 12]],
    '6 logical px at 2× is 12 PNG px',
  );
  assert.equal(figures[1].texts[0].px, 26);
  assert.equal(fontPx('bold 12.5px "HB Sans"'), 12.5);
  // Outside measureFigures nothing is recorded (and nothing slows down).
  const outside = await measureFigures(async () => undefined);
  assert.equal(outside.figures.length, 0);
});

for (const c of CASES) {
  test(`phone: ${c.name} (${c.kind}) keeps its smallest text ≥ ${PHONE_MIN_TEXT} px at ${PHONE_WIDTH} px wide`, async () => {
    const { figures } = await measureFigures(() => renderCase(c));
    assert.equal(figures.length, 1, 'one card per case');
    assertReadable(c.name, figures[0]);
  });
}

test('phone: the figures of every catalogue example read on a phone', async () => {
  let seen = 0;
  for (const spec of CATALOGUE) {
    if (spec.group) continue;
    for (const example of spec.examples) {
      const { figures } = await measureFigures(() => runText(example));
      for (const f of figures) assertReadable(`${example} → ${f.name}`, f);
      seen += figures.length;
    }
  }
  assert.ok(seen >= 10, `only ${seen} figures seen`);
});

test('cardWidthFor: the widest card whose 12 px text shows at 9 px, within the bounds; withCardWidth sets it', async () => {
  assert.equal(cardWidthFor(undefined), CARD_WIDTH);
  assert.equal(cardWidthFor(Number.NaN), CARD_WIDTH);
  assert.equal(cardWidthFor(0), CARD_WIDTH, 'unknown width: the full card');
  assert.equal(cardWidthFor(1200), CARD_WIDTH);
  assert.equal(cardWidthFor(390), CARD_WIDTH, '12 × 390 / 9 = 520');
  assert.equal(cardWidthFor(389), 518);
  assert.equal(cardWidthFor(PAGE_COLUMN), 501);
  assert.equal(cardWidthFor(100), MIN_CARD_WIDTH, 'never narrower than the layouts allow');
  assert.equal(cardWidth(), CARD_WIDTH);
  const inside = await withCardWidth(450, async () => {
    await new Promise((r) => setImmediate(r));
    return [cardWidth(), contentWidth()];
  });
  assert.deepEqual(inside, [450, 450 - 44], 'kept through an await');
  assert.equal(cardWidth(), CARD_WIDTH, 'and only inside');
  assert.equal(
    withCardWidth(10, () => cardWidth()),
    MIN_CARD_WIDTH,
  );
});

test(`page column: every case rendered for ${PAGE_COLUMN} px keeps its smallest text ≥ ${PHONE_MIN_TEXT} px there`, async () => {
  let narrowed = 0;
  for (const c of CASES) {
    const { figures } = await measureFigures(() => withCardWidth(cardWidthFor(PAGE_COLUMN), () => renderCase(c)));
    assert.equal(figures.length, 1, c.name);
    assertReadable(`${c.name} for ${PAGE_COLUMN} px`, figures[0], PAGE_COLUMN);
    if (figures[0].width / 2 <= cardWidthFor(PAGE_COLUMN)) narrowed++;
  }
  assert.equal(narrowed, CASES.length, 'every card within the width asked for');
});

test(`page column: the figures of every catalogue example, asked for ${PAGE_COLUMN} px, read there`, async () => {
  let seen = 0;
  let narrower = 0;
  for (const spec of CATALOGUE) {
    if (spec.group) continue;
    for (const example of spec.examples) {
      const wide = await measureFigures(() => runText(example));
      const { figures } = await measureFigures(() => runText(example, { figureWidth: PAGE_COLUMN }));
      assert.equal(figures.length, wide.figures.length, example);
      for (const f of figures) assertReadable(`${example} → ${f.name} for ${PAGE_COLUMN} px`, f, PAGE_COLUMN);
      narrower += figures.filter((f, k) => f.width < wide.figures[k].width).length;
      seen += figures.length;
    }
  }
  assert.ok(seen >= 10, `only ${seen} figures seen`);
  // The full-width cards (520 px) are the ones that must change; without figureWidth nothing does (pins).
  assert.ok(narrower >= 5, `only ${narrower} figures came out narrower`);
});
