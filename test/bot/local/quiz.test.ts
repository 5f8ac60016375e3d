/**
 * A study-group quiz in the local playground, in Debian's Chromium (playwright-core): the question with one button
 * per choice (listed once: as buttons), private feedback for a click with the choice marked and the buttons at rest,
 * "already answered" for a second answer, and the reveal when the time is up
 * (the page's clock and the service's are moved together), with the buttons disabled. Skipped with the reason
 * when Chromium is missing; REQUIRE_BROWSER=1 makes that a failure.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateQuiz } from '../../../src/engine/index.js';
import { listenLocal, type LocalServer } from '../../../src/bot/local/server.js';
import { makeGroupContext } from './fixtures.js';
import { requirement } from '../../requirements.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumNeeded = requirement(
  existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (install Debian's package: apt-get install -y chromium)`,
  'REQUIRE_BROWSER',
);

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('a quiz in the local playground', { timeout: 120_000 }, () => {
  const clock = { now: Date.UTC(2026, 10, 25, 15) };
  let browser: Browser;
  let server: LocalServer;
  let ctx: Awaited<ReturnType<typeof makeGroupContext>>;

  before(async () => {
    if (!chromiumNeeded.available) return;
    ctx = await makeGroupContext(clock);
    server = await listenLocal(ctx, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await ctx?.close();
  });

  async function send(page: Page, text: string) {
    const replies = page.locator('.msg.bot:not(.pending)');
    const before = await replies.count();
    const box = page.getByLabel('Message hadamard-bot');
    await box.fill(text);
    await box.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.msg.bot:not(.pending)').length > n, before);
    return replies.nth(before);
  }

  test(
    'buttons answer privately, once; when the time is up the answer is revealed and the buttons close',
    { skip: chromiumNeeded.skip },
    async () => {
      chromiumNeeded.assertAvailable();
      const context = await browser.newContext({ viewport: { width: 900, height: 1000 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.clock.install({ time: clock.now });
      await page.goto(server.url + '/');
      await page.locator('.chip').first().waitFor();

      const q = generateQuiz({ seed: 7, topic: 'schur', level: 'easy' });
      const quiz = await send(page, 'quiz schur easy seed:7');
      const buttons = quiz.locator('.quiz-choices button');
      assert.deepEqual(
        await buttons.allTextContents(),
        q.choices.map((c) => `${c.id}) ${c.label}`),
      );
      // The choices appear once (the buttons), and the text speaks of them.
      const question = (await quiz.locator('.answer').textContent()) ?? '';
      for (const c of q.choices) assert.ok(!question.includes(c.label), `${c.label} is not listed again`);
      assert.match(question, /Press a button/);
      const replies = page.locator('.msg.bot:not(.pending)');

      // Ada (the page) picks the right answer: private feedback; a second click changes nothing.
      let n = await replies.count();
      await quiz.locator(`button[data-choice="${q.correct}"]`).click();
      await page.waitForFunction((k) => document.querySelectorAll('.msg.bot:not(.pending)').length > k, n);
      const feedback = replies.nth(n);
      assert.match((await feedback.getAttribute('class')) ?? '', /\bprivate\b/);
      assert.match((await feedback.textContent()) ?? '', /Right/);
      // The choice stays marked and the buttons rest: a second click cannot post another line.
      assert.equal(await quiz.locator(`button[data-choice="${q.correct}"]`).getAttribute('aria-pressed'), 'true');
      for (const b of await buttons.all()) assert.equal(await b.isDisabled(), true);
      // Typed, a second answer changes nothing and says so.
      const id = await quiz.locator('.quiz-choices').getAttribute('data-quiz');
      const again = await send(page, `answer ${id} ${q.choices.find((c) => c.id !== q.correct)!.id}`);
      assert.match((await again.textContent()) ?? '', /already answered/);

      // Time passes, for the page and for the service together: the page asks for the reveal itself.
      n = await replies.count();
      clock.now += 61_000;
      await page.clock.fastForward(61_000);
      await page.waitForFunction((k) => document.querySelectorAll('.msg.bot:not(.pending)').length > k, n);
      const reveal = replies.nth(n);
      const text = (await reveal.textContent()) ?? '';
      assert.match(text, new RegExp(`The answer is ${q.correct}\\)`));
      assert.match(text, /1 of 1 got it/);
      assert.ok((await reveal.locator('img').count()) >= 1, 'the worked figure comes with the reveal');
      for (const b of await buttons.all()) assert.equal(await b.isDisabled(), true);

      // The leaderboard shows the point.
      const board = await send(page, 'scores');
      assert.match((await board.textContent()) ?? '', /you lead with 10 points/);
      assert.match((await board.textContent()) ?? '', /1\. you: 10 points/);
      // class export: the CSV offered as a download next to the answer.
      const exported = await send(page, 'class export');
      const link = exported.locator('a.file-download');
      assert.match((await link.getAttribute('download')) ?? '', /^class-.*\.csv$/);
      assert.match((await link.getAttribute('href')) ?? '', /^data:text\/csv;charset=utf-8;base64,/);
      assert.deepEqual(problems, []);
      await context.close();
    },
  );
});
