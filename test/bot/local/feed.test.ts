// The playground channel's own posts (GET /api/feed): a scheduled run appears in the feed the page polls, with its
// figures served; a pinned board keeps its feed id and gets a new revision when it is edited; `after` returns only
// what changed since; a malformed `after` reads as 0 and other methods are refused. In Debian's Chromium (skipped
// with the reason when it is missing; REQUIRE_BROWSER=1 makes that a failure), the page shows a scheduled post on
// its next poll and replaces an edited board in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { requirement } from '../../requirements.js';
import { generateQuiz } from '../../../src/engine/index.js';
import { PIN_THROTTLE_MS } from '../../../src/bot/groups/service.js';
import type { FeedResponse } from '../../../src/bot/local/server.js';
import { makeGroupContext, SCRIPT_HEADERS, startServer } from './fixtures.js';

const T0 = Date.UTC(2026, 3, 1, 8); // Wednesday 1 April 2026, 08:00 UTC

async function command(url: string, text: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}/api/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...SCRIPT_HEADERS },
    body: JSON.stringify({ text, user: 'ada' }),
  });
  const json = (await res.json()) as Record<string, unknown>;
  assert.equal(json.ok, true, `${text}: ${JSON.stringify(json)}`);
  return json;
}

async function feed(url: string, after: number | string = 0): Promise<FeedResponse> {
  const res = await fetch(`${url}/api/feed?after=${after}`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  return (await res.json()) as FeedResponse;
}

test('scheduled runs and a pinned board appear in the feed; an edit keeps the id with a new revision', async () => {
  const clock = { now: T0 };
  const ctx = await makeGroupContext(clock);
  const s = await startServer(ctx);
  try {
    const empty = await feed(s.url);
    assert.deepEqual([empty.rev, empty.posts], [0, []]);
    assert.match(empty.epoch, /^[0-9a-f]{12}$/);
    await command(s.url, 'schedule daily 09:00 apply window');
    clock.now = Date.UTC(2026, 3, 1, 9, 0, 5);
    const [run] = await ctx.groups!.tick();
    assert.equal(run.ok, true);
    const first = await feed(s.url);
    assert.equal(first.posts.length, 1);
    const post = first.posts[0];
    assert.ok(post.reply.ok);
    if (!post.reply.ok) return;
    assert.equal(post.reply.verb, 'apply');
    assert.ok(post.reply.figures.length > 0);
    const png = await fetch(s.url + post.reply.figures[0].url);
    assert.equal(png.headers.get('content-type'), 'image/png');
    await png.arrayBuffer();

    // The board, pinned, then edited after a round closes: the same id, a later revision; nothing else changed.
    await command(s.url, 'scores pin');
    const pinned = await feed(s.url, first.rev);
    assert.equal(pinned.posts.length, 1);
    const board = pinned.posts[0];
    const quiz = (await command(s.url, 'quiz trace easy seed:2')).quiz as { id: string };
    await command(s.url, `answer ${quiz.id} ${generateQuiz({ seed: 2, topic: 'trace', level: 'easy' }).correct}`);
    await command(s.url, `reveal ${quiz.id}`);
    clock.now += PIN_THROTTLE_MS;
    await ctx.groups!.tick();
    const edited = await feed(s.url, pinned.rev);
    assert.deepEqual(
      edited.posts.map((p) => p.id),
      [board.id],
    );
    assert.ok(edited.posts[0].rev > board.rev);
    assert.ok(edited.posts[0].reply.ok && /ada leads with 10 points/.test(edited.posts[0].reply.summary));
    assert.deepEqual((await feed(s.url, edited.rev)).posts, []);
    assert.equal((await feed(s.url, 'x')).posts.length, 2, 'a malformed cursor reads as 0: every post kept');
    assert.equal((await fetch(`${s.url}/api/feed`, { method: 'POST' })).status, 405);
  } finally {
    await s.close();
    await ctx.close();
  }
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumNeeded = requirement(
  existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (install Debian's package: apt-get install -y chromium)`,
  'REQUIRE_BROWSER',
);

test(
  'the page shows a scheduled post on its next poll, and an edited pinned board in place',
  { skip: chromiumNeeded.skip, timeout: 120_000 },
  async () => {
    chromiumNeeded.assertAvailable();
    const clock = { now: T0 };
    const ctx = await makeGroupContext(clock);
    const s = await startServer(ctx);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.clock.install({ time: T0 });
      await page.goto(s.url + '/');
      await page.locator('.chip').first().waitFor();
      // The first poll (at load) learns where the feed is; later polls show what is new.
      await page.waitForFunction(() => localStorage.getItem('hadamard-playground/feed') !== null);
      await command(s.url, 'schedule daily 09:00 explain schur');
      await command(s.url, 'scores pin');
      clock.now = Date.UTC(2026, 3, 1, 9, 0, 5);
      await ctx.groups!.tick();
      await page.clock.runFor(5_000);
      const posts = page.locator('.msg.bot[data-feed]');
      await page.waitForFunction(() => document.querySelectorAll('.msg.bot[data-feed]').length === 2);
      assert.match((await posts.nth(0).textContent()) ?? '', /No answers yet this week/);
      assert.match((await posts.nth(1).textContent()) ?? '', /Schur/);
      // A round closes; the board is edited: the page replaces it, where it was.
      const quiz = (await command(s.url, 'quiz trace easy seed:2')).quiz as { id: string };
      await command(s.url, `answer ${quiz.id} ${generateQuiz({ seed: 2, topic: 'trace', level: 'easy' }).correct}`);
      await command(s.url, `reveal ${quiz.id}`);
      clock.now += PIN_THROTTLE_MS;
      await ctx.groups!.tick();
      await page.clock.runFor(5_000);
      await page.waitForFunction(() =>
        /leads with 10 points/.test(document.querySelector('.msg.bot[data-feed]')?.textContent ?? ''),
      );
      assert.equal(await posts.count(), 2, 'replaced, not added');
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      await s.close();
      await ctx.close();
    }
  },
);
