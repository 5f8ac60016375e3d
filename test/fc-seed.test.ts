// Every test file that runs fast-check properties imports test/fc-seed.ts, so CI uses one fixed seed (printed) and a
// failure replays with FC_SEED; `npm run test:fuzz` draws a random one. A file that calls fc.assert / fc.check /
// fc.sample without the import would run on a random seed in CI again (issue 18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { CI_FC_SEED, FC_SEED } from './fc-seed.js';

const ROOT = new URL('.', import.meta.url).pathname;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

test('every file that runs fast-check properties imports fc-seed.ts', () => {
  const missing: string[] = [];
  let users = 0;
  for (const path of files(ROOT)) {
    const text = readFileSync(path, 'utf8');
    if (!/\bfc\.(assert|check|sample)\(/.test(text)) continue;
    users++;
    if (!/^import (?:[^;]* from )?'(?:\.\.\/|\.\/)+fc-seed\.js';$/m.test(text)) missing.push(relative(ROOT, path));
  }
  assert.ok(users >= 15, `only ${users} files run properties: is the pattern still right?`);
  assert.deepEqual(missing, [], "these files run properties without `import '…/fc-seed.js';`");
});

test('the seed is fixed unless FC_SEED or FUZZ_RANDOM says otherwise, and fast-check uses it', () => {
  if (!process.env.FC_SEED && process.env.FUZZ_RANDOM !== '1') assert.equal(FC_SEED, CI_FC_SEED);
  assert.equal(fc.readConfigureGlobal().seed, FC_SEED);
  const a = fc.sample(fc.integer(), 5);
  const b = fc.sample(fc.integer(), 5);
  assert.deepEqual(a, b, 'two samples from the global seed are the same');
});
