// The README's command table is generated from the catalogue: this fails when they drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withCommandTable } from '../../src/bot/catalogue-docs.js';
import { CATALOGUE } from '../../src/engine/catalogue.js';

test('README command table matches the catalogue', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.equal(readme, withCommandTable(readme), 'run `npm run readme:commands`');
  for (const s of CATALOGUE) assert.ok(readme.includes(s.usage), s.verb);
});
