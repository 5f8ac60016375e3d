/**
 * `npm run gallery`: draws every figure type, including the awkward cases, from the test fixtures
 * into `gallery/`, so a person can look at each one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCase } from '../test/engine/render/render-case.js';
import { CASES } from '../test/engine/render/fixtures.js';

const dir = new URL('../gallery/', import.meta.url);
mkdirSync(dir, { recursive: true });
const only = process.argv.slice(2);
for (const c of CASES) {
  if (only.length && !only.some((o) => c.name.includes(o))) continue;
  const fig = await renderCase(c);
  writeFileSync(new URL(`${c.name}.png`, dir), fig.png);
  console.log(`${c.name}.png  ${(fig.png.length / 1024).toFixed(1)} KB  alt ${fig.alt.length} chars`);
}
