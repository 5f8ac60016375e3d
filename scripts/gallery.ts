/**
 * `npm run gallery`: draws every figure type, including the awkward cases, from the test fixtures
 * into `gallery/`, so a person can look at each one: `<case>.png` on the light card and `<case>-dark.png` on the
 * dark one (the `theme dark` setting).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCase } from '../test/engine/render/render-case.js';
import { CASES } from '../test/engine/render/fixtures.js';

const dir = new URL('../gallery/', import.meta.url);
mkdirSync(dir, { recursive: true });
const only = process.argv.slice(2);
for (const c of CASES) {
  if (only.length && !only.some((o) => c.name.includes(o))) continue;
  for (const theme of ['light', 'dark'] as const) {
    const fig = await renderCase(c, { theme });
    const file = `${c.name}${theme === 'dark' ? '-dark' : ''}.png`;
    writeFileSync(new URL(file, dir), fig.png);
    console.log(`${file}  ${(fig.png.length / 1024).toFixed(1)} KB  alt ${fig.alt.length} chars`);
  }
}
