// `npm run store:rekey` (src/bot/store-rekey.ts): after a rotation every token is rewritten under the new key, so the
// old one can be dropped; without a key, or with a malformed one, it refuses with the variable's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/bot/store-rekey.js';
import { StoreCipher, openStore } from '../../src/store/index.js';
import { driverOf } from '../store/backends.js';

const A = createHash('sha256').update('rekey key A').digest();
const B = createHash('sha256').update('rekey key B').digest();
const TEAM = { teamId: 'T1', isEnterpriseInstall: false };
const INSTALL = { team: { id: 'T1' }, bot: { token: 'xoxb-rekey-planted' }, isEnterpriseInstall: false };

test('store:rekey rewrites the tokens under the current key; then the old key can go', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-rekey-'));
  const out: string[] = [];
  t.mock.method(console, 'log', (...a: unknown[]) => out.push(a.join(' ')));
  t.mock.method(console, 'error', (...a: unknown[]) => out.push(a.join(' ')));
  try {
    const before = await openStore({ dataDir: dir, cipher: new StoreCipher(A) });
    await before.saveInstallation(TEAM, INSTALL);
    await before.close();

    assert.equal(await main({ DATA_DIR: dir }), 1, 'no key to write under');
    assert.match(out.at(-1)!, /STORE_ENCRYPTION_KEY is not set/);
    assert.equal(await main({ DATA_DIR: dir, STORE_ENCRYPTION_KEY: 'short' }), 1);
    assert.match(out.at(-1)!, /configuration error: STORE_ENCRYPTION_KEY: must be 32 random bytes/);

    const env = {
      DATA_DIR: dir,
      STORE_ENCRYPTION_KEY: B.toString('hex'),
      STORE_ENCRYPTION_OLD_KEYS: A.toString('hex'),
    };
    out.length = 0;
    assert.equal(await main(env), 0);
    const kidB = new StoreCipher(B).kid;
    assert.match(out.join('\n'), new RegExp(`slack_installations.installation: 1 rewritten under key ${kidB}`));
    assert.match(out.join('\n'), /STORE_ENCRYPTION_OLD_KEYS can be emptied/);
    assert.ok(!out.join('\n').includes(B.toString('hex')) && !out.join('\n').includes('xoxb-'), 'no key, no token');

    const after = await openStore({ dataDir: dir, cipher: new StoreCipher(B) });
    const [row] = (await driverOf(after).query('SELECT installation FROM slack_installations')).rows;
    assert.ok(String(row.installation).startsWith(`enc:v1:${kidB}:`));
    assert.deepEqual(await after.fetchInstallation(TEAM), INSTALL, 'read with the new key alone');
    await after.close();
    out.length = 0;
    assert.equal(await main(env), 0);
    assert.match(out.join('\n'), /1 already under it/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('package.json runs it as npm run store:rekey, from the build', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  assert.equal(pkg.scripts['store:rekey'], 'node dist/src/bot/store-rekey.js');
});
