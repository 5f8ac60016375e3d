// Commands in flight across instances: an instance that dies between the ack and the answer leaves rows whose lease
// lapses; a survivor reports each once, on the right platform, and never one that was answered or is still leased.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { InflightTracker, LOST_COMMAND_TEXT } from '../../../src/bot/runtime/inflight.js';
import { openStore } from '../../../src/store/index.js';
import type { PendingReply } from '../../../src/store/types.js';

const logger = pino({ level: 'silent' });
const who = (user: string, platform = 'slack') => ({ platform, workspace: 'T1', channel: 'C1', user });

test('a dead instance’s unanswered commands are reported once by a survivor; answered ones never', async () => {
  const store = await openStore({ dataDir: ':memory:' });
  let t = 1_000_000;
  const now = () => t;
  try {
    const dead = new InflightTracker({ store, logger, leaseMs: 3_000, now, instance: 'dead' });
    const alive = new InflightTracker({ store, logger, leaseMs: 3_000, now, instance: 'alive' });
    const reported: { p: PendingReply; text: string }[] = [];
    alive.registerReporter('slack', async (p, text) => {
      reported.push({ p, text: text() });
    });
    const answered = await dead.track(who('U1'), 'https://hooks/1', 30 * 60_000);
    const lost = await dead.track(who('U2'), 'https://hooks/2', 30 * 60_000);
    const lostDiscord = await dead.track(who('U3', 'discord'), 'app/token', 15 * 60_000);
    const mine = await alive.track(who('U4'), 'https://hooks/4', 30 * 60_000);
    assert.ok(answered && lost && lostDiscord && mine);
    await dead.done(answered);

    // Within the lease: nothing is an orphan.
    t += 2_000;
    assert.equal(await alive.sweep(), 0);
    // The dead one stops renewing; the survivor renews its own at each sweep.
    t += 2_000;
    assert.equal(await alive.sweep(), 1);
    assert.deepEqual(
      reported.map((r) => [r.p.id, r.p.user, r.p.replyTo, r.text]),
      [[lost, 'U2', 'https://hooks/2', LOST_COMMAND_TEXT]],
    );
    t += 10_000;
    assert.equal(await alive.sweep(), 0, 'reported once; the survivor’s own command is renewed, not reported');
    // Discord's orphan waits for an instance running Discord; then it is reported there.
    const other = new InflightTracker({ store, logger, leaseMs: 3_000, now, instance: 'other' });
    const discord: string[] = [];
    other.registerReporter('discord', async (p) => {
      discord.push(p.id);
    });
    assert.equal(await other.sweep(), 1);
    assert.deepEqual(discord, [lostDiscord]);
    await alive.done(mine);
    assert.equal(await store.finishPending(mine!), false, 'answered: gone');
  } finally {
    await store.close();
  }
});

test('a reporter that fails is logged and does not stop the others; a store failure never throws to the adapter', async () => {
  const store = await openStore({ dataDir: ':memory:' });
  let t = 5_000_000;
  const now = () => t;
  try {
    const dead = new InflightTracker({ store, logger, leaseMs: 1_000, now, instance: 'dead' });
    const alive = new InflightTracker({ store, logger, leaseMs: 1_000, now, instance: 'alive' });
    const ok: string[] = [];
    alive.registerReporter('slack', async (p) => {
      if (p.user === 'U1') throw new Error('response_url expired');
      ok.push(p.user);
    });
    await dead.track(who('U1'), 'x', 60_000);
    t += 1;
    await dead.track(who('U2'), 'y', 60_000);
    t += 5_000;
    assert.equal(await alive.sweep(), 1);
    assert.deepEqual(ok, ['U2']);
    await store.close();
    assert.equal(await alive.track(who('U9'), 'z', 60_000), undefined, 'a closed store: the command runs untracked');
    await alive.done(undefined);
    assert.equal(await alive.sweep(), 0);
  } finally {
    await store.close();
  }
});
