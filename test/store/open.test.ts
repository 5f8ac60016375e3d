// Choosing and opening a store: DATABASE_URL and DATA_DIR are read once and a wrong value names
// its variable; a Postgres schema name is a plain identifier; without DATABASE_URL the SQLite file
// is created on first use under DATA_DIR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_DATA_DIR,
  StoreConfigError,
  isPostgresUrl,
  openStore,
  redactUrl,
  storeOptionsFromEnv,
} from '../../src/store/index.js';
import { toSqlitePlaceholders } from '../../src/store/sqlite.js';

test('storeOptionsFromEnv: DATABASE_URL must be postgres:// or postgresql://; blank means unset', () => {
  assert.deepEqual(storeOptionsFromEnv({}), { databaseUrl: undefined, dataDir: undefined, timeoutMs: 2000 });
  assert.deepEqual(storeOptionsFromEnv({ DATABASE_URL: '  ', DATA_DIR: '/var/lib/hadamard' }), {
    databaseUrl: undefined,
    dataDir: '/var/lib/hadamard',
    timeoutMs: 2000,
  });
  assert.equal(
    storeOptionsFromEnv({ DATABASE_URL: 'postgresql://bot:pw@db:5432/hadamard' }).databaseUrl,
    'postgresql://bot:pw@db:5432/hadamard',
  );
  assert.throws(
    () => storeOptionsFromEnv({ DATABASE_URL: 'mysql://root:secret@db/x' }),
    (err: unknown) =>
      err instanceof StoreConfigError &&
      err.variable === 'DATABASE_URL' &&
      /postgres:\/\//.test(err.message) &&
      !err.message.includes('secret'),
  );
});

test('storeOptionsFromEnv: STORE_TIMEOUT_MS is a whole number of milliseconds from 100 to 60000', () => {
  assert.equal(storeOptionsFromEnv({ STORE_TIMEOUT_MS: '750' }).timeoutMs, 750);
  for (const bad of ['50', '60001', '2s', '-1', '1.5'])
    assert.throws(
      () => storeOptionsFromEnv({ STORE_TIMEOUT_MS: bad }),
      (err: unknown) => err instanceof StoreConfigError && err.variable === 'STORE_TIMEOUT_MS',
      bad,
    );
});

test('urls: which are Postgres, and passwords never reach a log line', () => {
  assert.ok(isPostgresUrl('postgres://h/db'));
  assert.ok(isPostgresUrl('POSTGRESQL://h/db'));
  assert.ok(!isPostgresUrl('sqlite:///x.db'));
  assert.equal(redactUrl('postgres://bot:hunter2@db:5432/x'), 'postgres://bot:***@db:5432/x');
  assert.equal(redactUrl('postgres://bot@db/x'), 'postgres://bot@db/x');
});

test('openStore refuses a DATABASE_URL that is not Postgres', async () => {
  await assert.rejects(openStore({ databaseUrl: 'mysql://db/x' }), StoreConfigError);
});

test('a Postgres schema name must be a plain lower-case SQL identifier, checked before any connection', async () => {
  // Nothing listens on port 1: a name that passed the check would fail to connect instead, with another error.
  const databaseUrl = 'postgres://postgres@127.0.0.1:1/none';
  for (const schema of ['Upper', 'x;drop', 'with space', '1digit', 'a-b', 'a'.repeat(64), '']) {
    await assert.rejects(
      openStore({ databaseUrl, schema }),
      { message: `schema must be a lower-case SQL identifier, got "${schema}"` },
      schema,
    );
  }
  await assert.rejects(openStore({ databaseUrl, schema: `_ok_${'a'.repeat(59)}` }), /ECONNREFUSED|connect/);
});

test('without DATABASE_URL: a SQLite file under DATA_DIR, created (folders too) on first use', async () => {
  assert.equal(DEFAULT_DATA_DIR, './data');
  const root = mkdtempSync(join(tmpdir(), 'hadamard-open-'));
  const dataDir = join(root, 'nested', 'data');
  try {
    const logs: unknown[] = [];
    const store = await openStore({ dataDir, logger: { info: (o) => logs.push(o), warn: () => undefined } });
    assert.equal(store.kind, 'sqlite');
    assert.ok(existsSync(join(dataDir, 'hadamard.db')));
    assert.deepEqual(logs.at(-1), { store: 'sqlite', where: join(dataDir, 'hadamard.db') });
    await store.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('SQL placeholders: $n becomes SQLite’s ?n, so one parameter list serves both', () => {
  assert.equal(
    toSqlitePlaceholders('SELECT $1, $2 WHERE a = $1 AND b = $12'),
    'SELECT ?1, ?2 WHERE a = ?1 AND b = ?12',
  );
});
