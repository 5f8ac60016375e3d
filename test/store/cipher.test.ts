// The sealing of tokens at rest, alone: key texts, key ids, the stored format, and what fails to open (a wrong
// column, row or key, a changed kid, a damaged value); the store-level behaviour is in contract.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { SecretColumns, StoreCipher, keyId, parseStoreKey } from '../../src/store/cipher.js';

const KEY = createHash('sha256').update('cipher test key').digest();
const OTHER = createHash('sha256').update('another key').digest();

test('parseStoreKey: 64 hex or 44 base64 (standard or URL-safe) characters; anything else is refused without echo', () => {
  assert.ok(parseStoreKey(KEY.toString('hex')).equals(KEY));
  assert.ok(parseStoreKey(KEY.toString('hex').toUpperCase()).equals(KEY));
  assert.ok(parseStoreKey(` ${KEY.toString('base64')} `).equals(KEY));
  assert.ok(parseStoreKey(KEY.toString('base64url')).equals(KEY), '43 URL-safe characters, unpadded');
  assert.ok(parseStoreKey(`${KEY.toString('base64url')}=`).equals(KEY));
  for (const bad of [
    KEY.toString('hex').slice(2), // 31 bytes
    `${KEY.toString('hex')}00`, // 33 bytes
    KEY.toString('base64').slice(4), // too short
    'correct horse battery staple correct horse battery staple!!!!!!', // 64 characters, not hex
    'a'.repeat(64), // hex, but every byte the same: a placeholder
    '',
  ])
    assert.throws(
      () => parseStoreKey(bad),
      (e: unknown) => e instanceof Error && /openssl rand -hex 32/.test(e.message) && !(bad && e.message.includes(bad)),
      bad,
    );
});

test('keyId: the first 8 hex digits of SHA-256("hadamard-kid" ‖ key), the same on every instance', () => {
  const expected = createHash('sha256')
    .update(Buffer.concat([Buffer.from('hadamard-kid'), KEY]))
    .digest('hex')
    .slice(0, 8);
  assert.equal(keyId(KEY), expected);
  assert.match(expected, /^[0-9a-f]{8}$/);
  assert.notEqual(keyId(OTHER), expected);
  assert.equal(new StoreCipher(KEY).kid, expected);
});

test('seal: enc:v1:<kid>:<iv>:<ciphertext+tag>, a fresh IV each time; opens only for the same column and row', () => {
  const c = new StoreCipher(KEY);
  const sealed = c.seal('pending_replies.reply_to', 'p1', 'https://hooks.slack.com/x');
  assert.match(sealed, new RegExp(`^enc:v1:${c.kid}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22,}$`));
  assert.notEqual(c.seal('pending_replies.reply_to', 'p1', 'https://hooks.slack.com/x'), sealed);
  assert.deepEqual(c.open('pending_replies.reply_to', 'p1', sealed), { ok: true, value: 'https://hooks.slack.com/x' });
  assert.deepEqual(c.open('rounds.message_ref', 'p1', sealed), {
    ok: false,
    reason: 'authentication failed',
    kid: c.kid,
  });
  assert.deepEqual(c.open('pending_replies.reply_to', 'p2', sealed), {
    ok: false,
    reason: 'authentication failed',
    kid: c.kid,
  });
  // Empty and long values round-trip.
  for (const v of ['', 'é'.repeat(5000)])
    assert.deepEqual(c.open('rounds.message_ref', 'r', c.seal('rounds.message_ref', 'r', v)), { ok: true, value: v });
});

test('open: a plain value reads as is; unknown, relabelled, damaged and malformed values fail, never throw', () => {
  const c = new StoreCipher(KEY);
  const other = new StoreCipher(OTHER);
  const sealed = other.seal('rounds.message_ref', 'r', 'x');
  assert.deepEqual(c.open('rounds.message_ref', 'r', '123:456'), { ok: true, value: '123:456' });
  assert.deepEqual(c.open('rounds.message_ref', 'r', sealed), { ok: false, reason: 'unknown key', kid: other.kid });
  // The other key's value relabelled with this key's id: opened with the wrong key, it fails authentication.
  const relabelled = sealed.replace(other.kid, c.kid);
  assert.equal(c.open('rounds.message_ref', 'r', relabelled).ok, false);
  for (const bad of ['enc:v1:', 'enc:v1:zz:aa:bb', `enc:v1:${c.kid}:short:AAAAAAAAAAAAAAAAAAAAAAAA`])
    assert.deepEqual(c.open('rounds.message_ref', 'r', bad), { ok: false, reason: 'malformed' }, bad);
  // A truncated body (shorter than the tag) and a value cut mid-way.
  const mine = c.seal('rounds.message_ref', 'r', 'hello');
  assert.equal(c.open('rounds.message_ref', 'r', mine.slice(0, -4)).ok, false);
});

test('old keys are read; the same key listed twice is one key; only the current key writes', () => {
  const c = new StoreCipher(OTHER, [KEY, KEY, OTHER]);
  assert.deepEqual(c.oldKids, [keyId(KEY)]);
  const underOld = new StoreCipher(KEY).seal('slack_installations.installation', 'team:T1', '{}');
  assert.deepEqual(c.open('slack_installations.installation', 'team:T1', underOld), { ok: true, value: '{}' });
  assert.ok(c.seal('slack_installations.installation', 'team:T1', '{}').startsWith(`enc:v1:${keyId(OTHER)}:`));
  // Serialised (a config logged by mistake), a cipher shows its key ids only.
  const shown = JSON.stringify({ c });
  assert.deepEqual(JSON.parse(shown), { c: { kid: keyId(OTHER), oldKids: [keyId(KEY)] } });
  assert.ok(!shown.includes(KEY.toString('hex')) && !shown.includes(KEY.toString('base64')));
  assert.throws(() => new StoreCipher(KEY.subarray(0, 16)), /32 bytes/);
});

test('SecretColumns without a cipher: plain text through, a sealed value absent (said once), current = plain', () => {
  const lines: { obj: object; msg?: string }[] = [];
  const log = { info: () => undefined, warn: (obj: object, msg?: string) => lines.push({ obj, msg }) };
  const plain = new SecretColumns(undefined, log);
  assert.equal(plain.seal('rounds.message_ref', 'r', 'v'), 'v');
  const sealed = new StoreCipher(KEY).seal('rounds.message_ref', 'r', 'v');
  assert.equal(plain.open('rounds.message_ref', 'r', sealed), undefined);
  assert.equal(plain.open('rounds.message_ref', 'r2', sealed), undefined);
  assert.equal(lines.length, 1);
  assert.deepEqual(lines[0].obj, {
    column: 'rounds.message_ref',
    row: 'r',
    reason: 'no key configured',
    kid: keyId(KEY),
  });
  assert.equal(plain.isCurrent('v'), true);
  assert.equal(plain.isCurrent(sealed), false);
  const keyed = new SecretColumns(new StoreCipher(KEY), log);
  assert.equal(keyed.isCurrent(sealed), true);
  assert.equal(keyed.isCurrent('v'), false);
});
