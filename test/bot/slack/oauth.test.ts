// Slack in many workspaces, at the wire: the real Bolt app in OAuth mode against the fake Slack, on our store (a
// SQLite file, and the Postgres on this machine). Two workspaces install through the real flow (GET /slack/install →
// the fake's authorize page → /slack/oauth_redirect with the state cookie), commands from each are answered with that
// workspace's own token, reveals closed by the sweeper too, an uninstall deletes the installation (and the next
// command from that workspace is refused with 401, nothing sent), and a forged or replayed state is refused (the
// replay on another instance of the same store as well).
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/bot/config.js';
import { StoreInstallationStore, StoreStateStore } from '../../../src/bot/slack/oauth.js';
import { createHash } from 'node:crypto';
import { StoreCipher, openStore, type StoreOptions } from '../../../src/store/index.js';
import { openSqliteDriver } from '../../../src/store/sqlite.js';
import type { Store } from '../../../src/store/types.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, FakeSlack, buttonsOf } from '../../fakes/slack.js';
import { driverOf, postgresBackend, sqliteFile, type StoreBackend, type TestDatabase } from '../../store/backends.js';
import { startBot, startBotProcess, type BotUnderTest } from './harness.js';

const ALPHA = 'T0ALPHA';
const BRAVO = 'T0BRAVO';
const RATE = { count: 1000, windowSeconds: 30 };
let channels = 0;
const newChannel = () => `C0OAUTH${String(++channels).padStart(4, '0')}`;

/** A fixed store key for the tests that encrypt (64 hex characters, as STORE_ENCRYPTION_KEY takes it). */
const STORE_KEY = createHash('sha256').update('oauth test store key').digest();

function baseOf(bot: { eventsUrl: string }): string {
  return bot.eventsUrl.replace(/\/slack\/events$/, '');
}

interface InstallStart {
  /** The authorize URL the "Add to Slack" link points to. */
  authorizeUrl: string;
  state: string;
  /** The state cookie the install page set, as a browser would send it back. */
  cookie: string;
}

/** A browser opens /slack/install: the page, its "Add to Slack" link and the state cookie. */
async function openInstallPage(bot: { eventsUrl: string }): Promise<InstallStart> {
  const r = await fetch(`${baseOf(bot)}/slack/install`);
  assert.equal(r.status, 200);
  const html = await r.text();
  assert.match(html, /Add to Slack/);
  const href = /id="add-to-slack" href="([^"]+)"/.exec(html)?.[1];
  assert.ok(href, 'the page links to Slack');
  const authorizeUrl = href.replace(/&#38;/g, '&');
  const state = new URL(authorizeUrl).searchParams.get('state') ?? '';
  const setCookie = r.headers.get('set-cookie') ?? '';
  const cookie = /(slack-app-oauth-state=[^;]+)/.exec(setCookie)?.[1] ?? '';
  assert.ok(state && cookie.endsWith(`=${state}`), 'the state is in the URL and in the cookie');
  return { authorizeUrl, state, cookie };
}

/** The user (signed in to `team`) clicks Allow: the fake's authorize page redirects back with a code. */
async function allow(start: InstallStart, team: string): Promise<string> {
  const r = await fetch(start.authorizeUrl, { redirect: 'manual', headers: { 'x-fake-team': team } });
  assert.equal(r.status, 302, await r.text());
  return r.headers.get('location')!;
}

async function redirect(url: string, cookie: string): Promise<{ status: number; html: string }> {
  const r = await fetch(url, { headers: { cookie } });
  return { status: r.status, html: await r.text() };
}

/** The whole install, as a browser does it. */
async function install(fake: FakeSlack, bot: { eventsUrl: string }, team: string): Promise<void> {
  fake.redirectUrl = `${baseOf(bot)}/slack/oauth_redirect`;
  const start = await openInstallPage(bot);
  const back = await allow(start, team);
  const done = await redirect(back, start.cookie);
  assert.equal(done.status, 200, done.html);
  assert.match(done.html, /installed/);
}

