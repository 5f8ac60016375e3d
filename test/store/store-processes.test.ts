// Two OS processes on one database, started together: migrations run once, the round is created
// once, 50 answers from one user count once, 50 rate-limit hits (limit 10) allow 10, and one of the
// ten close claims wins. On one SQLite file (file locks + busy_timeout) and on one Postgres schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoreOptions } from '../../src/store/index.js';
import { TEST_DATABASE_URL, dropSchema, postgresRequirement, testSchemaName } from './backends.js';

const CHILD = fileURLToPath(new URL('./store-child.ts', import.meta.url));

interface ChildReport {
  tag: string;
  migrated: number;
  created: boolean;
  recorded: number;
  already: number;
  allowed: number;
  closed: number;
}

function startChild(options: StoreOptions, tag: string) {
  const proc = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), CHILD, JSON.stringify(options), tag], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  proc.stdout.on('data', (d) => {
    out += String(d);
    if (out.includes('ready\n')) onReady();
  });
  proc.stderr.on('data', (d) => (err += String(d)));
  const done = new Promise<ChildReport>((resolve, reject) =>
    proc.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as ChildReport);
      else reject(new Error(`child ${tag} exited ${code}: ${err || out}`));
    }),
  );
  // A child that fails before "ready" must fail the test, not hang it.
  done.catch(() => onReady());
  return { ready, done, go: () => proc.stdin.end('go\n') };
}

async function twoProcesses(options: StoreOptions): Promise<void> {
  const children = [startChild(options, 'one'), startChild(options, 'two')];
  await Promise.all(children.map((c) => c.ready));
  children.forEach((c) => c.go());
  const [a, b] = await Promise.all(children.map((c) => c.done));
  assert.equal(a.migrated + b.migrated, 1, 'the migrations ran in one process');
  assert.equal(Number(a.created) + Number(b.created), 1, 'the round was created once');
  assert.equal(a.recorded + b.recorded, 1, 'one user, 50 answers: counted once');
  assert.equal(a.already + b.already, 49);
  assert.equal(a.allowed + b.allowed, 10, 'the rate limit is shared');
  assert.equal(a.closed + b.closed, 1, 'the close is claimed once');
}

test('two processes on one SQLite file agree', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-store-procs-'));
  try {
    await twoProcesses({ dataDir: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const pgNeed = await postgresRequirement();
test('two processes on one Postgres schema agree', { skip: pgNeed.skip, timeout: 60_000 }, async () => {
  pgNeed.assertAvailable();
  const schema = testSchemaName();
  try {
    await twoProcesses({ databaseUrl: TEST_DATABASE_URL, schema });
  } finally {
    await dropSchema(schema);
  }
});
