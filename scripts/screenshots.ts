// Takes the README screenshots of the local playground: light/dark × desktop/phone, into docs/.
// Run from the repository root: npm run screenshots (needs Debian's chromium)
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/bot/config.js';
import { Dispatcher } from '../src/bot/runtime/dispatch.js';
import { makeLogger } from '../src/bot/logger.js';
import { listenLocal } from '../src/bot/local/server.js';
import { GroupService } from '../src/bot/groups/service.js';
import { generateQuiz, parseCommand, run } from '../src/engine/index.js';
import { openStore } from '../src/store/index.js';

const logger = makeLogger('silent');
const rateLimit = { count: 1000, windowSeconds: 1 };
// The study-group service on a throw-away store, with a clock the quiz shot moves forward.
const clock = { now: Date.UTC(2026, 10, 25, 15) };
const store = await openStore({ dataDir: ':memory:' });
const groups = new GroupService({
  store,
  logger,
  now: () => clock.now,
  async runWorked(text, options) {
    const p = parseCommand(text);
    return p.ok ? run(p.value, options) : p;
  },
});
const server = await listenLocal(
  {
    config: { ...loadConfig({}), rateLimit },
    dispatcher: new Dispatcher({ logger, rateLimit, groups }),
    logger,
    groups,
  },
  { port: 0 },
);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
const SEED = '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]';
const COV = '4,2,0.6\n2,3,0.4\n0.6,0.4,1\n';

/** Drops files on the page as a drag from the file manager does (a DataTransfer of File objects). */
async function drop(page: Page, files: { name: string; type: string; text: string }[]) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('body', type, { dataTransfer: transfer });
}

async function send(page: Page, text: string) {
  const n = await page.locator('.msg.bot:not(.pending)').count();
  await page.fill('#message', text);
  await page.press('#message', 'Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.msg.bot:not(.pending)').length > n, n);
}

const shots: {
  file: string;
  width: number;
  height: number;
  dark: boolean;
  cmds: string[];
  type?: string;
  top?: boolean;
  /** A quiz round: the question, a click on the right answer, then the reveal after its minute. */
  quiz?: boolean;
  /** Files dropped on the page (as a drag from the file manager) and sent with `fileCommand`; then `pending` dropped. */
  files?: { name: string; type: string; text: string }[];
  fileCommand?: string;
  pending?: { name: string; type: string; text: string }[];
}[] = [
  { file: 'docs/playground-quiz.png', width: 1100, height: 1400, dark: false, cmds: [], quiz: true, top: true },
  { file: 'docs/playground.png', width: 1100, height: 900, dark: false, cmds: [SEED], top: true },
  {
    file: 'docs/playground-dark.png',
    width: 1100,
    height: 900,
    dark: true,
    cmds: [SEED, 'frobnicate [[1]]'],
    type: '/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  },
  { file: 'docs/playground-phone.png', width: 390, height: 844, dark: false, cmds: [SEED], top: true },
  {
    file: 'docs/playground-files.png',
    width: 1100,
    height: 900,
    dark: false,
    top: true,
    cmds: [],
    files: [{ name: 'covariance.csv', type: 'text/csv', text: COV }],
    fileCommand: 'psd @1',
    pending: [
      { name: 'lab-week-3.csv', type: 'text/csv', text: '1,2\n3,4' },
      { name: 'weights.json', type: 'application/json', text: '[[1,0],[0,2]]' },
    ],
  },
  {
    file: 'docs/playground-files-phone.png',
    width: 400,
    height: 844,
    dark: false,
    top: true,
    cmds: [],
    files: [{ name: 'covariance.csv', type: 'text/csv', text: COV }],
    fileCommand: 'psd @1',
    pending: [{ name: 'lab-week-3-measurements.csv', type: 'text/csv', text: '1,2\n3,4' }],
  },
  {
    file: 'docs/playground-phone-dark.png',
    width: 390,
    height: 844,
    dark: true,
    // Ends on a figure: drawn dark for the dark page, laid out for the phone's message column.
    cmds: ['[[1,2],[3,4]] [[1,2,3]]', 'psd [[1,1],[1,1]]'],
  },
];
for (const s of shots) {
  const phone = s.width < 600;
  const ctx = await browser.newContext({
    viewport: { width: s.width, height: s.height },
    colorScheme: s.dark ? 'dark' : 'light',
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error(s.file, e.message));
  if (s.quiz) await page.clock.install({ time: clock.now });
  await page.goto(server.url + '/');
  await page.waitForSelector('.chip');
  for (const c of s.cmds) await send(page, c);
  if (s.files) {
    await drop(page, s.files);
    await send(page, s.fileCommand ?? '');
  }
  if (s.pending) await drop(page, s.pending);
  if (s.quiz) {
    const q = generateQuiz({ seed: 7, topic: 'schur', level: 'easy' });
    await send(page, 'quiz schur easy seed:7');
    const n = await page.locator('.msg.bot:not(.pending)').count();
    await page.click(`.quiz-choices button[data-choice="${q.correct}"]`);
    await page.waitForFunction((k) => document.querySelectorAll('.msg.bot:not(.pending)').length > k, n);
    clock.now += 61_000;
    await page.clock.fastForward(61_000);
    await page.waitForFunction((k) => document.querySelectorAll('.msg.bot:not(.pending)').length > k, n + 1);
  }
  await page.evaluate(() =>
    Promise.all(
      [...document.images].map((i) =>
        i.complete
          ? 0
          : new Promise((r) => {
              i.onload = i.onerror = r;
            }),
      ),
    ),
  );
  if (s.type) await page.fill('#message', s.type);
  await page.evaluate((top) => {
    const l = document.getElementById('log')!;
    l.style.scrollBehavior = 'auto';
    l.scrollTop = top ? 0 : l.scrollHeight;
  }, !!s.top);
  await page.waitForTimeout(300);
  await page.screenshot({ path: s.file });
  console.log('wrote', s.file);
  await ctx.close();
}
await browser.close();
await server.close();
await store.close();
