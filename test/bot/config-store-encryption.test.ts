// STORE_ENCRYPTION_KEY and STORE_ENCRYPTION_OLD_KEYS: read once, validated with the variable's name (never the
// value), required when NODE_ENV=production, and never shown by describeConfig or a serialised config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  ConfigError,
  describeConfig,
  loadConfig,
  readStoreCipher,
  requireStoreKeyInProduction,
} from '../../src/bot/config.js';
import { keyId } from '../../src/store/cipher.js';

const A = createHash('sha256').update('config key A').digest();
const B = createHash('sha256').update('config key B').digest();
const C = createHash('sha256').update('config key C').digest();

function fails(env: Record<string, string>, variable: string, message: RegExp): void {
  assert.throws(
    () => loadConfig(env),
    (e: unknown) => {
      assert.ok(e instanceof ConfigError, String(e));
      assert.equal(e.variable, variable);
      assert.match(e.message, message);
      for (const v of Object.values(env)) for (const part of v.split(',')) assert.ok(!e.message.includes(part.trim()));
      return true;
    },
    JSON.stringify(env),
  );
}

test('no key: no cipher (tokens stored as given); blank counts as unset', () => {
  assert.equal(loadConfig({}).storeCipher, undefined);
  assert.equal(loadConfig({ STORE_ENCRYPTION_KEY: '  ', STORE_ENCRYPTION_OLD_KEYS: ' , ' }).storeCipher, undefined);
  assert.equal(describeConfig(loadConfig({})).storeEncryption, false);
});

test('a key as 64 hex or 44 base64 characters; old keys comma-separated; the cipher carries their ids', () => {
  assert.equal(loadConfig({ STORE_ENCRYPTION_KEY: A.toString('hex') }).storeCipher?.kid, keyId(A));
  const c = loadConfig({
    STORE_ENCRYPTION_KEY: A.toString('base64'),
    STORE_ENCRYPTION_OLD_KEYS: ` ${B.toString('hex')} ,${C.toString('base64')},`,
  }).storeCipher;
  assert.deepEqual([c?.kid, c?.oldKids], [keyId(A), [keyId(B), keyId(C)]]);
  // The CLI reads the same variables alone.
  assert.equal(readStoreCipher({ STORE_ENCRYPTION_KEY: A.toString('hex') })?.kid, keyId(A));
});

test('a malformed key names its variable (and which old key), with a correct example, never the value', () => {
  fails({ STORE_ENCRYPTION_KEY: 'hunter2hunter2' }, 'STORE_ENCRYPTION_KEY', /64 hexadecimal .*openssl rand -hex 32/);
  fails({ STORE_ENCRYPTION_KEY: A.toString('hex').slice(1) }, 'STORE_ENCRYPTION_KEY', /got 63 characters/);
  fails({ STORE_ENCRYPTION_KEY: '0'.repeat(64) }, 'STORE_ENCRYPTION_KEY', /placeholder/);
  fails(
    { STORE_ENCRYPTION_KEY: A.toString('hex'), STORE_ENCRYPTION_OLD_KEYS: `${B.toString('hex')},not-a-key-at-all` },
    'STORE_ENCRYPTION_OLD_KEYS',
    /the second key must be 32 random bytes/,
  );
  fails(
    { STORE_ENCRYPTION_OLD_KEYS: B.toString('hex') },
    'STORE_ENCRYPTION_KEY',
    /missing \(needed because STORE_ENCRYPTION_OLD_KEYS is set\)/,
  );
});

test('NODE_ENV=production without a key refuses to start; with one, or elsewhere, it starts', () => {
  const production = { NODE_ENV: 'production' };
  assert.throws(
    () => requireStoreKeyInProduction(loadConfig(production), production),
    (e: unknown) =>
      e instanceof ConfigError &&
      e.variable === 'STORE_ENCRYPTION_KEY' &&
      /required when NODE_ENV=production/.test(e.message),
  );
  const keyed = { ...production, STORE_ENCRYPTION_KEY: A.toString('hex') };
  requireStoreKeyInProduction(loadConfig(keyed), keyed);
  for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }])
    requireStoreKeyInProduction(loadConfig(env), env);
});

test('the key never reaches a log: describeConfig shows key ids, and so does the config serialised', () => {
  const config = loadConfig({
    STORE_ENCRYPTION_KEY: A.toString('hex'),
    STORE_ENCRYPTION_OLD_KEYS: B.toString('base64'),
  });
  assert.deepEqual(describeConfig(config).storeEncryption, { kid: keyId(A), oldKids: [keyId(B)] });
  const shown = JSON.stringify([config, describeConfig(config)]);
  for (const k of [A, B]) for (const enc of ['hex', 'base64'] as const) assert.ok(!shown.includes(k.toString(enc)));
});
