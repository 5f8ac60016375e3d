// Slack's paths on the instance's one HTTP server (as main.ts mounts them), at the wire: each answers its method only
// (405 with `Allow` for any other, at once), what Bolt does not route is 404, and none of it is ever a 500 or a log
// line with the request in it. An install with an invalid OAuth code is a 400 page; a failure on our side (a client
// secret Slack refuses) a 500 page, logged as a code without the secret.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../../src/store/types.js';
import { FakeSlack } from '../../fakes/slack.js';
import { sqliteFile, type TestDatabase } from '../../store/backends.js';
import { startBot, type BotUnderTest } from './harness.js';

/** Credentials a browser or a scanner might send along; none may reach the log. */
const PLANTED_COOKIE = 'session=planted-cookie-3f9a1c7e5b2d';
const PLANTED_AUTH = 'Bearer planted-authorization-8e1f0c2a9d4b';
const CREDENTIALS = { cookie: PLANTED_COOKIE, authorization: PLANTED_AUTH };

function baseOf(bot: BotUnderTest): string {
  return bot.eventsUrl.replace(/\/slack\/events$/, '');
}

/** Nothing in the log is a request dump: no credential sent, no handler failure, no long line. */
function assertCleanLog(bot: BotUnderTest): void {
  const raw = bot.rawLogs();
  assert.ok(!raw.includes('planted-cookie'), 'the Cookie header is not in the log');
  assert.ok(!raw.includes('planted-authorization'), 'the Authorization header is not in the log');
  assert.deepEqual(
    bot.logs.filter((l) => l.msg === 'http handler failed'),
    [],
    'no handler failed',
  );
  const longest = Math.max(0, ...raw.split('\n').map((l) => l.length));
  assert.ok(longest < 2000, `no log line is a dump (longest ${longest} characters)`);
}

async function status(url: string, method: string): Promise<{ status: number; allow: string | null }> {
  const r = await fetch(url, { method, headers: CREDENTIALS, ...(method === 'POST' ? { body: 'x=1' } : {}) });
  await r.arrayBuffer();
  return { status: r.status, allow: r.headers.get('allow') };
}