async function waitUntil(what: string, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function suite(backend: StoreBackend): void {
  describe(`Slack OAuth (many workspaces) on ${backend.name}`, { skip: backend.skip }, () => {
    async function withBots(
      n: number,
      fn: (env: { fake: FakeSlack; bots: BotUnderTest[]; stores: Store[]; clock: { now: number } }) => Promise<void>,
      storeOptions: Partial<StoreOptions> = {},
    ): Promise<void> {
      backend.require?.();
      const db: TestDatabase = await backend.fresh();
      const fake = await FakeSlack.start();
      fake.addWorkspace(ALPHA, 'Alpha university');
      fake.addWorkspace(BRAVO, 'Bravo college');
      const clock = { now: Date.now() };
      const stores: Store[] = [];
      const bots: BotUnderTest[] = [];
      try {
        for (let i = 0; i < n; i++) {
          const store = await db.open(storeOptions);
          stores.push(store);
          bots.push(await startBot(fake, { store, oauth: {}, rateLimit: RATE, now: () => clock.now }));
        }
        await fn({ fake, bots, stores, clock });
      } finally {
        for (const b of bots) await b.stop();
        await fake.close();
        await db.drop();
      }
    }

    it('two workspaces install through the redirect flow; each is answered with its own token; an uninstall removes one', () =>
      withBots(1, async ({ fake, bots: [bot], stores: [store], clock }) => {
        // Not installed yet: refused (401), nothing sent anywhere.
        const early = await fake.sendSlashCommand(bot.eventsUrl, { text: 'help', teamId: ALPHA });
        assert.equal(early.status, 401);

        await install(fake, bot, ALPHA);
        await install(fake, bot, BRAVO);
        const visits = fake.authorizeVisits;
        assert.equal(visits.length, 2);
        for (const scope of ['commands', 'chat:write', 'files:write', 'app_mentions:read'])
          assert.ok(visits[0].scope.split(',').includes(scope), `the install asks for ${scope}`);
        const saved = (await store.fetchInstallation({ teamId: ALPHA, isEnterpriseInstall: false })) as {
          bot?: { token?: string; userId?: string };
          team?: { id?: string };
        };
        assert.equal(saved.bot?.token, fake.workspaces.get(ALPHA)!.token);
        assert.equal(saved.team?.id, ALPHA);

        // A command from each workspace, answered in its channel with its own token.
        const chA = newChannel();
        const chB = newChannel();
        for (const [team, channel] of [
          [ALPHA, chA],
          [BRAVO, chB],
        ]) {
          const r = await fake.sendSlashCommand(bot.eventsUrl, {
            text: 'product [[1,2],[3,4]] [[5,6],[7,8]]',
            teamId: team,
            channelId: channel,
          });
          assert.equal(r.status, 200);
        }
        await fake.waitFor(
          () => [chA, chB].every((c) => fake.messages.some((m) => m.channel === c)),
          10_000,
          'both answers',
        );
        const posts = (channel: string) =>
          fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
        assert.deepEqual(
          [...new Set(posts(chA).map((c) => c.token))],
          [fake.workspaces.get(ALPHA)!.token],
          "Alpha's answer with Alpha's token",
        );
        assert.deepEqual(
          [...new Set(posts(chB).map((c) => c.token))],
          [fake.workspaces.get(BRAVO)!.token],
          "Bravo's answer with Bravo's token",
        );
        assert.ok(
          fake.calls.every((c) => c.token !== FAKE_BOT_TOKEN),
          'no call with a workspace that never installed',
        );
        assert.match(fake.messages.find((m) => m.channel === chA)!.allText, /5/);

        // A mention (Events API) in Bravo: Bravo's token.
        const chM = newChannel();
        const bravoBot = fake.workspaces.get(BRAVO)!.botUserId;
        await fake.sendEvent(
          bot.eventsUrl,
          {
            type: 'app_mention',
            user: 'U0BRAVO1',
            text: `<@${bravoBot}> [[1,2]] [[3,4]]`,
            ts: '1764000001.000100',
            channel: chM,
          },
          { teamId: BRAVO },
        );
        await fake.waitFor(() => fake.messages.some((m) => m.channel === chM), 10_000, 'the mention answer');
        assert.deepEqual([...new Set(posts(chM).map((c) => c.token))], [fake.workspaces.get(BRAVO)!.token]);

        // A file shared in a DM in Alpha is downloaded with Alpha's token.
        const file = fake.shareFile('a.csv', '1,2\n3,4\n');
        const dm = 'D0ALPHA01';
        await fake.sendEvent(
          bot.eventsUrl,
          {
            type: 'message',
            subtype: 'file_share',
            channel_type: 'im',
            channel: dm,
            user: 'U0ALPHA1',
            text: 'psd @1',
            ts: '1764000002.000100',
            files: [file],
          },
          { teamId: ALPHA },
        );
        await fake.waitFor(() => fake.messages.some((m) => m.channel === dm), 10_000, 'the file answer');
        assert.deepEqual(
          fake.downloads.filter((d) => d.fileId === file.id).map((d) => d.token),
          [fake.workspaces.get(ALPHA)!.token],
        );

        // A quiz in Bravo closed by the sweeper (no request to take a token from): the reveal edits it with Bravo's.
        const chQ = newChannel();
        await fake.sendSlashCommand(bot.eventsUrl, { text: 'quiz entry easy seed:7', teamId: BRAVO, channelId: chQ });
        await fake.waitFor(
          () => fake.messages.some((m) => m.channel === chQ && buttonsOf(m).length > 0),
          10_000,
          'the quiz',
        );
        const before = fake.calls.length;
        clock.now += 3_600_000;
        assert.equal(await bot.groups!.sweep(), 1);
        // The reveal edits the question, or posts anew when the sweep came before the question was linked.
        await fake.waitFor(
          () =>
            fake.calls
              .slice(before)
              .some((c) => /^chat\.(update|postMessage)$/.test(c.method) && c.args.channel === chQ),
          10_000,
          'the reveal',
        );
        const reveal = fake.calls.slice(before).filter((c) => c.args.channel === chQ || c.args.channel_id === chQ);
        assert.ok(reveal.length > 0);
        assert.deepEqual([...new Set(reveal.map((c) => c.token))], [fake.workspaces.get(BRAVO)!.token]);

        // Alpha uninstalls: Slack revokes the token and sends app_uninstalled (no authorize needed for it).
        fake.revoke(ALPHA);
        const gone = await fake.sendEvent(bot.eventsUrl, { type: 'app_uninstalled' }, { teamId: ALPHA });
        assert.equal(gone.status, 200);
        await waitUntil(
          'the installation to be deleted',
          async () => (await store.fetchInstallation({ teamId: ALPHA, isEnterpriseInstall: false })) === undefined,
        );
        // The next command from Alpha is refused at the door (401: no installation), and nothing is sent with the
        // old token, not even an error message (there is nobody to send it as).
        const alphaCalls = fake.callsOf(ALPHA).length;
        const after = await fake.sendSlashCommand(bot.eventsUrl, { text: 'help', teamId: ALPHA, channelId: chA });
        assert.equal(after.status, 401);
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(fake.callsOf(ALPHA).length, alphaCalls, 'nothing sent with the revoked token');
        assert.equal(fake.responses.filter((x) => x.commandId === after.commandId).length, 0);
        // Bravo is untouched.
        const chB2 = newChannel();
        await fake.sendSlashCommand(bot.eventsUrl, { text: '[[2]] [[3]]', teamId: BRAVO, channelId: chB2 });
        await fake.waitFor(() => fake.messages.some((m) => m.channel === chB2), 10_000, "Bravo's next answer");

        // tokens_revoked for Bravo's bot token deletes Bravo's installation too.
        fake.revoke(BRAVO);
        const revoked = await fake.sendEvent(
          bot.eventsUrl,
          { type: 'tokens_revoked', tokens: { oauth: [], bot: [bravoBot] } },
          { teamId: BRAVO },
        );
        assert.equal(revoked.status, 200);
        await waitUntil(
          "Bravo's installation to be deleted",
          async () => (await store.fetchInstallation({ teamId: BRAVO, isEnterpriseInstall: false })) === undefined,
        );
      }));

    it('with a store key, the installation row holds no bot token, and the workspace is still answered with it', () =>
      withBots(
        1,
        async ({ fake, bots: [bot], stores: [store] }) => {
          const kid = new StoreCipher(STORE_KEY).kid;
          await install(fake, bot, ALPHA);
          const token = fake.workspaces.get(ALPHA)!.token;
          const rows = async (sql: string) => (await driverOf(store).query(sql)).rows.map((r) => String(r.v));
          const [row] = await rows(
            "SELECT installation AS v FROM slack_installations WHERE install_key = 'team:T0ALPHA'",
          );
          assert.ok(row.startsWith(`enc:v1:${kid}:`), 'sealed under the key');
          assert.ok(!row.includes(token) && !row.includes('xoxb-'), 'no bot token in the row');
          const ch = newChannel();
          const r = await fake.sendSlashCommand(bot.eventsUrl, {
            text: '[[1,2]] [[3,4]]',
            teamId: ALPHA,
            channelId: ch,
          });
          assert.equal(r.status, 200);
          await fake.waitFor(() => fake.messages.some((m) => m.channel === ch), 10_000, 'the answer');
          const posts = fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === ch);
          assert.deepEqual([...new Set(posts.map((c) => c.token))], [token], "answered with Alpha's token");
        },
        { cipher: new StoreCipher(STORE_KEY) },
      ));

    it('a forged state, a state without its cookie, and a replayed state are refused; one state works once across instances', () =>
      withBots(2, async ({ fake, bots: [one, two], stores: [store] }) => {
        fake.redirectUrl = `${baseOf(one)}/slack/oauth_redirect`;
        const exchanges = () => fake.calls.filter((c) => c.method === 'oauth.v2.access').length;

        // Forged: a well-formed state this app never signed, in the URL and the cookie alike (an attacker controls
        // both in a login-CSRF).
        const start = await openInstallPage(one);
        const back = await allow(start, ALPHA);
        const [body, expires] = start.state.split('.');
        const forgedState = `${body}.${expires}.${'A'.repeat(43)}`;
        const forgedUrl = new URL(back);
        forgedUrl.searchParams.set('state', forgedState);
        const forged = await redirect(forgedUrl.href, `slack-app-oauth-state=${forgedState}`);
        assert.equal(forged.status, 400);
        assert.match(forged.html, /slack_oauth_invalid_state/);
        // Another expiry under the real signature is forged too.
        const stretched = `${body}.${Number(expires) + 3_600_000}.${start.state.split('.')[2]}`;
        forgedUrl.searchParams.set('state', stretched);
        assert.equal((await redirect(forgedUrl.href, `slack-app-oauth-state=${stretched}`)).status, 400);
        // The right state without the browser's cookie (another browser): refused.
        assert.equal((await redirect(back, '')).status, 400);
        assert.equal(exchanges(), 0, 'no code was exchanged for a token');
        assert.equal(await store.fetchInstallation({ teamId: ALPHA, isEnterpriseInstall: false }), undefined);

        // The state from instance one completes on instance two (one load balancer, two instances, one store) …
        const onTwo = back.replace(baseOf(one), baseOf(two));
        const ok = await redirect(onTwo, start.cookie);
        assert.equal(ok.status, 200, ok.html);
        assert.equal(exchanges(), 1);
        assert.ok(await store.fetchInstallation({ teamId: ALPHA, isEnterpriseInstall: false }));
        // … and replayed on either instance, it is refused: the store consumed it.
        for (const url of [back, onTwo]) {
          const replay = await redirect(url, start.cookie);
          assert.equal(replay.status, 400);
          assert.match(replay.html, /slack_oauth_invalid_state/);
        }
        assert.equal(exchanges(), 1, 'the replay exchanged nothing');

        // Installed through instance two, Alpha is answered by instance one.
        const ch = newChannel();
        await fake.sendSlashCommand(one.eventsUrl, { text: '[[1]] [[2]]', teamId: ALPHA, channelId: ch });
        await fake.waitFor(() => fake.messages.some((m) => m.channel === ch), 10_000, 'the answer on instance one');
      }));
  });
}

