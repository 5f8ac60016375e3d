// No secret reaches the log, end to end: two real bot processes (main.ts, as `npm start` runs it) at LOG_LEVEL=debug,
// with distinctive secrets planted everywhere a secret goes (the Slack bot token, signing, client and state secrets,
// the Discord bot token, the database password, STORE_ENCRYPTION_KEY), are driven through the fake Slack and the fake
// Discord with a representative mix: slash commands (an answer with a figure, help, an error, a quiz), a quiz button,
// a mention, an OAuth install and a command in the installed workspace, Discord HTTP interactions, and the hostile
// cases (wrong methods with Cookie and Authorization headers, unknown paths, a bad signature, a `null` Discord body,
// an invalid OAuth code). Their whole standard output and error are then searched for every planted secret, every
// interaction token and response_url the fakes handed out, and the credentials the test sent: any 12-character piece
// of one fails the test. Process A runs Slack with one token plus Discord (HTTP interactions and the gateway); B
// runs Slack for many workspaces (OAuth).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeSlack, TEAM_ID, buttonsOf } from '../../fakes/slack.js';
import { FakeDiscord } from '../../fakes/discord.js';
import { createSchema, dropSchema, postgresRequirement } from '../../store/backends.js';
import { startBotProcess, type BotProcess } from '../slack/harness.js';
import { answerOf } from '../discord/harness.js';

/** The shortest piece of a secret that counts as a leak. */
const PIECE = 12;
const APP_ID = '1180000000000000001';
const INSTALL_TEAM = 'T0LOGSEC1';

/** Secrets planted in the bots' environment (and in the fakes, so that they work): fixed, so the run is repeatable. */
const PLANTED = {
  slackBotToken: 'xoxb-7301-9462-PlantedBotTokenQz8wV3',
  installedBotToken: 'xoxb-5824-1097-PlantedInstallTokenWq4',
  signingSecret: 'plantedSigning5ecretK7mQ2xR9vL4tN8w',
  clientSecret: 'plantedClient5ecretB3nX6pJ1sD9fG2h',
  stateSecret: 'plantedState5ecretY8cV5kM0aZ7uE4rT',
  discordToken: `${Buffer.from(APP_ID).toString('base64url')}.GpL4nT.PlantedDiscordHmacPartQ1w2E3r4T5y6U7i8`,
  databasePassword: 'plantedDbPassw0rdH6jK9',
  storeEncryptionKey: 'a1b2c3d4e5f60718293a4b5c6d7e8f900f1e2d3c4b5a69788796a5b4c3d2e1f0',
  /** Sent by the test as a browser would; none may be logged. */
  cookie: 'plantedCookieValue5tZ8bN2m',
  authorization: 'plantedAuthHeaderValue3xC6vB9n',
};

/** The names of the secrets a piece of which occurs in `output`, with where. */
function leaks(output: string, secrets: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [name, secret] of Object.entries(secrets))
    for (let i = 0; i + PIECE <= secret.length; i++) {
      const at = output.indexOf(secret.slice(i, i + PIECE));
      if (at >= 0) {
        const lineStart = output.lastIndexOf('\n', at) + 1;
        found.push(`${name}: …${output.slice(lineStart, lineStart + 300)}…`);
        break;
      }
    }
  return found;
}

const pgNeed = await postgresRequirement();

