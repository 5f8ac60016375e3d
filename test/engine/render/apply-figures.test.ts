// The application figures read on a phone: drawn on a 2× canvas, shown 400 px wide, their smallest text is ≥ 9 px
// (fontPx · 400 / (pngWidth / 2) ≥ 9), measured from every fillText call of the drawing; in both themes, opaque,
// the dark one really dark and different; alt text in words, no Infinity or NaN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { APPLY_CASES } from './fixtures-apps.js';
import { renderCase } from './render-case.js';
import { CARD_WIDTH as APPLY_WIDTH } from '../../../src/engine/render/theme.js';

/** Every font size passed to fillText while `fn` draws (the context's prototype, patched for the test's span). */
async function fontSizes<T>(fn: () => Promise<T>): Promise<{ result: T; sizes: number[] }> {
  const proto = Object.getPrototypeOf(createCanvas(1, 1).getContext('2d')) as {
    fillText: (...a: unknown[]) => void;
    font: string;
  };
  const original = proto.fillText;
  const sizes: number[] = [];
  proto.fillText = function (this: { font: string }, ...args: unknown[]) {
    const px = /(\d+(?:\.\d+)?)px/.exec(this.font);
    if (px) sizes.push(Number(px[1]));
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), sizes };
  } finally {
    proto.fillText = original;
  }
}

async function meanLuminance(png: Buffer): Promise<{ mean: number; opaque: boolean }> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  let sum = 0;
  let opaque = true;
  for (let p = 0; p < data.length; p += 4) {
    sum += (data[p] + data[p + 1] + data[p + 2]) / 3;
    if (data[p + 3] !== 255) opaque = false;
  }
  return { mean: sum / (data.length / 4), opaque };
}

for (const c of APPLY_CASES) {
  test(`${c.name}: smallest text ≥ 9 px on a 400 px wide phone, in both themes`, async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { result: fig, sizes } = await fontSizes(() => renderCase(c, { theme }));
      const width = fig.png.readUInt32BE(16);
      assert.ok(width / 2 <= APPLY_WIDTH, `${theme}: ${width / 2} logical px wide, more than ${APPLY_WIDTH}`);
      assert.ok(sizes.length > 5, 'the figure has words');
      const smallest = Math.min(...sizes);
      const onPhone = (smallest * 400) / (width / 2);
      assert.ok(
        onPhone >= 9,
        `${theme}: smallest text ${smallest} px on a ${width / 2} px card is ${onPhone.toFixed(2)} px on a phone`,
      );
      assert.ok(fig.png.length < 200 * 1024, `${(fig.png.length / 1024).toFixed(1)} KB`);
      assert.ok(fig.alt.length > 100 && fig.alt.length <= 1000, `alt ${fig.alt.length}`);
      assert.doesNotMatch(fig.alt, /Infinity|NaN|undefined/);
    }
  });
}

test('the dark card is dark and the light one light, for every application', async () => {
  for (const kind of ['apply-window', 'apply-mask', 'apply-gate', 'apply-taper', 'apply-image']) {
    const c = APPLY_CASES.find((x) => x.kind === kind)!;
    const light = await renderCase(c, { theme: 'light' });
    const dark = await renderCase(c, { theme: 'dark' });
    assert.ok(!light.png.equals(dark.png));
    const l = await meanLuminance(light.png);
    const d = await meanLuminance(dark.png);
    assert.ok(l.opaque && d.opaque, 'opaque cards');
    assert.ok(l.mean > 170 && d.mean < 110, `${kind}: light ${l.mean.toFixed(0)}, dark ${d.mean.toFixed(0)}`);
    assert.equal(light.alt, dark.alt, 'the words do not depend on the theme');
  }
});
