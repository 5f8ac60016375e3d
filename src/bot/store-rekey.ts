/**
 * `npm run store:rekey`: rewrites every token in the store under the current `STORE_ENCRYPTION_KEY`, after a
 * rotation (values under `STORE_ENCRYPTION_OLD_KEYS`) or when encryption is first turned on (legacy plain text).
 * Safe while bots run: a row is replaced only if it still holds what was read. Values no configured key opens are
 * left as they are and counted. Reads `./.env` like `npm start`. Exit 0 done, 1 configuration error, 2 failure.
 * Steps: notes/store.md, "Rotating the store key".
 */
import { pathToFileURL } from 'node:url';
import { ConfigError, readDotEnv, readStoreCipher } from './config.js';
import { StoreConfigError, rekeyStore, storeOptionsFromEnv, type RekeyReport } from '../store/index.js';

export async function main(env: Record<string, string | undefined> = process.env): Promise<number> {
  let options;
  let cipher;
  try {
    options = storeOptionsFromEnv(env);
    cipher = readStoreCipher(env);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof StoreConfigError) {
      console.error(`store:rekey: configuration error: ${err.message}`);
      return 1;
    }
    throw err;
  }
  if (!cipher) {
    console.error('store:rekey: STORE_ENCRYPTION_KEY is not set: there is no key to rewrite the tokens under.');
    return 1;
  }
  let report: RekeyReport;
  try {
    report = await rekeyStore({ ...options, cipher });
  } catch (err) {
    console.error(`store:rekey: failed: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  for (const [column, n] of Object.entries(report))
    console.log(
      `${column}: ${n.rewritten} rewritten under key ${cipher.kid}, ${n.current} already under it` +
        (n.unreadable ? `, ${n.unreadable} unreadable (under a key that is not configured, or damaged)` : ''),
    );
  const unreadable = Object.values(report).reduce((a, n) => a + n.unreadable, 0);
  if (unreadable === 0 && cipher.oldKids.length > 0)
    console.log(
      `Every token is now under key ${cipher.kid}: STORE_ENCRYPTION_OLD_KEYS can be emptied once every instance runs with this key.`,
    );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  readDotEnv('store:rekey');
  process.exitCode = await main();
}
