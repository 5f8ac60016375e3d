/**
 * How the local page asks for its figures (issue 20): `theme` (its light or dark look, which wins over the
 * channel's `theme` setting) and `width` (the CSS px of its message column: narrower than 390, figures are laid out
 * on a narrower card), in JSON and in a form with files, for engine verbs and group verbs; bad values are a 400
 * naming the field with an example. And a file sent with no text is answered as the CLI answers it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { parseCommand } from '../../../src/engine/index.js';
import { cardWidthFor } from '../../../src/engine/render/width.js';
import type { AdapterContext } from '../../../src/bot/adapter.js';
import type { CommandResponse } from '../../../src/bot/local/server.js';
import { makeContext, makeGroupContext, SCRIPT_HEADERS, startServer } from './fixtures.js';

/** A full-width card's example: its figure is 520 logical px wide (1,040 PNG px) unless asked narrower. */
const WIDE = 'oppenheim [[2,1],[1,2]] [[3,1],[1,3]]';
const COLUMN = 376;

async function postJson(url: string, body: Record<string, unknown>) {
  const res = await fetch(url + '/api/command', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...SCRIPT_HEADERS },
    body: JSON.stringify(body),
  });
  return { res, json: (await res.json()) as CommandResponse };
}

async function postForm(url: string, fields: Record<string, string>, files: { name: string; text: string }[]) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append('file', new Blob([f.text], { type: 'text/csv' }), f.name);
  const res = await fetch(url + '/api/command', { method: 'POST', headers: SCRIPT_HEADERS, body: form });
  return { res, json: (await res.json()) as CommandResponse };
}

/** The first figure of an answer as served: its pixel width and the colour of its card (a corner inside the border). */
async function firstFigure(url: string, json: CommandResponse): Promise<{ width: number; card: number[] }> {
  assert.equal(json.ok, true, JSON.stringify(json));
  if (!json.ok) throw new Error('no answer');
  assert.ok(json.figures.length > 0, 'the answer has a figure');
  const png = Buffer.from(await (await fetch(url + json.figures[0].url)).arrayBuffer());
  const img = await loadImage(png);
  const ctx = createCanvas(img.width, img.height).getContext('2d');
  ctx.drawImage(img, 0, 0);
  assert.equal(json.figures[0].width, img.width, 'the reply says the PNG width');
  return { width: img.width, card: [...ctx.getImageData(10, 10, 1, 1).data].slice(0, 3) };
}

const isDark = (rgb: number[]) => rgb.every((c) => c < 40);
const isWhite = (rgb: number[]) => rgb.every((c) => c === 255);

async function withServer(fn: (url: string) => Promise<void>, ctx: AdapterContext = makeContext()) {
  const s = await startServer(ctx);
  try {
    await fn(s.url);
  } finally {
    await s.close();
  }
}

test('theme: the figures follow the look the request asks for; none asked, the light card', async () => {
  await withServer(async (url) => {
    assert.ok(isWhite((await firstFigure(url, (await postJson(url, { text: 'psd [[2,1],[1,2]]' })).json)).card));
    const dark = await firstFigure(url, (await postJson(url, { text: 'psd [[2,1],[1,2]]', theme: 'dark' })).json);
    assert.ok(isDark(dark.card), `dark card, got ${dark.card}`);
    const light = await firstFigure(url, (await postJson(url, { text: 'psd [[2,1],[1,2]]', theme: 'light' })).json);
    assert.ok(isWhite(light.card), `light card, got ${light.card}`);
  });
});

test('width: figures for a 376 px column are laid out on a 501 px card; 390 px and up, or none, on the full 520', async () => {
  await withServer(async (url) => {
    const full = await firstFigure(url, (await postJson(url, { text: WIDE })).json);
    assert.equal(full.width, 2 * 520);
    const narrow = await firstFigure(url, (await postJson(url, { text: WIDE, width: COLUMN })).json);
    assert.ok(narrow.width <= 2 * cardWidthFor(COLUMN), `${narrow.width} px`);
    // What a reader sees of the 12 px text in that column: 24 PNG px × 376 / the PNG's width.
    assert.ok((24 * COLUMN) / narrow.width >= 9, `${((24 * COLUMN) / narrow.width).toFixed(2)} px`);
    const desktop = await firstFigure(url, (await postJson(url, { text: WIDE, width: 900 })).json);
    assert.equal(desktop.width, 2 * 520);
  });
});

test('a form with files takes theme and width as fields too', async () => {
  await withServer(async (url) => {
    const { json } = await postForm(url, { text: 'oppenheim @1 @2', theme: 'dark', width: String(COLUMN) }, [
      { name: 'a.csv', text: '2,1\n1,2\n' },
      { name: 'b.csv', text: '3,1\n1,3\n' },
    ]);
    const fig = await firstFigure(url, json);
    assert.ok(isDark(fig.card), `dark card, got ${fig.card}`);
    assert.ok(fig.width <= 2 * cardWidthFor(COLUMN), `${fig.width} px`);
  });
});

