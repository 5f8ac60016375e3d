/**
 * The local playground end to end, in Debian's Chromium driven by playwright-core.
 * When /usr/bin/chromium (CHROMIUM_PATH) is missing, each test is reported as skipped with the
 * reason; with REQUIRE_BROWSER=1 (`.ci/run`, which installs Chromium with apt) each one fails.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CATALOGUE, parseCommand } from '../../../src/engine/index.js';
import { MIN_FONT, PHONE_MIN_TEXT } from '../../../src/engine/render/width.js';
import { SCALE } from '../../../src/engine/render/theme.js';
import type { CommandResponse, LocalServer } from '../../../src/bot/local/server.js';
import { makeContext, SCRIPT_HEADERS, SEED, startServer } from './fixtures.js';
import { requirement } from '../../requirements.js';
import { PLAIN_ENGLISH } from '../../engine/i18n/helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumNeeded = requirement(
  existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (install Debian's package: apt-get install -y chromium)`,
  'REQUIRE_BROWSER',
);
/** A test that needs the browser: skipped with the reason when Chromium is missing, failed if it is required. */
const browserTest = (name: string, fn: () => Promise<void>) =>
  test(name, { skip: chromiumNeeded.skip, timeout: 60_000 }, async () => {
    chromiumNeeded.assertAvailable();
    await fn();
  });

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const XSS = '<img src=x onerror=alert(1)>';

