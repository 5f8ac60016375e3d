// `npm start` runs the compiled JavaScript (dist/, built by `npm ci`'s prepare step and brought up to date by
// `npm start` and `npm test` first: scripts/ensure-ready.mjs), with no
// TypeScript loader: the playground starts, a command is answered by the engine pool's worker threads (which load
// dist's engine-worker.js), and SIGINT stops it cleanly. tsx is a devDependency only.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST_PROBLEM } from '../cli-harness.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

test('npm start and discord:register run dist with plain node; tsx is not a runtime dependency', () => {
  assert.equal(pkg.scripts.start, 'node dist/src/bot/main.js');
  assert.equal(pkg.scripts['discord:register'], 'node dist/src/bot/discord/register.js');
  assert.equal(pkg.dependencies.tsx, undefined);
  assert.ok(pkg.devDependencies.tsx, 'tests, scripts and benchmarks still use tsx');
  // npm ci builds dist/ (prepare); npm start and npm test bring it up to date first (prestart, pretest).
  assert.equal(pkg.scripts.prepare, 'node scripts/ensure-ready.mjs --build', 'npm ci builds dist/');
  assert.equal(pkg.scripts.prestart, 'node scripts/ensure-ready.mjs');
  assert.equal(pkg.scripts.pretest, 'node scripts/ensure-ready.mjs');
});

test('the compiled main serves the playground and answers through worker threads, then stops on SIGINT', async () => {
  assert.equal(DIST_PROBLEM, null, DIST_PROBLEM ?? '');
  const dataDir = mkdtempSync(join(tmpdir(), 'hadamard-start-'));
  const proc = spawn(process.execPath, [join(ROOT, 'dist/src/bot/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', DATA_DIR: dataDir, WORKERS: '1' },
  });
  let err = '';
  proc.stdout.resume();
  const url = new Promise<string>((resolve, reject) => {
    proc.stderr.on('data', (d) => {
      err += String(d);
      const m = /local playground runs: open (http:\/\/\S+?)\/? /.exec(err);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`main exited (${code}) before serving:\n${err}`)));
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  try {
    const base = await url;
    // No TypeScript loader in the process: the module graph is dist's JavaScript.
    assert.doesNotMatch(err, /tsx|\.ts:\d/);
    const res = await fetch(`${base}/api/command`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hadamard-Client': 'test' },
      body: JSON.stringify({ text: '[[2,3],[4,1]] [[5,6],[7,8]]' }),
    });
    assert.equal(res.status, 200);
    const json = (await res.json()) as { ok: boolean; data?: { product?: unknown }; figures?: unknown[] };
    assert.equal(json.ok, true);
    assert.deepEqual(json.data?.product, [
      [10, 18],
      [28, 8],
    ]);
    assert.ok((json.figures?.length ?? 0) >= 1, 'a figure, drawn in a worker thread');
    proc.kill('SIGINT');
    assert.equal(await exited, 0);
  } finally {
    proc.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
