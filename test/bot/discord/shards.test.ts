/**
 * Gateway sharding (DISCORD_SHARDS=auto|N), at the wire: the fake Discord recommends 2 shards (GET /gateway/bot),
 * accepts IDENTIFY only with `shard: [i, 2]`, and routes each guild's events to shard (guild_id >> 22) % 2. The real
 * discord.js client connects both shards, and a mention in a guild of each shard is answered exactly once.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FakeDiscord, type FakeGuild } from '../../fakes/discord.js';
import { loadConfig, ConfigError } from '../../../src/bot/config.js';
import { repliesTo, replyTo, startHarness } from './harness.js';

async function twoShardFake(): Promise<{ fake: FakeDiscord; guilds: FakeGuild[] }> {
  const fake = await FakeDiscord.start({ shards: 2 });
  const guilds = [fake.addGuild(0), fake.addGuild(1)];
  assert.deepEqual(
    guilds.map((g) => fake.shardOf(g.id)),
    [0, 1],
  );
  return { fake, guilds };
}

for (const shards of ['auto', '2']) {
  describe(`DISCORD_SHARDS=${shards} against a gateway that wants 2 shards`, () => {
    it('both shards identify with [i, 2], and a mention in a guild of each shard is answered exactly once', async () => {
      const { fake, guilds } = await twoShardFake();
      const h = await startHarness({ fake, env: { DISCORD_SHARDS: shards, RATE_LIMIT_COUNT: '1000' } });
      try {
        const identified = fake.identifies.map((f) => (f.d as { shard?: [number, number] }).shard);
        assert.deepEqual(identified.map((x) => JSON.stringify(x)).sort(), ['[0,2]', '[1,2]']);
        assert.deepEqual(fake.connectedShards, [0, 1]);
        assert.match(h.bot.where, /2 shards/);

        const mentions = guilds.map((g, k) =>
          fake.dispatchMessage(`<@${fake.appId}> [[${k + 1},2],[3,4]] [[5,6],[7,8]]`, fake.alice, false, g),
        );
        const replies = await Promise.all(mentions.map((m, k) => replyTo(fake, m, `the reply in guild ${k}`)));
        assert.match(replies[0].content, /\b5\b/);
        assert.match(replies[1].content, /\b10\b/);
        replies.forEach((r, k) => assert.equal(r.channel_id, guilds[k].channelId, 'answered in its own channel'));
        // One more round trip on each shard, so that a duplicate would have arrived by now.
        const later = guilds.map((g) => fake.dispatchMessage(`<@${fake.appId}> help`, fake.bob, false, g));
        await Promise.all(later.map((m) => replyTo(fake, m)));
        for (const m of mentions) assert.equal(repliesTo(fake, m).length, 1, 'answered once');
        assert.equal(h.handled(), 4, 'four mentions, four commands');
      } finally {
        await h.close();
        await fake.close();
      }
    });
  });
}

describe('DISCORD_SHARDS validation', () => {
  it('auto, or a whole number from 1 to 1024; anything else names the variable', () => {
    const base = { DISCORD_TOKEN: 'x', DISCORD_APP_ID: '123456789012345678' };
    assert.equal(loadConfig(base).discord?.shards, 1);
    assert.equal(loadConfig({ ...base, DISCORD_SHARDS: 'auto' }).discord?.shards, 'auto');
    assert.equal(loadConfig({ ...base, DISCORD_SHARDS: '4' }).discord?.shards, 4);
    for (const bad of ['0', 'two', '-1', '2000'])
      assert.throws(
        () => loadConfig({ ...base, DISCORD_SHARDS: bad }),
        (e: unknown) => e instanceof ConfigError && e.variable === 'DISCORD_SHARDS',
      );
  });
});