describe('Slack paths on the shared HTTP server', () => {
  it('one workspace: /slack/events answers POST only (405, Allow: POST), other /slack paths 404, never 500', async () => {
    const fake = await FakeSlack.start();
    const bot = await startBot(fake, { shared: true });
    try {
      const base = baseOf(bot);
      for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
        assert.deepEqual(await status(bot.eventsUrl, method), { status: 405, allow: 'POST' }, method);
      assert.deepEqual(await status(`${bot.eventsUrl}?ssl_check=1`, 'GET'), { status: 405, allow: 'POST' });
      // OAuth is off: its paths are not mounted.
      assert.equal((await status(`${base}/slack/install`, 'GET')).status, 404);
      assert.equal((await status(`${base}/slack/oauth_redirect`, 'GET')).status, 404);
      assert.equal((await status(`${base}/slack/events/extra`, 'POST')).status, 404);
      // An unsigned POST is refused by Bolt's signature check; a signed one is served.
      assert.equal((await status(bot.eventsUrl, 'POST')).status, 401);
      const ok = await fake.sendSlashCommand(bot.eventsUrl, { text: 'help' });
      assert.equal(ok.status, 200);
      await fake.waitFor(() => fake.responses.some((r) => r.commandId === ok.commandId), 10_000, 'the help');
      assertCleanLog(bot);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  describe('many workspaces (OAuth, SQLite file)', { skip: sqliteFile.skip }, () => {
    async function withOAuthBot(
      fn: (fake: FakeSlack, bot: BotUnderTest, store: Store) => Promise<void>,
    ): Promise<void> {
      const db: TestDatabase = await sqliteFile.fresh();
      const store: Store = await db.open();
      const fake = await FakeSlack.start();
      fake.addWorkspace('T0ROUTES1', 'Routes university');
      const bot = await startBot(fake, { store, oauth: {}, shared: true });
      fake.redirectUrl = `${baseOf(bot)}/slack/oauth_redirect`;
      try {
        await fn(fake, bot, store);
      } finally {
        await bot.stop();
        await fake.close();
        await store.close().catch(() => undefined);
        await db.drop();
      }
    }

    /** A browser starts an install: the state cookie and the redirect Slack sends back after Allow. */
    async function startInstall(bot: BotUnderTest): Promise<{ cookie: string; back: URL }> {
      const page = await fetch(`${baseOf(bot)}/slack/install`);
      assert.equal(page.status, 200);
      const href = /id="add-to-slack" href="([^"]+)"/.exec(await page.text())?.[1]?.replace(/&#38;/g, '&');
      const cookie = /(slack-app-oauth-state=[^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1];
      assert.ok(href && cookie);
      const allow = await fetch(href, { redirect: 'manual', headers: { 'x-fake-team': 'T0ROUTES1' } });
      assert.equal(allow.status, 302);
      return { cookie, back: new URL(allow.headers.get('location')!) };
    }

    it('/slack/install and /slack/oauth_redirect answer GET only (405, Allow: GET); /slack/events POST only', () =>
      withOAuthBot(async (_fake, bot) => {
        const base = baseOf(bot);
        for (const path of ['/slack/install', '/slack/oauth_redirect'])
          for (const method of ['POST', 'PUT', 'DELETE', 'HEAD'])
            assert.deepEqual(
              await status(`${base}${path}`, method),
              { status: 405, allow: 'GET' },
              `${method} ${path}`,
            );
        assert.deepEqual(await status(bot.eventsUrl, 'GET'), { status: 405, allow: 'POST' });
        assert.equal((await status(`${base}/slack/install`, 'GET')).status, 200);
        assertCleanLog(bot);
      }));

    it('an invalid OAuth code is a 400 page; a replayed redirect too; the good code installs', () =>
      withOAuthBot(async (_fake, bot) => {
        const { cookie, back } = await startInstall(bot);
        const forged = new URL(back);
        forged.searchParams.set('code', 'not-a-code-Slack-gave');
        const bad = await fetch(forged, { headers: { cookie, authorization: PLANTED_AUTH } });
        const html = await bad.text();
        assert.equal(bad.status, 400, html);
        assert.match(html, /invalid_code/);
        assert.match(bad.headers.get('content-type') ?? '', /text\/html/);
        assert.ok(
          bot.logs.some((l) => l.msg === 'slack: an install did not complete' && l.reason === 'invalid_code'),
          'logged as its code',
        );
        // The state was spent by that attempt: the same redirect again is refused as well (400, not 500).
        assert.equal((await fetch(back, { headers: { cookie } })).status, 400);
        // A fresh install with the code Slack gave works.
        const again = await startInstall(bot);
        const ok = await fetch(again.back, { headers: { cookie: again.cookie } });
        assert.equal(ok.status, 200, await ok.text());
        assertCleanLog(bot);
      }));

    it('a failure on our side (Slack refuses the client secret) is a 500 page, logged without the secret', () =>
      withOAuthBot(async (fake, bot) => {
        const secret = fake.oauthClient.secret;
        const { cookie, back } = await startInstall(bot);
        // Slack rotated the secret; the bot still has the old one.
        fake.oauthClient = { ...fake.oauthClient, secret: 'rotated-secret-the-bot-does-not-know' };
        const r = await fetch(back, { headers: { cookie } });
        const html = await r.text();
        assert.equal(r.status, 500, html);
        assert.match(html, /on our side/);
        assert.ok(
          bot.logs.some((l) => l.msg === 'slack: an install did not complete' && l.reason === 'invalid_client'),
          'logged as its code',
        );
        assert.ok(!bot.rawLogs().includes(secret), 'the client secret is not in the log');
        assert.ok(!bot.rawLogs().includes(back.searchParams.get('code')!), 'nor the code');
        assertCleanLog(bot);
      }));

    it('an install page the store cannot serve (no state kept) is a 500 page at once, not a hang', () =>
      withOAuthBot(async (_fake, bot, store) => {
        await store.close();
        const r = await fetch(`${baseOf(bot)}/slack/install`, { signal: AbortSignal.timeout(10_000) });
        const html = await r.text();
        assert.equal(r.status, 500, html);
        assert.match(html, /on our side/);
        assert.equal(r.headers.get('set-cookie'), null, 'no state cookie for a state that was not kept');
        assert.ok(bot.logs.some((l) => l.msg === 'slack: the install page failed'));
        assertCleanLog(bot);
      }));
  });
});
