// A second process for store-processes.test.ts: opens the store described by argv[2] (JSON
// StoreOptions), creates the shared round, says "ready", waits for "go" on stdin, then sends its
// share of answers, rate-limit hits and close claims, and prints what it was told as one JSON line.
import { createInterface } from 'node:readline';
import { openStore, type StoreOptions } from '../../src/store/index.js';

const options = JSON.parse(process.argv[2]) as StoreOptions;
const tag = process.argv[3];
const migrated: unknown[] = [];
const store = await openStore({
  ...options,
  logger: { info: (obj, msg) => msg?.includes('migrations') && migrated.push(obj), warn: () => undefined },
});
const now = Date.UTC(2026, 10, 20, 12);
const created = await store.createRound({
  id: 'shared',
  platform: 'discord',
  workspace: 'G1',
  channel: 'C1',
  createdBy: 'U0',
  topic: 'entry',
  level: 'easy',
  seed: 1,
  correctChoice: 'b',
  choiceIds: ['a', 'b', 'c'],
  createdAt: now,
  closesAt: now + 60_000,
});
console.log('ready');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line === 'go') break;
lines.close();

const answers = await Promise.all(
  Array.from({ length: 25 }, (_, i) =>
    store.recordAnswer({
      roundId: 'shared',
      user: 'U1',
      choice: ['a', 'b', 'c'][i % 3],
      correct: i % 3 === 1,
      points: i % 3 === 1 ? 10 : 0,
      answeredAt: now + i,
    }),
  ),
);
const hits = await Promise.all(
  Array.from({ length: 25 }, () => store.hitRateLimit('U1', { limit: 10, windowMs: 60_000, now })),
);
const claims = await Promise.all(Array.from({ length: 5 }, () => store.claimClose('shared', now + 60_000)));
await store.close();
console.log(
  JSON.stringify({
    tag,
    migrated: migrated.length,
    created,
    recorded: answers.filter((a) => a.outcome === 'recorded').length,
    already: answers.filter((a) => a.outcome === 'already').length,
    allowed: hits.filter((h) => h.allowed).length,
    closed: claims.filter(Boolean).length,
  }),
);