test('the page’s look wins over the channel’s theme setting; without one the setting applies (group verbs too)', async () => {
  const ctx = await makeGroupContext({ now: Date.UTC(2026, 10, 25, 15) });
  try {
    await withServer(async (url) => {
      assert.equal((await postJson(url, { text: 'settings theme dark' })).json.ok, true);
      const setting = await firstFigure(url, (await postJson(url, { text: 'psd [[2,1],[1,2]]' })).json);
      assert.ok(isDark(setting.card), 'a script that sends no theme gets the channel’s');
      const page = await firstFigure(url, (await postJson(url, { text: 'psd [[2,1],[1,2]]', theme: 'light' })).json);
      assert.ok(isWhite(page.card), 'the page’s light look wins for what it shows');
      // The scores board is drawn by the group service: it follows the page too.
      const scores = await firstFigure(url, (await postJson(url, { text: 'scores', theme: 'light', width: 340 })).json);
      assert.ok(isWhite(scores.card), `scores card ${scores.card}`);
      assert.ok(scores.width <= 2 * cardWidthFor(340), `scores ${scores.width} px`);
      const darkScores = await firstFigure(url, (await postJson(url, { text: 'scores' })).json);
      assert.ok(isDark(darkScores.card), 'the setting again without a theme');
    }, ctx);
  } finally {
    await ctx.close();
  }
});

test('a bad theme or width is a 400 naming the field, with an example; JSON and forms alike', async () => {
  await withServer(async (url) => {
    for (const [body, field] of [
      [{ text: WIDE, theme: 'blue' }, /"theme" must be "light" or "dark", not "blue"/],
      [{ text: WIDE, theme: 1 }, /"theme" must be/],
      [{ text: WIDE, width: 37.5 }, /"width" must be a whole number of CSS pixels from 1 to 10000, not 37\.5/],
      [{ text: WIDE, width: '37px' }, /"width" must be a whole number/],
      [{ text: WIDE, width: 0 }, /"width"/],
      [{ text: WIDE, width: 10_001 }, /"width"/],
    ] as const) {
      const { res, json } = await postJson(url, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(json.ok, false);
      if (json.ok) continue;
      assert.equal(json.error.code, 'bad_request');
      assert.match(json.error.message, field);
      assert.match(json.error.hint, /^e\.g\. \{"text": .*"(theme|width)": /);
    }
    const form = await postForm(url, { text: 'psd @1', width: 'wide' }, [{ name: 'a.csv', text: '2,1\n1,2\n' }]);
    assert.equal(form.res.status, 400);
    assert.equal(form.json.ok, false);
    if (!form.json.ok) assert.match(form.json.error.message, /"width" must be a whole number .*not "wide"/);
    // In a form, numbers are text: "376" is a width.
    const ok = await postForm(url, { text: 'psd @1', width: '376', theme: '' }, [
      { name: 'a.csv', text: '2,1\n1,2\n' },
    ]);
    assert.equal(ok.json.ok, true);
  });
});

test('one file and no text is answered as the CLI answers it: the product needs a second matrix', async () => {
  await withServer(async (url) => {
    const file = { name: 'sym5.csv', text: '2,1\n1,2\n' };
    // The CLI's path: the engine's parseCommand with the file as an attachment and no text.
    const cli = parseCommand('', { attachments: [{ name: file.name, bytes: new TextEncoder().encode(file.text) }] });
    assert.equal(cli.ok, false);
    if (cli.ok) return;
    assert.equal(cli.message, 'product needs at least 2 matrices; I found only one');
    for (const text of ['', '  ', '/hadamard']) {
      const { res, json } = await postForm(url, { text }, [file]);
      assert.equal(res.status, 200, JSON.stringify(text));
      assert.deepEqual(json, { ok: false, error: { code: cli.code, message: cli.message, hint: cli.hint } });
    }
  });
});

test('locale: the page asks for its language (JSON or form); a language the bot does not speak is a 400 with an example', async () => {
  await withServer(async (url) => {
    const es = (await postJson(url, { text: 'explain schur', locale: 'es' })).json;
    assert.ok(es.ok && /Si A y B son semidefinidas positivas/.test(es.text), JSON.stringify(es).slice(0, 200));
    const fr = (await postJson(url, { text: 'schur [[2,1],[1,2]] [[1,1],[1,1]]', locale: 'fr' })).json;
    assert.ok(fr.ok && /Théorème du produit de Schur/.test(fr.title), JSON.stringify(fr).slice(0, 200));
    const en = (await postJson(url, { text: 'explain schur' })).json;
    assert.ok(en.ok && /^The Schur product theorem/.test(en.title));
    const form = (await postForm(url, { text: 'schur @1 @1', locale: 'de' }, [{ name: 'a.csv', text: '2,1\n1,2\n' }]))
      .json;
    assert.ok(form.ok && /Schur-Produktsatz/.test(form.title), JSON.stringify(form).slice(0, 200));
    const bad = await postJson(url, { text: 'help', locale: 'tlh' });
    assert.equal(bad.res.status, 400);
    const error = (bad.json as unknown as { error: { message: string; hint: string } }).error;
    assert.match(error.message, /"locale" must be one of en, es, pt-BR, fr, de, not "tlh"/);
    assert.match(error.hint, /"locale": "es"/);
  });
});