// No time limit on the whole suite (CI runs it beside the other files and it once needed 134 s there, against 58 s
// alone): each test has its own.
describe('local playground in a real browser', () => {
  let browser: Browser;
  let server: LocalServer;
  const contexts: BrowserContext[] = [];
  /** Commands that reached the dispatcher (a refused cross-site post never does). */
  let handled = 0;
  /** Every request to /api/command as the server answered it: `POST 403`, `OPTIONS 405` … */
  const arrivals: string[] = [];

  before(
    async () => {
      if (!chromiumNeeded.available) return;
      const ctx = makeContext();
      const handle = ctx.dispatcher.handle.bind(ctx.dispatcher);
      ctx.dispatcher.handle = (req) => (handled++, handle(req));
      server = await startServer(ctx);
      server.server.prependListener('request', (req, res) => {
        if (req.url === '/api/command') res.on('finish', () => arrivals.push(`${req.method} ${res.statusCode}`));
      });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    },
    { timeout: 60_000 },
  );

  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  /** A fresh page (its own storage) that fails the test on script errors or requests elsewhere. */
  async function open(options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext(options);
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:'))
        problems.push(`external request: ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !/404|Not Found/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await page.goto(server.url + '/');
    await page.locator('.chip').first().waitFor();
    return { page, problems };
  }

  /** Types a command, presses Enter and waits for the bot's reply; returns the reply element. */
  async function send(page: Page, text: string) {
    const replies = page.locator('.msg.bot:not(.pending)');
    const before = await replies.count();
    // The box by its id: its label is in the page's language (the first test checks it is labelled).
    const box = page.locator('#message');
    await box.fill(text);
    await box.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.msg.bot:not(.pending)').length > n, before);
    return replies.nth(before);
  }

  async function api(text: string): Promise<CommandResponse> {
    const res = await fetch(server.url + '/api/command', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...SCRIPT_HEADERS },
      body: JSON.stringify({ text }),
    });
    return (await res.json()) as CommandResponse;
  }

  browserTest('the page loads with a friendly empty state, a labelled box and one chip per verb', async () => {
    const { page, problems } = await open();
    assert.match(await page.title(), /hadamard/i);
    assert.ok(await page.locator('#empty').isVisible());
    assert.match((await page.locator('#empty').textContent()) ?? '', /\[\[2,3\],\[4,1\]\]/);
    const box = page.getByLabel('Message hadamard-bot');
    assert.equal(await box.evaluate((el) => el === document.activeElement), true, 'the box has focus');
    assert.equal(await page.locator('#log').getAttribute('role'), 'log');
    assert.equal(await page.locator('#log').getAttribute('aria-live'), 'polite', 'new messages are announced');
    const chips = await page.locator('.chip').allTextContents();
    assert.deepEqual(
      chips,
      CATALOGUE.map((v) => v.verb),
    );
    assert.deepEqual(problems, []);
  });

  browserTest(
    '"Copy LaTeX" puts the answer\'s data.latex on the clipboard; answers without LaTeX have no button',
    async () => {
      const { page, problems } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
      const reply = await send(page, SEED);
      const button = reply.getByRole('button', { name: 'Copy LaTeX' });
      assert.equal(await button.count(), 1);
      await button.click();
      await reply.locator('.copy-status', { hasText: 'Copied' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const expected = await api(SEED);
      assert.ok(expected.ok);
      if (expected.ok) assert.equal(copied, expected.data.latex);
      assert.match(copied, /\\begin\{bmatrix\} 10 & 18 \\\\ 28 & 8 \\end\{bmatrix\}/);
      // Kept with the conversation: after a reload the button is still there.
      await page.reload();
      await page.locator('.msg.bot').first().waitFor();
      assert.equal(await page.getByRole('button', { name: 'Copy LaTeX' }).count(), 1);
      const help = await send(page, 'help');
      assert.equal(await help.getByRole('button', { name: 'Copy LaTeX' }).count(), 0, 'help shows no matrices');
      assert.deepEqual(problems, []);
    },
  );

  browserTest('the seed command shows the product, monospace, and its figures loaded', async () => {
    const { page, problems } = await open();
    const reply = await send(page, SEED);
    const text = (await reply.textContent()) ?? '';
    for (const n of ['10', '18', '28', '8']) assert.match(text, new RegExp(`\\b${n}\\b`), n);
    assert.ok(await page.locator('#empty').isHidden(), 'the empty state goes away');
    const code = reply.locator('pre code').first();
    assert.match(await code.evaluate((el) => getComputedStyle(el).fontFamily), /mono/i);
    // As many <img> as the engine lists figures, each loaded, each with alt text.
    const expected = await api(SEED);
    assert.equal(expected.ok, true);
    const imgs = reply.locator('img');
    assert.equal(await imgs.count(), expected.ok ? expected.figures.length : -1);
    assert.ok((await imgs.count()) >= 1, 'the product answer has a figure');
    for (let i = 0; i < (await imgs.count()); i++) {
      const img = imgs.nth(i);
      await img.evaluate((el: HTMLImageElement) =>
        el.complete ? undefined : new Promise((resolve) => el.addEventListener('load', resolve, { once: true })),
      );
      assert.ok((await img.evaluate((el: HTMLImageElement) => el.naturalWidth)) > 0, 'figure loaded');
      assert.ok(((await img.getAttribute('alt')) ?? '').length > 0, 'figure has alt text');
    }
    assert.deepEqual(problems, []);
  });

  browserTest('bad input shows a private error note with the hint', async () => {
    const { page, problems } = await open();
    const bad = 'frobnicate [[1]]';
    const reply = await send(page, bad);
    assert.match((await reply.getAttribute('class')) ?? '', /\bprivate\b/);
    assert.match((await reply.textContent()) ?? '', /Only visible to you/);
    const expected = await api(bad);
    assert.equal(expected.ok, false);
    if (expected.ok) return;
    const hint = ((await reply.locator('.hint').textContent()) ?? '').replace(/\s+/g, ' ');
    assert.ok(hint.startsWith('Hint:'), hint);
    // The hint's words are shown (markdown markers are rendered, not printed).
    const words = expected.error.hint.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();
    assert.ok(hint.includes(words), `"${hint}" shows "${words}"`);
    const message = ((await reply.locator('.error-message').textContent()) ?? '').replace(/\s+/g, ' ');
    assert.ok(message.includes(expected.error.message.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim()));
    assert.deepEqual(problems, []);
  });

  browserTest('a 4,500-character paste is sent whole and answered with text_too_long', async () => {
    const { page, problems } = await open();
    const long = '[[' + '1,'.repeat(2247) + '10]]';
    const reply = await send(page, long);
    const users = await page.locator('.msg.user .user-text').allTextContents();
    assert.equal(users[0].length, 4500, 'the box kept the whole paste');
    assert.match((await reply.getAttribute('class')) ?? '', /\bprivate\b/);
    assert.match(
      (await reply.locator('.error-message').textContent()) ?? '',
      /4500 characters long; the limit is 4000/,
    );
    assert.deepEqual(problems, []);
  });

  browserTest('bidirectional controls are shown neither in the asker’s text nor in the reply', async () => {
    const { page, problems } = await open();
    const reply = await send(page, '[[1,2]] \u202E[[3,4]] done');
    const shown = (await page.locator('#log').textContent()) ?? '';
    assert.doesNotMatch(shown, /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    assert.match((await reply.locator('.error-message').textContent()) ?? '', /"done" \(at character 18\)/);
    assert.deepEqual(problems, []);
  });

  browserTest('the XSS string stays text and runs nothing', async () => {
    const { page, problems } = await open();
    await send(page, XSS);
    await send(page, '<img src=x onerror="document.title=\'pwned\'"> **<b>bold</b>** `<script>alert(2)</script>`');
    const users = await page.locator('.msg.user .user-text').allTextContents();
    assert.equal(users[0], XSS, 'shown exactly as typed');
    assert.equal(await page.locator('#log img').count(), 0, 'no <img> made from user text');
    assert.equal(await page.locator('#log script, #log b').count(), 0);
    assert.notEqual(await page.title(), 'pwned');
    await page.waitForTimeout(200); // give a (wrongly) created image time to fail and fire onerror
    assert.deepEqual(problems, [], 'no dialog, no script error');
  });

  browserTest('a chip fills the box; Enter sends, Shift+Enter adds a line, ↑ recalls', async () => {
    const { page, problems } = await open();
    const box = page.getByLabel('Message hadamard-bot');
    const schur = CATALOGUE.find((v) => v.verb === 'schur')!;
    await page.locator('.chip', { hasText: /^schur$/ }).click();
    assert.equal(await box.inputValue(), `/hadamard ${schur.examples[0]}`);
    assert.equal(await box.evaluate((el) => el === document.activeElement), true, 'focus moves to the box');

    await box.fill('[[1,2]]');
    await box.press('Shift+Enter');
    await box.pressSequentially('[[3,4]]');
    assert.equal(await box.inputValue(), '[[1,2]]\n[[3,4]]');
    assert.equal(await page.locator('.msg.user').count(), 0, 'Shift+Enter does not send');

    await send(page, SEED);
    assert.equal(await box.inputValue(), '', 'the box empties after sending');
    await send(page, 'explain');
    await box.press('ArrowUp');
    assert.equal(await box.inputValue(), 'explain');
    await box.press('ArrowUp');
    assert.equal(await box.inputValue(), SEED);
    await box.press('ArrowDown');
    assert.equal(await box.inputValue(), 'explain');
    assert.deepEqual(problems, []);
  });

  browserTest('every verb works from its chip', async () => {
    const { page, problems } = await open();
    // Study-group verbs need the group service and a store (DESIGN §9); the playground answers them with an error.
    const pure = CATALOGUE.filter((s) => !s.group);
    for (const spec of pure) {
      await page.locator('.chip', { hasText: new RegExp(`^${spec.verb}$`) }).click();
      const replies = page.locator('.msg.bot:not(.pending)');
      const n = await replies.count();
      await page.getByLabel('Message hadamard-bot').press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('.msg.bot:not(.pending)').length > n, n);
      const reply = replies.nth(n);
      assert.doesNotMatch((await reply.getAttribute('class')) ?? '', /private/, `${spec.verb}: not an error`);
      assert.ok(((await reply.locator('.answer .title').textContent()) ?? '').length > 0, spec.verb);
    }
    assert.equal(await page.locator('.msg.user').count(), pure.length);
    assert.deepEqual(problems, []);
  });

  browserTest('keyboard only: Tab reaches the chips, Enter on a chip fills the box, focus is visible', async () => {
    const { page, problems } = await open();
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = '';
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() =>
        document.activeElement?.classList.contains('chip') ? (document.activeElement.textContent ?? '') : '',
      );
    }
    assert.equal(reached, CATALOGUE[0].verb, 'the first chip is reachable by Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.getByLabel('Message hadamard-bot').inputValue(), `/hadamard ${CATALOGUE[0].examples[0]}`);
    await page.keyboard.press('Enter');
    await page.locator('.msg.bot:not(.pending)').first().waitFor();
    assert.equal(await page.locator('.msg.user').count(), 1, 'Enter in the box sends');
    assert.deepEqual(problems, []);
  });

  browserTest('the conversation survives a reload; lost figures show their alt text', async () => {
    const { page, problems } = await open();
    await send(page, SEED);
    await send(page, 'frobnicate [[1]]');
    const beforeText = await page.locator('#log').textContent();
    await page.reload();
    await page.locator('.chip').first().waitFor();
    assert.equal(await page.locator('.msg.user').count(), 2);
    assert.equal(await page.locator('.msg.private').count(), 1);
    assert.match((await page.locator('.msg.bot').first().textContent()) ?? '', /\b28\b/);
    assert.equal(
      (await page.locator('#log').textContent())?.replace(/\d\d:\d\d\s*[AP]?M?/g, ''),
      beforeText?.replace(/\d\d:\d\d\s*[AP]?M?/g, ''),
    );
    // ↑ works from the stored history too.
    await page.getByLabel('Message hadamard-bot').press('ArrowUp');
    assert.equal(await page.getByLabel('Message hadamard-bot').inputValue(), 'frobnicate [[1]]');

    // A stored figure whose server forgot it (restart): the alt text is shown instead.
    await page.evaluate(() => {
      const key = 'hadamard-playground/v1';
      const stored = JSON.parse(localStorage.getItem(key) ?? '{"messages":[]}');
      stored.messages.push({
        role: 'bot',
        time: Date.now(),
        reply: {
          ok: true,
          title: 'Old answer',
          summary: 'from before a restart',
          sections: [],
          figures: [{ url: '/figures/forgottenforgotten00.png', alt: 'A heatmap of the old product.', name: 'old' }],
        },
      });
      localStorage.setItem(key, JSON.stringify(stored));
    });
    await page.reload();
    const gone = page.locator('.figure-gone');
    await gone.waitFor();
    assert.match((await gone.textContent()) ?? '', /A heatmap of the old product\./);

    // Clear forgets it all.
    await page.getByRole('button', { name: 'Clear' }).click();
    assert.equal(await page.locator('.msg').count(), 0);
    await page.reload();
    await page.locator('.chip').first().waitFor();
    assert.equal(await page.locator('.msg').count(), 0);
    assert.ok(await page.locator('#empty').isVisible());
    assert.deepEqual(problems, []);
  });

  /** Drops files on the page as a user's drag from the file manager would: a DataTransfer with File objects. */
  async function dropFiles(page: Page, files: { name: string; type: string; text: string }[]) {
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
      return dt;
    }, files);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    assert.ok(await page.locator('#dropzone').isVisible(), 'the drop zone shows while dragging');
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    assert.ok(await page.locator('#dropzone').isHidden(), 'and goes away on drop');
  }

  browserTest('a CSV dropped on the page is attached as @1 and answered; chips can be removed', async () => {
    const { page, problems } = await open();
    await dropFiles(page, [{ name: 'cov.csv', type: 'text/csv', text: '2,1\n1,2\n' }]);
    const chips = page.locator('#attachments .file-chip');
    assert.equal(await chips.count(), 1);
    assert.match(((await chips.first().textContent()) ?? '').replace(/\s+/g, ' '), /@1\s*cov\.csv/);
    const reply = await send(page, 'psd @1');
    assert.doesNotMatch((await reply.getAttribute('class')) ?? '', /private/, 'an answer, not an error');
    assert.match((await reply.textContent()) ?? '', /cov\.csv/, 'the answer names the file');
    assert.match(((await reply.locator('.answer .title').textContent()) ?? '').toLowerCase(), /semidefinite|psd/);
    // The sent message shows the file; the composer is empty again.
    assert.match((await page.locator('.msg.user .sent-files').textContent()) ?? '', /@1\s*cov\.csv/);
    assert.equal(await chips.count(), 0);
    assert.ok(await page.locator('#attachments').isHidden());

    // Two files, no text: the files are the operands (the product); a third is left out with a note.
    await dropFiles(page, [
      { name: 'a.csv', type: 'text/csv', text: '1,2\n3,4' },
      { name: 'b.json', type: 'application/json', text: '[[5,6],[7,8]]' },
      { name: 'c.csv', type: 'text/csv', text: '1' },
    ]);
    assert.equal(await chips.count(), 2);
    assert.match((await page.locator('#attach-status').textContent()) ?? '', /At most 2 files.*c\.csv/);
    // Remove @1, drop it again: it becomes @2 after b.json.
    await page.getByRole('button', { name: 'Remove a.csv' }).click();
    assert.equal(await chips.count(), 1);
    assert.match((await chips.first().textContent()) ?? '', /@1\s*b\.json/);
    await dropFiles(page, [{ name: 'a.csv', type: 'text/csv', text: '1,2\n3,4' }]);
    const box = page.getByLabel('Message hadamard-bot');
    await box.fill('');
    await box.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.msg.bot:not(.pending)').length >= 2);
    const product = page.locator('.msg.bot:not(.pending)').nth(1);
    // b ∘ a = [[5,12],[21,32]]
    const text = (await product.textContent()) ?? '';
    for (const n of ['5', '12', '21', '32']) assert.match(text, new RegExp(`\\b${n}\\b`), n);
    // A file of another kind is refused on the page, with the reason.
    await dropFiles(page, [{ name: 'notes.docx', type: 'application/msword', text: 'x' }]);
    assert.equal(await chips.count(), 0);
    assert.match((await page.locator('#attach-status').textContent()) ?? '', /notes\.docx is not a CSV/);
    assert.deepEqual(problems, []);
  });

  browserTest('choosing ES puts the page in Spanish: its labels, buttons, hints and the chips', async () => {
    const { page, problems } = await open();
    await page.selectOption('#language', 'es');
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.equal(await page.title(), 'hadamard-bot · entorno de pruebas local');
    assert.equal((await page.locator('#send').textContent())?.trim(), 'Enviar');
    assert.equal((await page.locator('#clear').textContent())?.trim(), 'Borrar');
    assert.equal((await page.locator('#empty h2').textContent())?.trim(), 'Prueba el bot');
    assert.match((await page.locator('#keys').textContent()) ?? '', /Enter envía/);
    assert.match((await page.locator('#theme').textContent()) ?? '', /^(Oscuro|Claro)$/);
    const box = page.getByLabel('Mensaje para hadamard-bot');
    assert.equal(await box.getAttribute('placeholder'), 'Escribe un mensaje');
    assert.match((await page.locator('.chip').first().getAttribute('aria-label')) ?? '', /Rellena el cuadro con/);
    // A reply's own chrome: the private note and the hint's label.
    await box.fill('frobnicate [[1]]');
    await box.press('Enter');
    const reply = page.locator('.msg.bot:not(.pending)').first();
    await reply.waitFor();
    assert.match((await reply.textContent()) ?? '', /Solo tú puedes verlo/);
    assert.match((await reply.locator('.hint-label').textContent()) ?? '', /^Pista:/);
    assert.equal((await reply.locator('.dismiss').textContent())?.trim(), 'Descartar');
    // Kept across a reload, and back to English on EN (the conversation's chrome follows).
    await page.reload();
    assert.equal((await page.locator('#send').textContent())?.trim(), 'Enviar');
    await page.selectOption('#language', 'en');
    assert.equal((await page.locator('#send').textContent())?.trim(), 'Send');
    assert.match((await page.locator('.msg.bot').first().textContent()) ?? '', /Only visible to you/);
    assert.deepEqual(problems, []);
  });

  browserTest('in the pseudo-locale, none of the page’s own words is plain English', async () => {
    const { page, problems } = await open();
    // qps is offered to the tests only (the selector does not list it): the page has its words all the same.
    await page.evaluate(() => {
      const select = document.getElementById('language') as HTMLSelectElement;
      select.add(new Option('QPS', 'qps'));
      select.value = 'qps';
      select.dispatchEvent(new Event('change'));
    });
    await page.locator('#attach').click({ trial: true });
    const words = await page.evaluate(() => {
      const out: string[] = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement!;
        if (parent.closest('code, kbd, script, .chip, [data-i18n-rich]')) continue;
        if (n.textContent!.trim()) out.push(n.textContent!.trim());
      }
      for (const e of document.querySelectorAll('[data-i18n-rich]')) out.push(e.textContent!.trim());
      for (const e of document.querySelectorAll('[title], [aria-label], [placeholder]'))
        for (const a of ['title', 'aria-label', 'placeholder']) {
          const v = e.getAttribute(a);
          if (v && !(e.tagName === 'OPTION' && a === 'title')) out.push(v);
        }
      return out;
    });
    const leaks = words.filter((w) => PLAIN_ENGLISH.test(w.replace(/\[[^\]]*\]/g, '')));
    assert.deepEqual(leaks, []);
    // Every word of the interface is the catalogue's (bracketed), but for names: the bot's, the verbs', the languages'.
    const names = /^(#|\+|hadamard-bot|hadamard-playground|Auto|EN|ES|PT|FR|DE|QPS|@\d|[a-z-]+)$/;
    assert.deepEqual(
      words.filter((w) => !w.includes('[') && !names.test(w)),
      [],
    );
    assert.deepEqual(problems, []);
  });

  browserTest('German at 360 px: the header, the composer and a reply fit, nothing scrolls sideways', async () => {
    const { page, problems } = await open({ viewport: { width: 360, height: 740 } });
    await page.selectOption('#language', 'de');
    // The empty box's placeholder stays on its one line.
    const placeholder = await page
      .locator('#message')
      .evaluate((b: HTMLTextAreaElement) => ({ scroll: b.scrollHeight, client: b.clientHeight, text: b.placeholder }));
    assert.ok(placeholder.scroll <= placeholder.client + 1, JSON.stringify(placeholder));
    await send(page, 'frobnicate [[1]]');
    await send(page, '[[1,2],[3,4]] [[5,6],[7,8]]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    // No control's words spill out of it.
    const spilled = await page.evaluate(() =>
      [...document.querySelectorAll('button, label, .keys, .chips-label, .private-note, .hint-label')]
        .filter((e) => !e.closest('.visually-hidden'))
        .filter((e) => (e as HTMLElement).offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.tagName}#${e.id}.${e.className}: ${e.textContent}`),
    );
    assert.deepEqual(spilled, []);
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `${process.env.SCREENSHOTS}/page-de-360.png`, fullPage: true });
    assert.deepEqual(problems, []);
  });

  browserTest('phone width has no sideways scroll; dark mode darkens the page', async () => {
    const { page, problems } = await open({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
    await send(page, '[[1000000,2000000,3000000],[4,5,6]] [[7,8,9],[10,11,12]]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    assert.ok(r + g + b < 3 * 80, `dark background, got ${bg}`);
    const { page: light } = await open({ colorScheme: 'light' });
    const lightBg = await light.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [lr, lg, lb] = (lightBg.match(/\d+/g) ?? []).map(Number);
    assert.ok(lr + lg + lb > 3 * 200, `light background, got ${lightBg}`);
    assert.deepEqual(problems, []);
  });
  /** Each figure of a reply as shown: its displayed and natural widths, and its card's colour (a corner pixel). */
  async function shownFigures(reply: ReturnType<Page['locator']>) {
    const imgs = reply.locator('.figure img');
    const out: { shown: number; natural: number; card: number[]; filter: string }[] = [];
    for (let i = 0; i < (await imgs.count()); i++)
      out.push(
        await imgs.nth(i).evaluate(async (img: HTMLImageElement) => {
          if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return {
            shown: img.getBoundingClientRect().width,
            natural: img.naturalWidth,
            card: [...ctx.getImageData(10, 10, 1, 1).data].slice(0, 3),
            filter: getComputedStyle(img).filter,
          };
        }),
      );
    return out;
  }

  /** What a reader sees of a figure's smallest text: MIN_FONT (drawn at SCALE×) times the display scale. */
  const smallestText = (f: { shown: number; natural: number }) => (MIN_FONT * SCALE * f.shown) / f.natural;

  browserTest(
    'a 400 px phone in dark mode: figures span the message column, drawn dark, their smallest text ≥ 9 px',
    async () => {
      const { page, problems } = await open({ viewport: { width: 400, height: 800 }, colorScheme: 'dark' });
      const asked: Record<string, unknown>[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/command') && r.method() === 'POST')
          asked.push(JSON.parse(r.postData() ?? '{}') as Record<string, unknown>);
      });
      // psd (the card that left half its width empty), oppenheim (a full 520 px card), the seed (a narrow one).
      for (const command of ['psd [[1,1],[1,1]]', 'oppenheim [[2,1],[1,2]] [[3,1],[1,3]]', SEED]) {
        const figures = await shownFigures(await send(page, command));
        assert.ok(figures.length >= 1, command);
        for (const f of figures) {
          assert.ok(f.shown >= 370, `${command}: shown ${f.shown} px wide of 400`);
          assert.ok(
            smallestText(f) >= PHONE_MIN_TEXT,
            `${command}: smallest text ${smallestText(f).toFixed(2)} px (${f.natural} px PNG shown at ${f.shown})`,
          );
          assert.ok(
            f.card.every((c) => c < 40),
            `${command}: a dark card, got rgb(${f.card})`,
          );
          assert.equal(f.filter, 'none', 'drawn dark, not turned over by the page');
        }
      }
      assert.equal(asked.length, 3);
      for (const body of asked) {
        assert.equal(body.theme, 'dark');
        assert.ok(typeof body.width === 'number' && body.width >= 370 && body.width <= 400, `width ${body.width}`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
      assert.deepEqual(problems, []);
    },
  );

  browserTest('the light page gets light figures; the toggle switches the look and the figures with it', async () => {
    const { page, problems } = await open({ viewport: { width: 400, height: 800 }, colorScheme: 'light' });
    const first = await shownFigures(await send(page, 'psd [[2,1],[1,2]]'));
    assert.deepEqual(first[0].card, [255, 255, 255]);
    const toggle = page.locator('#theme');
    assert.equal(await toggle.textContent(), 'Dark');
    await toggle.click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.look), 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    assert.ok(r + g + b < 3 * 80, `dark background, got ${bg}`);
    // The figure drawn light is turned over to sit on the dark page; the next one is drawn dark.
    const before = await shownFigures(page.locator('.msg.bot').first());
    assert.match(before[0].filter, /invert/);
    const next = await shownFigures(await send(page, 'psd [[2,1],[1,2]]'));
    assert.ok(
      next[0].card.every((c) => c < 40),
      `dark card, got rgb(${next[0].card})`,
    );
    assert.equal(next[0].filter, 'none');
    // Kept across a reload, until switched back (which, matching the system, forgets the choice).
    await page.reload();
    await page.locator('.chip').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.locator('#theme').click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? null), null);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.look), 'light');
    assert.deepEqual(problems, []);
  });

  browserTest('the example chips show that they scroll: the hidden edge fades, and moves as they scroll', async () => {
    const { page, problems } = await open({ viewport: { width: 400, height: 800 } });
    const track = page.locator('#chips-track');
    /** The fades' opacities (left, right) and whether the chips overflow, once the fades have settled (bounded). */
    const fades = async (expected: [string, string]) => {
      await page
        .waitForFunction(
          ([b, a]) => {
            const el = document.getElementById('chips-track')!;
            return getComputedStyle(el, '::before').opacity === b && getComputedStyle(el, '::after').opacity === a;
          },
          expected,
          { timeout: 5000 },
        )
        .catch(() => undefined);
      return track.evaluate((el) => [
        getComputedStyle(el, '::before').opacity,
        getComputedStyle(el, '::after').opacity,
        el.querySelector('ul')!.scrollWidth > el.querySelector('ul')!.clientWidth,
      ]);
    };
    assert.deepEqual(await fades(['0', '1']), ['0', '1', true], 'more chips to the right: the right edge fades');
    await page.locator('#chips').evaluate((ul) => ul.scrollTo({ left: ul.scrollWidth, behavior: 'instant' }));
    assert.deepEqual(await fades(['1', '0']), ['1', '0', true], 'at the end: the left edge fades');
    // Chips that all fit (here: two of them left): no fade either side.
    await page.locator('#chips').evaluate((ul) => {
      while (ul.children.length > 2) ul.lastElementChild!.remove();
      window.dispatchEvent(new Event('resize'));
    });
    assert.deepEqual(await fades(['0', '0']), ['0', '0', false]);
    assert.deepEqual(problems, []);
  });

  browserTest(
    'a file sent with an empty box: answered as the CLI answers it, and the "Attached" line clears',
    async () => {
      const { page, problems } = await open();
      await dropFiles(page, [{ name: 'sym5.csv', type: 'text/csv', text: '2,1\n1,2\n' }]);
      const status = page.locator('#attach-status');
      assert.equal(await status.textContent(), 'Attached: @1 sym5.csv.');
      const box = page.getByLabel('Message hadamard-bot');
      await box.fill('');
      await box.press('Enter');
      const reply = page.locator('.msg.bot:not(.pending)').first();
      await reply.waitFor();
      const cli = parseCommand('', {
        attachments: [{ name: 'sym5.csv', bytes: new TextEncoder().encode('2,1\n1,2\n') }],
      });
      assert.equal(cli.ok, false);
      if (cli.ok) return;
      assert.equal(cli.message, 'product needs at least 2 matrices; I found only one');
      assert.equal(((await reply.locator('.error-message').textContent()) ?? '').trim(), cli.message);
      assert.doesNotMatch((await reply.textContent()) ?? '', /the command is empty/);
      assert.equal(await status.textContent(), '', 'the "Attached" line is gone once the file is sent');
      assert.ok(await status.isHidden());
      assert.match((await page.locator('.msg.user .sent-files').textContent()) ?? '', /@1\s*sym5\.csv/);
      assert.deepEqual(problems, []);
    },
  );

  browserTest(
    'a page that outlived its server (a stale token) renews its token and the command goes through',
    async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      // The page as an earlier run of the server served it: another token in its meta tag.
      await page.route(server.url + '/', async (route) => {
        const res = await route.fetch();
        const html = (await res.text()).replace(
          /(name="hadamard-token" content=")[^"]+"/,
          '$1stale-token-from-before"',
        );
        await route.fulfill({ response: res, body: html });
      });
      const statuses: number[] = [];
      page.on('response', (r) => {
        if (r.url() === server.url + '/api/command') statuses.push(r.status());
      });
      await page.goto(server.url + '/');
      await page.locator('.chip').first().waitFor();
      const reply = await send(page, SEED);
      assert.doesNotMatch((await reply.getAttribute('class')) ?? '', /private/, 'an answer, not an error');
      assert.match((await reply.textContent()) ?? '', /\b28\b/);
      assert.deepEqual(statuses, [403, 200], 'refused once with the stale token, then accepted with the new one');
    },
  );

  browserTest('a page elsewhere cannot drive the playground: its forms and fetches are refused', async () => {
    const target = server.url + '/api/command';
    const form = (id: string) =>
      `<form id="${id}" method="POST" enctype="multipart/form-data" action="${target}">` +
      '<input name="text" value="settings figures off"><input name="user" value="victim"></form>';
    const pages: Record<string, string> = {
      // A plain cross-site form post (no preflight for multipart), and the same from a sandboxed frame: Origin null.
      '/form': `<!doctype html>${form('f')}<script>document.getElementById('f').submit()</script>`,
      '/sandboxed': `<!doctype html><iframe sandbox="allow-forms allow-scripts" srcdoc="${form('f').replace(/"/g, '&quot;')}<script>document.getElementById('f').submit()</script>"></iframe>`,
      '/script': '<!doctype html><p>scripted</p>',
    };
    const evil: Server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(pages[req.url ?? ''] ?? '');
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    try {
      const before = handled;
      const context = await browser.newContext();
      contexts.push(context);
      /** Waits (bounded) for `n` more requests to /api/command; returns how the server answered them. */
      const arrived = async (from: number, n: number) => {
        for (let i = 0; i < 300 && arrivals.length < from + n; i++) await new Promise((r) => setTimeout(r, 100));
        return arrivals.slice(from);
      };
      for (const path of ['/form', '/sandboxed']) {
        const from = arrivals.length;
        const page = await context.newPage();
        await page.goto(evilUrl + path);
        assert.deepEqual(await arrived(from, 1), ['POST 403'], path);
      }
      const from = arrivals.length;
      const page = await context.newPage();
      await page.goto(evilUrl + '/script');
      // As the attacker's own script (a string: the page runs it as written, not as transpiled here).
      const outcomes = (await page.evaluate(`(async (url) => {
        const form = new FormData();
        form.set('text', 'forget-me');
        const tries = {
          'no-cors form': { method: 'POST', mode: 'no-cors', body: form },
          'cors form with the script header': { method: 'POST', headers: { 'X-Hadamard-Client': 'cli' }, body: form },
          'cors JSON': { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"forget-me"}' },
        };
        const out = {};
        for (const [name, init] of Object.entries(tries))
          out[name] = await fetch(url, init).then((r) => r.type + ' ' + r.status, (e) => 'refused: ' + e.name);
        return out;
      })(${JSON.stringify(target)})`)) as Record<string, string>;
      // The no-cors post reaches the server (403), and its answer is kept from the page (Cross-Origin-Resource-Policy);
      // the other two fail their preflights (405, no CORS headers), so their POSTs are never even sent.
      assert.deepEqual(outcomes, {
        'no-cors form': 'refused: TypeError',
        'cors form with the script header': 'refused: TypeError',
        'cors JSON': 'refused: TypeError',
      });
      assert.deepEqual((await arrived(from, 3)).sort(), ['OPTIONS 405', 'OPTIONS 405', 'POST 403']);
      assert.equal(handled, before, 'no cross-site request reached the dispatcher');
    } finally {
      await new Promise<void>((resolve) => evil.close(() => resolve()));
    }
  });
});