suite(sqliteFile);
suite(await postgresBackend());

test('the installation cache: one store read per TTL, bounded, dropped on delete and on a new install', async () => {
  const store = await openStore({ dataDir: ':memory:' });
  try {
    const clock = { now: 1_000_000 };
    const cache = new StoreInstallationStore(store, { ttlMs: 30_000, maxEntries: 2, now: () => clock.now });
    const inst = (team: string, token: string) =>
      ({ team: { id: team }, bot: { token, userId: 'U1', id: 'B1', scopes: [] }, isEnterpriseInstall: false }) as never;
    await cache.storeInstallation(inst('T1', 'xoxb-1'));
    const q = { teamId: 'T1', isEnterpriseInstall: false, enterpriseId: undefined } as const;
    assert.equal((await cache.fetchInstallation(q)).bot?.token, 'xoxb-1');
    assert.equal((await cache.fetchInstallation(q)).bot?.token, 'xoxb-1');
    assert.equal(cache.reads, 1, 'the second fetch is served from the cache');
    clock.now += 30_001;
    await cache.fetchInstallation(q);
    assert.equal(cache.reads, 2, 'after the TTL the store is read again');
    // A reinstall (new token) drops the cached one.
    await cache.storeInstallation(inst('T1', 'xoxb-1b'));
    assert.equal((await cache.fetchInstallation(q)).bot?.token, 'xoxb-1b');
    // Bounded: a third workspace pushes out the least recently used.
    await cache.storeInstallation(inst('T2', 'xoxb-2'));
    await cache.storeInstallation(inst('T3', 'xoxb-3'));
    await cache.fetchInstallation({ ...q, teamId: 'T2' });
    await cache.fetchInstallation({ ...q, teamId: 'T3' });
    assert.equal(cache.cached, 2);
    // Misses are not cached (a new install elsewhere is seen at once), and a delete is seen at once here.
    await assert.rejects(cache.fetchInstallation({ ...q, teamId: 'T9' }), /no installation for team T9/);
    await cache.deleteInstallation({ teamId: 'T3', isEnterpriseInstall: false });
    await assert.rejects(cache.fetchInstallation({ ...q, teamId: 'T3' }), /no installation/);
  } finally {
    await store.close();
  }
});

