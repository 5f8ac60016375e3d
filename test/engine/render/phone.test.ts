/**
 * Figures that read on a phone: Slack and Discord show an image about 400 px wide there, so the smallest text a
 * reader sees is (its size in the PNG) × 400 / (the PNG's width). Every gallery case (and any case added to
 * fixtures.ts later) and every figure of every catalogue example must keep that at 9 px or more. The sizes are
 * the fonts actually drawn: `measureFigures` watches each fillText/strokeText of `renderCard`'s canvas.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CASES } from './fixtures.js';
import { renderCase } from './render-case.js';
import { fontPx, measureFigures, renderCard, text, type FigureMeasure } from '../../../src/engine/render/layout.js';
import { PHONE_MIN_TEXT, PHONE_WIDTH } from '../../../src/engine/render/theme.js';
import { CATALOGUE, runText } from '../../../src/engine/index.js';

/** The smallest text of one card as a phone shows it, and which text that is. */
function phoneSize(f: FigureMeasure): { px: number; text: string } {
  assert.ok(f.texts.length > 0, `${f.name}: no text seen; is it drawn through renderCard?`);
  const t = f.texts.reduce((a, b) => (b.px < a.px ? b : a));
  return { px: (t.px * PHONE_WIDTH) / f.width, text: t.text };
}

function assertReadable(label: string, f: FigureMeasure): void {
  const { px, text: smallest } = phoneSize(f);
  assert.ok(
    px >= PHONE_MIN_TEXT,
    `${label}: "${smallest}" is ${px.toFixed(2)} px on a ${PHONE_WIDTH} px-wide phone ` +
      `(${f.width / 2} logical px wide); narrow the layout or stack its panels`,
  );
}

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
