// What the fault suite (faults.test.ts) and the fault benchmark (bench/faults.ts) both set up: a Postgres schema reached
// through the TCP fault proxy, the fake Slack and the fake Discord (HTTP interactions, no gateway), the bot process
// on them, and one long quiz per channel with figures off; and how to read what each request got back.
import { FakeSlack, buttonsOf, type PostedMessage, type SendResult } from '../../fakes/slack.js';
import { FakeDiscord } from '../../fakes/discord.js';
import { TcpFaultProxy } from '../../fakes/tcp-proxy.js';
import { TEST_DATABASE_URL, createSchema, dropSchema } from '../../store/backends.js';
import { startBotProcess, type BotProcess } from '../slack/harness.js';

export interface FaultRig {
  schema: string;
  proxy: TcpFaultProxy;
  fake: FakeSlack;
  discord: FakeDiscord;
  bot: BotProcess;
  /** The bot's `/slack/events`. */
  events: string;
  /** The bot's base URL (`/readyz`, `/discord/interactions`). */
  origin: string;
  /** One quiz per channel, posted while the database was healthy. */
  quizzes: { channel: string; id: string; message: PostedMessage }[];
  /** Stops the bot (SIGTERM; SIGKILL if it will not), the fakes and the proxy, and drops the schema. */
  close(): Promise<void>;
}

export async function startFaultRig(o: {
  channels: string[];
  /** Environment for the bot on top of the rig's (STORE_TIMEOUT_MS, WORKERS …). */
  env?: Record<string, string>;
  /** The compiled bot (dist/), as `npm start` runs it. */
  compiled?: boolean;
  quizSeconds?: number;
}): Promise<FaultRig> {
  const { schema, url } = await createSchema();
  const target = new URL(TEST_DATABASE_URL);
  const proxy = await TcpFaultProxy.start(
    { host: target.hostname, port: Number(target.port || 5432) },
    { slowMs: 1000 },
  );
  const viaProxy = new URL(url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const fake = await FakeSlack.start();
  fake.users.set('U0ADMIN', { is_admin: true });
  const discord = await FakeDiscord.start();
  const discordEnv: Record<string, string | undefined> = discord.env({
    DISCORD_PUBLIC_KEY: discord.publicKeyHex,
    DISCORD_GATEWAY: 'off',
  });
  delete discordEnv.DISCORD_TOKEN;
  const cleanup = async (bot?: BotProcess) => {
    await bot?.stop().catch(() => bot.kill());
    await proxy.close();
    await fake.close();
    await discord.close();
    await dropSchema(schema);
  };
  let bot: BotProcess | undefined;
  try {
    bot = await startBotProcess(
      fake,
      {
        ...(discordEnv as Record<string, string>),
        DATABASE_URL: viaProxy.toString(),
        RATE_LIMIT_COUNT: '10000',
        LOG_LEVEL: 'warn',
        ...o.env,
      },
      { compiled: o.compiled },
    );
    const events = bot.eventsUrl;
    const origin = new URL(events).origin;
    discord.useHttpInteractions(`${origin}/discord/interactions`);
    // Answers without figures (the rig counts answers, not PNGs), long quizzes, one quiz per channel.
    const quizzes: FaultRig['quizzes'] = [];
    for (const [i, channel] of o.channels.entries()) {
      for (const text of ['settings figures off', `settings quiz_seconds ${o.quizSeconds ?? 900}`]) {
        const r = await fake.sendSlashCommand(events, { text, channelId: channel, userId: 'U0ADMIN' });
        await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 20_000, text);
      }
      await fake.sendSlashCommand(events, {
        text: `quiz entry easy seed:${i + 3}`,
        channelId: channel,
        userId: 'U0ADMIN',
      });
      await fake.waitFor(
        () => fake.messages.some((m) => m.channel === channel && buttonsOf(m).length > 0),
        20_000,
        `the quiz in ${channel}`,
      );
      const message = fake.messages.find((m) => m.channel === channel && buttonsOf(m).length > 0)!;
      quizzes.push({ channel, id: buttonsOf(message)[0].value!.split(':')[0], message });
    }
    const started = bot;
    return { schema, proxy, fake, discord, bot, events, origin, quizzes, close: () => cleanup(started) };
  } catch (err) {
    await cleanup(bot);
    throw err;
  }
}

/** One request the rig sent: a slash command (`[[n]] [[2]]`), a quiz click, or a Discord interaction (`[[n]]∘[[3]]`). */
export interface RigRequest {
  kind: 'command' | 'click' | 'discord';
  n: number;
  result?: SendResult;
  token?: string;
}

/**
 * Everything the bot sent back for a request, in order: for Slack, its private replies (response_url) and, for a
 * command, the channel message that echoes its text; for Discord, the edits of the deferred reply and a type-4 first
 * response. `at` is when the fake received it (NaN where the fake keeps no time).
 */
export function repliesTo(rig: Pick<FaultRig, 'fake' | 'discord'>, s: RigRequest): { at: number; text: string }[] {
  if (s.kind === 'discord') {
    const out: { at: number; text: string }[] = [];
    for (const c of rig.discord.callsFor(s.token!))
      if (c.method === 'PATCH' && c.path.endsWith('/messages/@original') && c.status < 300)
        out.push({ at: NaN, text: String((c.json as { content?: string }).content ?? '') });
    const first = rig.discord.httpInteractions.find((x) => x.token === s.token)?.body as
      { type?: number; data?: { content?: string } } | undefined;
    if (first?.type === 4) out.push({ at: NaN, text: first.data?.content ?? '' });
    return out;
  }
  const out = rig.fake.responses
    .filter((r) => r.commandId === s.result?.commandId)
    .map((r) => ({ at: r.at, text: r.allText }));
  if (s.kind === 'command')
    for (const m of rig.fake.messages)
      if (m.allText.includes(`[[${s.n}]] [[2]]`)) out.push({ at: m.at, text: m.allText });
  return out;
}
