// The dark card: every colour's lightness turned over, hue kept, so contrasts keep their order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { runText, type Answer } from '../../../src/engine/index.js';
import { darkColour } from '../../../src/engine/render/layout.js';

const lum = (css: string): number => {
  const m = /rgba?\((\d+), (\d+), (\d+)/.exec(css)!;
  return (0.2126 * Number(m[1]) + 0.7152 * Number(m[2]) + 0.0722 * Number(m[3])) / 255;
};

test('darkColour: white card → near black, ink → near white, order of lightness reversed, alpha kept', () => {
  assert.ok(lum(darkColour('#ffffff')) < 0.12);
  assert.ok(lum(darkColour('#1f2328')) > 0.8);
  // Dark ink on a pale tint becomes light ink on a dark tint: the ink is still the one that stands out.
  assert.ok(lum(darkColour('#1f2328')) > lum(darkColour('#fbe3b0')));
  assert.match(darkColour('rgba(86,180,233,0.22)'), /^rgba\(.*, 0\.22\)$/);
  assert.equal(darkColour('not a colour'), 'not a colour');
});

test('a figure drawn with theme dark has a dark card and differs from the light one', async () => {
  const corner = async (theme: 'light' | 'dark'): Promise<number[]> => {
    const r = (await runText('psd [[2,1],[1,2]]', { theme })) as Answer;
    const img = await loadImage(r.figures[0].png);
    const c = createCanvas(img.width, img.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(10, 10, 1, 1).data];
  };
  const light = await corner('light');
  const dark = await corner('dark');
  assert.deepEqual(light.slice(0, 3), [255, 255, 255]);
  assert.ok(dark[0] < 40 && dark[1] < 40 && dark[2] < 40, `dark card pixel ${dark}`);
});
