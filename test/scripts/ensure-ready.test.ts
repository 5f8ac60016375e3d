// scripts/ensure-ready.mjs (npm start's and npm test's first step) in a project of its own: a copy of the script
// beside a stub `npm` (its npm_execpath) and a stub compiler, which count their runs. A fresh clone installs and
// builds once; an unchanged tree does neither; a changed source rebuilds without reinstalling; a changed lock
// reinstalls; two runs at once on a fresh clone install once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/ensure-ready.mjs', import.meta.url));

// `npm ci` as the script calls it (`node <npm_execpath> ci`): makes node_modules with the stub compiler, counts
// itself, takes a moment (so two runs overlap), and runs `prepare` as npm does.
const FAKE_NPM = `
const { appendFileSync, mkdirSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
if (process.argv[2] !== 'ci') process.exit(3);
appendFileSync('runs.log', 'ci\\n');
mkdirSync('node_modules/typescript/bin', { recursive: true });
writeFileSync('node_modules/typescript/bin/tsc', ${JSON.stringify(
  "require('node:fs').appendFileSync('runs.log', 'tsc\\n'); require('node:fs').mkdirSync('dist', { recursive: true });",
)});
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
const r = spawnSync(process.execPath, [join('scripts', 'ensure-ready.mjs'), '--build'], {
  stdio: 'inherit', env: { ...process.env, npm_command: 'ci' },
});
process.exit(r.status);
`;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-ensure-'));
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(SCRIPT, join(dir, 'scripts', 'ensure-ready.mjs'));
  writeFileSync(join(dir, 'npm-cli.js'), FAKE_NPM);
  writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
  writeFileSync(join(dir, 'tsconfig.build.json'), '{}\n');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'main.ts'), 'export const x = 1;\n');
  return dir;
}

function ensure(dir: string): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join('scripts', 'ensure-ready.mjs')], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', npm_execpath: join(dir, 'npm-cli.js') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('close', (code) => resolve({ code, err }));
  });
}

const runs = (dir: string) => (existsSync(join(dir, 'runs.log')) ? readFileSync(join(dir, 'runs.log'), 'utf8') : '');

test('a fresh clone installs and builds once; then nothing, unless a source or the lock changes', async () => {
  const dir = project();
  try {
    let r = await ensure(dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /first install: npm ci/);
    assert.equal(runs(dir), 'ci\ntsc\n', 'npm ci, whose prepare step builds');

    r = await ensure(dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(runs(dir), 'ci\ntsc\n', 'nothing changed: no install, no build');

    // A source edited (a new modification time): build, no install.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'src', 'main.ts'), later, later);
    r = await ensure(dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /src\/ changed since the last build/);
    assert.equal(runs(dir), 'ci\ntsc\ntsc\n');

    // A new file under src/ counts too.
    writeFileSync(join(dir, 'src', 'other.ts'), 'export const y = 2;\n');
    await ensure(dir);
    assert.equal(runs(dir), 'ci\ntsc\ntsc\ntsc\n');

    // Another lock: install again (and build, since the compiler may differ).
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n');
    r = await ensure(dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /package-lock.json changed since the last install/);
    assert.equal(runs(dir), 'ci\ntsc\ntsc\ntsc\nci\ntsc\n');
    assert.ok(!existsSync(join(dir, '.hadamard-setup.lock')), 'the lock is released');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two runs at once on a fresh clone (npm start and npm test in two terminals) install once', async () => {
  const dir = project();
  try {
    const both = await Promise.all([ensure(dir), ensure(dir)]);
    for (const r of both) assert.equal(r.code, 0, r.err);
    // Had both installed, the log would say ci twice (the stub's second makes them overlap by a second).
    assert.equal(runs(dir), 'ci\ntsc\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a failing install fails the step with the command named, and leaves no lock behind', async () => {
  const dir = project();
  try {
    writeFileSync(join(dir, 'npm-cli.js'), 'process.exit(7);\n');
    const r = await ensure(dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /ensure-ready: `.*npm-cli\.js ci` failed \(exit 7\)/);
    assert.ok(!existsSync(join(dir, '.hadamard-setup.lock')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