test('OAuth states: signed, expiring, single-use', async () => {
  const store = await openStore({ dataDir: ':memory:' });
  try {
    const states = new StoreStateStore(store, 'secret-secret-secret', { scopes: ['commands'] }, 60_000);
    const other = new StoreStateStore(store, 'another-secret-entirely', { scopes: ['commands'] }, 60_000);
    const t0 = new Date(2_000_000_000_000);
    const s = await states.generateStateParam({ scopes: [] }, t0);
    await assert.rejects(other.verifyStateParam(t0, s), { code: 'slack_oauth_invalid_state' });
    await assert.rejects(states.verifyStateParam(new Date(t0.getTime() + 60_001), s), /expired/);
    assert.deepEqual(await states.verifyStateParam(t0, s), { scopes: ['commands'] });
    await assert.rejects(states.verifyStateParam(t0, s), /already used/);
    await assert.rejects(states.verifyStateParam(t0, 'garbage'), { code: 'slack_oauth_invalid_state' });
  } finally {
    await store.close();
  }
});

test('config: OAuth mode needs all three variables and the signing secret, and excludes the single token', () => {
  const oauth = {
    SLACK_CLIENT_ID: '1111111111.2222222222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'a-state-secret-of-some-length',
    SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET,
  };
  const c = loadConfig(oauth);
  assert.equal(c.slack?.botToken, undefined);
  assert.equal(c.slack?.oauth?.authorizeUrl, 'https://slack.com/oauth/v2/authorize');
  assert.equal(
    loadConfig({ ...oauth, SLACK_API_URL: 'http://127.0.0.1:9999/api/' }).slack?.oauth?.authorizeUrl,
    'http://127.0.0.1:9999/oauth/v2/authorize',
    'the authorize page sits beside the (fake) Web API',
  );
  const fails = (env: Record<string, string>, variable: string) =>
    assert.throws(
      () => loadConfig(env),
      (e: unknown) => e instanceof ConfigError && e.variable === variable,
    );
  fails({ ...oauth, SLACK_STATE_SECRET: '' }, 'SLACK_STATE_SECRET');
  fails({ ...oauth, SLACK_CLIENT_SECRET: '' }, 'SLACK_CLIENT_SECRET');
  fails({ ...oauth, SLACK_SIGNING_SECRET: '' }, 'SLACK_SIGNING_SECRET');
  fails({ ...oauth, SLACK_STATE_SECRET: 'short' }, 'SLACK_STATE_SECRET');
  fails({ ...oauth, SLACK_CLIENT_ID: 'abc' }, 'SLACK_CLIENT_ID');
  fails({ ...oauth, SLACK_BOT_TOKEN: FAKE_BOT_TOKEN }, 'SLACK_BOT_TOKEN');
  fails({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_APP_TOKEN');
  fails({ ...oauth, SLACK_REDIRECT_URI: 'https://bot.example.com/elsewhere' }, 'SLACK_REDIRECT_URI');
  fails({ SLACK_REDIRECT_URI: 'https://bot.example.com/slack/oauth_redirect' }, 'SLACK_CLIENT_ID');
  assert.equal(
    loadConfig({ ...oauth, SLACK_REDIRECT_URI: 'https://bot.example.com/slack/oauth_redirect' }).slack?.oauth
      ?.redirectUri,
    'https://bot.example.com/slack/oauth_redirect',
  );
});

test('npm start in OAuth mode serves /slack/install and /slack/oauth_redirect on the instance’s one HTTP server; with STORE_ENCRYPTION_KEY the installation and reply handles on disk hold no token', async () => {
  const fake = await FakeSlack.start();
  fake.addWorkspace(ALPHA, 'Alpha university');
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-oauth-'));
  const bot = await startBotProcess(fake, {
    SLACK_BOT_TOKEN: '',
    SLACK_CLIENT_ID: fake.oauthClient.id,
    SLACK_CLIENT_SECRET: fake.oauthClient.secret,
    SLACK_STATE_SECRET: 'a-state-secret-for-the-process-test',
    DATA_DIR: dir,
    STORE_ENCRYPTION_KEY: STORE_KEY.toString('hex'),
  });
  try {
    const base = bot.eventsUrl.replace(/\/slack\/events$/, '');
    const page = await fetch(`${base}/slack/install`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), new RegExp(`href="${fake.base}/oauth/v2/authorize\\?`));
    const bad = await fetch(`${base}/slack/oauth_redirect?code=x&state=forged`);
    assert.equal(bad.status, 400);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    // A real install through the process; the SQLite file, read as anyone with the disk would, has no token.
    await install(fake, bot, ALPHA);
    const kid = new StoreCipher(STORE_KEY).kid;
    const raw = await openSqliteDriver(join(dir, 'hadamard.db'));
    try {
      const { rows } = await raw.query('SELECT installation FROM slack_installations');
      assert.equal(rows.length, 1);
      const row = String(rows[0].installation);
      assert.ok(row.startsWith(`enc:v1:${kid}:`), row.slice(0, 20));
      assert.ok(!row.includes(fake.workspaces.get(ALPHA)!.token) && !row.includes('xoxb-'));
      // A command held in flight (its answer delayed): its response_url is in pending_replies, sealed too.
      fake.postMessageDelayMs = 1500;
      const ch = newChannel();
      await fake.sendSlashCommand(bot.eventsUrl, { text: '[[1]] [[2]]', teamId: ALPHA, channelId: ch });
      let handles: string[] = [];
      await waitUntil('the command in flight to be recorded', async () => {
        handles = (await raw.query('SELECT reply_to FROM pending_replies')).rows.map((r) => String(r.reply_to));
        return handles.length > 0;
      });
      for (const h of handles) {
        assert.ok(h.startsWith(`enc:v1:${kid}:`), h.slice(0, 20));
        assert.ok(!h.includes('/commands/') && !h.includes(fake.base), 'no response_url in the row');
      }
      await fake.waitFor(
        () => fake.messages.some((m) => m.channel === ch),
        10_000,
        'the answer, with the decrypted token',
      );
    } finally {
      await raw.close();
    }
    const logs = JSON.stringify(bot.logs());
    assert.ok(!logs.includes(fake.oauthClient.secret), 'no secret logged');
    assert.ok(!logs.includes(STORE_KEY.toString('hex')), 'the key is not logged');
    assert.ok(!logs.includes('tokens are stored unencrypted'), 'no warning with a key');
    assert.ok(logs.includes(new StoreCipher(STORE_KEY).kid), 'the key id is logged at start');
  } finally {
    await bot.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
