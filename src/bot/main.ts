/**
 * The one entry point (`npm start`, `node dist/src/bot/main.js`). On Linux with glibc it first starts itself once
 * more with glibc's malloc tunable set (./launch.ts: it must be in the environment before the process starts) and
 * only supervises that child; otherwise, and in the child, it runs the bot (./serve.ts). `.env` is read first, so
 * it may set those variables too.
 */
import { fileURLToPath } from 'node:url';
import { readDotEnv } from './config.js';
import { followParent, relaunchWithTunables, useAllocatorDefaults } from './launch.js';

readDotEnv('start');
useAllocatorDefaults();
if (!relaunchWithTunables(fileURLToPath(import.meta.url))) {
  followParent();
  await import('./serve.js');
}