test(
  'at LOG_LEVEL=debug, no planted secret, token, response_url or credential appears in two bots’ output',
  { timeout: 90_000 },
  async () => {
    // Postgres (with a password in its URL) when there is one; else the embedded store, and the password is not planted.
    if (!pgNeed.available && pgNeed.skip === false) pgNeed.assertAvailable();
    const schema = pgNeed.available ? await createSchema() : undefined;
    const dataDir = schema ? undefined : mkdtempSync(join(tmpdir(), 'hadamard-log-secrets-'));
    if (!schema) console.log('# no Postgres: the store is SQLite and no database password is planted');
    const storeEnv: Record<string, string> = schema
      ? (() => {
          const url = new URL(schema.url);
          url.password = PLANTED.databasePassword;
          return { DATABASE_URL: url.toString() };
        })()
      : { DATA_DIR: dataDir! };

    const slack = await FakeSlack.start();
    slack.signingSecret = PLANTED.signingSecret;
    slack.workspaces.get(TEAM_ID)!.token = PLANTED.slackBotToken;
    slack.addWorkspace(INSTALL_TEAM, 'Log secrets university').token = PLANTED.installedBotToken;
    slack.oauthClient = { ...slack.oauthClient, secret: PLANTED.clientSecret };
    const discord = await FakeDiscord.start({ token: PLANTED.discordToken, appId: APP_ID });
    const common = {
      ...storeEnv,
      LOG_LEVEL: 'debug',
      RATE_LIMIT_COUNT: '1000',
      SLACK_SIGNING_SECRET: PLANTED.signingSecret,
      STORE_ENCRYPTION_KEY: PLANTED.storeEncryptionKey,
    };
    const bots: BotProcess[] = [];
    const statuses: { what: string; status: number }[] = [];
    const note = (what: string, status: number) => {
      statuses.push({ what, status });
      return status;
    };
    const hostile = { cookie: `sid=${PLANTED.cookie}`, authorization: `Bearer ${PLANTED.authorization}` };
    try {
      const [a, b] = await Promise.all([
        // A: one workspace (the planted bot token), Discord over HTTP interactions and the gateway.
        startBotProcess(slack, {
          ...common,
          ...discord.env({ DISCORD_PUBLIC_KEY: discord.publicKeyHex }),
          SLACK_BOT_TOKEN: PLANTED.slackBotToken,
        }),
        // B: many workspaces (OAuth with the planted client and state secrets).
        startBotProcess(slack, {
          ...common,
          SLACK_BOT_TOKEN: '',
          SLACK_CLIENT_ID: slack.oauthClient.id,
          SLACK_CLIENT_SECRET: PLANTED.clientSecret,
          SLACK_STATE_SECRET: PLANTED.stateSecret,
        }),
      ]);
      bots.push(a, b);
      const baseA = new URL(a.eventsUrl).origin;
      const baseB = new URL(b.eventsUrl).origin;
      const answered = (commandId: string, what: string) =>
        slack.waitFor(() => slack.responses.some((r) => r.commandId === commandId), 20_000, what);

      // ---- Slack, one workspace (A): commands, a figure, an error, a quiz and its button, a mention.
      const channel = 'C0LOGSEC1';
      const send = async (text: string) => {
        const r = await slack.sendSlashCommand(a.eventsUrl, { text, channelId: channel, userId: 'U0ALICE' });
        note(`slash ${text}`, r.status);
        return r;
      };
      await answered((await send('help')).commandId, 'help');
      await send('[[1,2],[3,4]] [[5,6],[7,8]]');
      await slack.waitFor(() => slack.completedUploads().some((u) => u.channel_id === channel), 20_000, 'the figure');
      await answered((await send('psd [[1,2],[3,x]]')).commandId, 'the error');
      await send('quiz entry easy seed:3');
      await slack.waitFor(() => slack.messages.some((m) => buttonsOf(m).length > 0), 20_000, 'the quiz');
      const question = slack.messages.find((m) => buttonsOf(m).length > 0)!;
      const click = await slack.clickButton(a.eventsUrl, {
        message: question,
        button: buttonsOf(question)[0],
        userId: 'U0BOB',
      });
      note('quiz button', click.status);
      await answered(click.commandId, 'the click');
      const mention = await slack.sendEvent(a.eventsUrl, {
        type: 'app_mention',
        user: 'U0CAROL',
        text: '<@U0HADAMARD> [[2,0],[0,2]] [[1,2],[3,4]]',
        ts: '1700000500.000100',
        channel: 'C0LOGSEC2',
      });
      note('mention', mention.status);
      await slack.waitFor(() => slack.messages.some((m) => m.channel === 'C0LOGSEC2'), 20_000, 'the mention');
      assert.ok(
        slack.calls.some((c) => c.token === PLANTED.slackBotToken && c.method === 'chat.postMessage'),
        'A posted with the planted token',
      );

      // ---- Hostile requests to A: wrong methods with credentials, unknown paths, a bad signature.
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const r = await fetch(a.eventsUrl, { method, headers: hostile });
        assert.equal(note(`${method} /slack/events`, r.status), 405);
      }
      assert.equal(note('unknown path', (await fetch(`${baseA}/wp-login.php`, { headers: hostile })).status), 404);
      const forged = await slack.sendSlashCommand(a.eventsUrl, { text: 'help', secret: 'not-the-signing-secret' });
      assert.equal(note('bad signature', forged.status), 401);

      // ---- Discord over HTTP interactions (A): a command with a figure, help, and bodies that are no interaction.
      const interactions = `${baseA}/discord/interactions`;
      discord.useHttpInteractions(interactions);
      const product = discord.dispatchCommand('product', { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' });
      await answerOf(discord, product.token);
      const help = discord.dispatchCommand('help', {});
      await answerOf(discord, help.token);
      for (const body of ['null', '[]', '42', '"x"'])
        assert.equal(note(`discord ${body}`, (await discord.signedPost(interactions, body)).status), 400);
      const getInteractions = await fetch(interactions, { headers: hostile });
      assert.equal(note('GET /discord/interactions', getInteractions.status), 405);
      for (const x of discord.httpInteractions) note('discord interaction', x.status);

      // ---- Slack, many workspaces (B): an install, a command there, an invalid code, wrong methods.
      slack.redirectUrl = `${baseB}/slack/oauth_redirect`;
      const startInstall = async () => {
        const page = await fetch(`${baseB}/slack/install`);
        note('install page', page.status);
        const href = /id="add-to-slack" href="([^"]+)"/.exec(await page.text())?.[1]?.replace(/&#38;/g, '&');
        const cookie = /(slack-app-oauth-state=[^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1];
        assert.ok(href && cookie, 'an Add to Slack link and a state cookie');
        const allow = await fetch(href, { redirect: 'manual', headers: { 'x-fake-team': INSTALL_TEAM } });
        return { cookie, back: new URL(allow.headers.get('location')!) };
      };
      const first = await startInstall();
      const badCode = new URL(first.back);
      badCode.searchParams.set('code', 'an-invalid-code');
      const invalid = await fetch(badCode, { headers: { cookie: `${first.cookie}; ${hostile.cookie}` } });
      assert.equal(note('invalid OAuth code', invalid.status), 400);
      const second = await startInstall();
      const done = await fetch(second.back, { headers: { cookie: second.cookie } });
      assert.equal(note('install', done.status), 200, await done.text());
      const there = await slack.sendSlashCommand(b.eventsUrl, {
        text: '[[1,2]] [[3,4]]',
        teamId: INSTALL_TEAM,
        channelId: 'C0LOGSEC3',
        userId: 'U0DAVE',
      });
      note('slash in the installed workspace', there.status);
      await slack.waitFor(() => slack.messages.some((m) => m.channel === 'C0LOGSEC3'), 20_000, 'the answer there');
      assert.ok(
        slack.calls.some((c) => c.token === PLANTED.installedBotToken),
        'B answered with the installed (planted) token',
      );
      for (const [path, method] of [
        ['/slack/install', 'POST'],
        ['/slack/oauth_redirect', 'PUT'],
        ['/slack/events', 'GET'],
      ]) {
        const r = await fetch(`${baseB}${path}`, { method, headers: hostile });
        assert.equal(note(`${method} ${path}`, r.status), 405);
      }

      assert.deepEqual(await Promise.all(bots.map((x) => x.stop())), [0, 0], 'both exit cleanly');
      assert.deepEqual(
        statuses.filter((s) => s.status >= 500),
        [],
        'no request got a 5xx',
      );

      const output = bots.map((x) => `${x.stdout()}\n${x.stderr()}`).join('\n');
      assert.ok(output.includes('"level":20'), 'debug lines were written');
      assert.ok(!output.includes('http handler failed'), 'no handler failed');
      const secrets: Record<string, string> = { ...PLANTED };
      if (!schema) delete secrets.databasePassword;
      for (const [i, x] of discord.httpInteractions.entries()) secrets[`interaction token ${i}`] = x.token;
      for (const [i, url] of slack.responseUrls.entries())
        secrets[`response_url ${i}`] = new URL(url).pathname.split('/').pop()!;
      assert.ok(Object.keys(secrets).length > 15, 'tokens and response_urls were handed out');
      // The detector itself finds a piece of a secret inside other text.
      assert.deepEqual(leaks(`x${PLANTED.signingSecret.slice(5, 5 + PIECE)}y`, { s: PLANTED.signingSecret }).length, 1);
      assert.deepEqual(leaks(output, secrets), [], 'no piece of a secret in the output');
    } finally {
      for (const x of bots) x.kill();
      await slack.close();
      await discord.close();
      if (schema) await dropSchema(schema.schema);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
