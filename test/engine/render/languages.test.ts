/**
 * The schur figure in each language (issue 21): its words come from the catalogue, it is laid out as wide as the
 * English one (the card's width is the phone's; longer words wrap, never spill), and each is pinned like the English
 * gallery (pins-languages.json; `UPDATE_PINS=1` rewrites it after looking at `npm run gallery:languages`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { withLocale, type Locale } from '../../../src/engine/i18n/index.js';
import { CARD_WIDTH, cardWidthFor, withCardWidth } from '../../../src/engine/render/width.js';
import { SCALE } from '../../../src/engine/render/theme.js';
import { CASES } from './fixtures.js';
import { renderCase } from './render-case.js';

const PINS_FILE = new URL('./pins-languages.json', import.meta.url);
const UPDATE = process.env.UPDATE_PINS === '1';
const pins: Record<string, { sha256: string; width: number; height: number }> = existsSync(PINS_FILE)
  ? JSON.parse(readFileSync(PINS_FILE, 'utf8'))
  : {};
const updated: typeof pins = {};
const LANGUAGES: Locale[] = ['es', 'pt-BR', 'fr', 'de'];
const NAMES = ['schur', 'schur-hypothesis-fails'];

function ihdr(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.after(() => {
  if (UPDATE) writeFileSync(PINS_FILE, JSON.stringify(updated, null, 2) + '\n');
});

for (const name of NAMES) {
  const c = CASES.find((x) => x.name === name)!;
  for (const locale of LANGUAGES) {
    for (const phone of [false, true]) {
      const label = `${name}-${locale}${phone ? '-376px' : ''}`;
      test(`figure ${label}: translated, within the card, pinned`, async () => {
        // 376 px: the local page's column on a phone, where the card is laid out narrower (render/width.ts).
        const draw = (l: Locale) =>
          withLocale(l, () => (phone ? withCardWidth(376, () => renderCase(c)) : renderCase(c)));
        const english = await draw('en');
        const fig = await draw(locale);
        assert.ok(!fig.png.equals(english.png), 'not the English picture');
        assert.notEqual(fig.alt, english.alt, 'alt text translated');
        assert.doesNotMatch(fig.alt, /\b(the|is|and|hypothesis)\b/, `alt text in ${locale}: ${fig.alt}`);
        // Longer words wrap inside the card: never wider than the card the English one may take.
        const widest = Math.round((phone ? cardWidthFor(376) : CARD_WIDTH) * SCALE) + 2 * SCALE * 10;
        assert.ok(ihdr(fig.png).width <= Math.max(widest, ihdr(english.png).width), `width ${ihdr(fig.png).width}`);
        const sha256 = createHash('sha256').update(fig.png).digest('hex');
        updated[label] = { sha256, ...ihdr(fig.png) };
        if (UPDATE) return;
        const pin = pins[label];
        assert.ok(pin, `no pin for ${label}: UPDATE_PINS=1 after looking at the figures`);
        assert.equal(sha256, pin.sha256, `pinned hash of ${label} changed: look, then UPDATE_PINS=1`);
      });
    }
  }
}
