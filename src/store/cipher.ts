/**
 * Tokens at rest (DESIGN §8): the store's secret columns (Slack installations, the reply handles of commands in
 * flight, quiz message refs that may carry a Discord interaction token) are sealed with AES-256-GCM under
 * `STORE_ENCRYPTION_KEY` before they reach the database, in the same TEXT columns (no migration):
 *
 *     enc:v1:<kid>:<base64url(iv, 12 bytes)>:<base64url(ciphertext ‖ tag)>
 *
 * `kid` names the key (the first 8 hex digits of SHA-256("hadamard-kid" ‖ key)), so keys rotate without names: new
 * values are written under the current key, values under an old key are still read. The additional authenticated
 * data binds the version, the kid, the column and the row's id, so a ciphertext copied to another column or row (or
 * given another kid) fails like a tampered one. A value without the prefix is a legacy plain-text row and reads as
 * is. A value that cannot be opened (unknown key, tampered, no key configured) reads as absent: `SecretColumns`
 * says so once per column, reason and key at warn, never with the value.
 *
 * Random 96-bit IVs: NIST's bound for GCM under one key is 2^32 encryptions, far above the store's writes between
 * two rotations.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { StoreLogger } from './types.js';

/** The columns whose values are sealed (table.column: the name is part of the authenticated data). */
export type SecretColumn = 'slack_installations.installation' | 'pending_replies.reply_to' | 'rounds.message_ref';

export const SEALED_PREFIX = 'enc:v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^enc:v1:([0-9a-f]{8}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22,})$/;

/**
 * A key from its text: 32 bytes as 64 hexadecimal characters, or as 44 base64 characters (standard or URL-safe,
 * `=`-padded; 43 without the padding). Throws with a message that never contains the text.
 */
export function parseStoreKey(text: string): Buffer {
  const t = text.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(t)) key = Buffer.from(t, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (!key || key.length !== KEY_BYTES)
    throw new Error(
      `must be 32 random bytes written as 64 hexadecimal characters or 44 base64 characters (got ${t.length} characters); generate one with: openssl rand -hex 32`,
    );
  if (key.every((b) => b === key[0]))
    throw new Error(
      'is a placeholder (every byte the same), not a random key; generate one with: openssl rand -hex 32',
    );
  return key;
}

/** The key's id, stored beside each value: 8 hex digits of SHA-256("hadamard-kid" ‖ key). Reveals nothing usable. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update('hadamard-kid').update(key).digest('hex').slice(0, 8);
}

function aad(kid: string, column: SecretColumn, rowId: string): Buffer {
  return Buffer.from(JSON.stringify(['hadamard', 'v1', kid, column, rowId]), 'utf8');
}

/** Why a sealed value could not be opened. */
export type OpenFailure = 'no key configured' | 'unknown key' | 'authentication failed' | 'malformed';

export type Opened = { ok: true; value: string } | { ok: false; reason: OpenFailure; kid?: string };

/** Whether a stored value is sealed (else it is a legacy plain-text value). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED_PREFIX);
}

/** The kid a sealed value names, or undefined for a plain or malformed one. */
export function sealedKid(stored: string): string | undefined {
  return SEALED.exec(stored)?.[1];
}

/**
 * AES-256-GCM under a current key (new values) and any number of old keys (still read). The key bytes live in a
 * private field: logging or serialising a cipher shows only its key ids.
 */
export class StoreCipher {
  readonly kid: string;
  readonly oldKids: readonly string[];
  readonly #keys = new Map<string, Buffer>();

  /** Throws when two different keys share a kid (a 1-in-4-billion accident; pick another key). */
  constructor(current: Buffer, old: readonly Buffer[] = []) {
    for (const k of [current, ...old])
      if (k.length !== KEY_BYTES) throw new Error(`a store key must be ${KEY_BYTES} bytes, got ${k.length}`);
    this.kid = keyId(current);
    this.#keys.set(this.kid, Buffer.from(current));
    const oldKids: string[] = [];
    for (const k of old) {
      const kid = keyId(k);
      const known = this.#keys.get(kid);
      if (known?.equals(k)) continue; // the same key listed twice
      if (known) throw new Error(`two different keys have the same key id ${kid}; generate another key`);
      this.#keys.set(kid, Buffer.from(k));
      oldKids.push(kid);
    }
    this.oldKids = oldKids;
  }

  seal(column: SecretColumn, rowId: string, plain: string): string {
    const key = this.#keys.get(this.kid)!;
    const iv = randomBytes(IV_BYTES);
    const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    c.setAAD(aad(this.kid, column, rowId));
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final(), c.getAuthTag()]);
    return `${SEALED_PREFIX}${this.kid}:${iv.toString('base64url')}:${body.toString('base64url')}`;
  }

  /** Opens a sealed value (a plain one is returned as is). Never throws. */
  open(column: SecretColumn, rowId: string, stored: string): Opened {
    if (!isSealed(stored)) return { ok: true, value: stored };
    const m = SEALED.exec(stored);
    if (!m) return { ok: false, reason: 'malformed' };
    const [, kid, ivText, bodyText] = m;
    const key = this.#keys.get(kid);
    if (!key) return { ok: false, reason: 'unknown key', kid };
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    if (iv.length !== IV_BYTES || body.length < TAG_BYTES) return { ok: false, reason: 'malformed', kid };
    try {
      const d = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      d.setAAD(aad(kid, column, rowId));
      d.setAuthTag(body.subarray(body.length - TAG_BYTES));
      const plain = Buffer.concat([d.update(body.subarray(0, body.length - TAG_BYTES)), d.final()]);
      return { ok: true, value: plain.toString('utf8') };
    } catch {
      return { ok: false, reason: 'authentication failed', kid };
    }
  }

  toJSON(): { kid: string; oldKids: readonly string[] } {
    return { kid: this.kid, oldKids: this.oldKids };
  }
}

/**
 * The store's side of it: seals on write and opens on read when a cipher is configured, passes plain text through
 * when not; a value that cannot be opened is `undefined`, and said once per column, reason and kid.
 */
export class SecretColumns {
  private readonly warned = new Set<string>();

  constructor(
    readonly cipher: StoreCipher | undefined,
    private readonly logger: StoreLogger | undefined,
  ) {}

  seal(column: SecretColumn, rowId: string, plain: string): string {
    return this.cipher ? this.cipher.seal(column, rowId, plain) : plain;
  }

  open(column: SecretColumn, rowId: string, stored: string): string | undefined {
    const opened: Opened = this.cipher
      ? this.cipher.open(column, rowId, stored)
      : isSealed(stored)
        ? { ok: false, reason: 'no key configured', kid: sealedKid(stored) }
        : { ok: true, value: stored };
    if (opened.ok) return opened.value;
    const once = `${column}|${opened.reason}|${opened.kid ?? ''}`;
    if (!this.warned.has(once)) {
      this.warned.add(once);
      this.logger?.warn(
        { column, row: rowId, reason: opened.reason, kid: opened.kid ?? null },
        'store: a stored secret could not be decrypted and is treated as absent (said once per column, reason and key id; see "Rotating the store key" in notes/store.md)',
      );
    }
    return undefined;
  }

  /** Whether a stored value is as a write would store it now: under the current key (or plain, without a cipher). */
  isCurrent(stored: string): boolean {
    return this.cipher ? sealedKid(stored) === this.cipher.kid : !isSealed(stored);
  }
}
