// The playground API's own errors and hints (issue 21, area "errors"): written in the request's language, its
// `locale` when the body names one, else the first language of Accept-Language the bot speaks, else English. The
// examples (JSON, curl, form syntax), paths and numbers stay as they are; English is unchanged word for word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommandResponse } from '../../../src/bot/local/server.js';
import { acceptLocale } from '../../../src/bot/local/server.js';
import { PLAIN_ENGLISH } from '../../engine/i18n/helpers.js';
import { makeContext, SCRIPT_HEADERS, SEED, startServer } from './fixtures.js';

interface Refusal {
  status: number;
  code: string;
  message: string;
  hint: string;
}

async function refusal(res: Response): Promise<Refusal> {
  const json = (await res.json()) as CommandResponse;
  assert.equal(json.ok, false);
  if (json.ok) throw new Error('unreachable');
  return { status: res.status, ...json.error };
}

/** Every refusal the API can give a request, in the language `lang` (an Accept-Language header). */
async function refusals(url: string, lang: string, body: Record<string, unknown> = {}): Promise<Refusal[]> {
  const json = (extra: Record<string, string> = {}, text: string = JSON.stringify({ text: SEED, ...body })) =>
    fetch(url + '/api/command', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang, ...SCRIPT_HEADERS, ...extra },
      body: text,
    });
  const form = (fd: FormData) =>
    fetch(url + '/api/command', { method: 'POST', headers: { 'Accept-Language': lang, ...SCRIPT_HEADERS }, body: fd });
  const get = (path: string, init: RequestInit = {}) =>
    fetch(url + path, { ...init, headers: { 'Accept-Language': lang, ...(init.headers as object) } });
  const out: Refusal[] = [];
  out.push(await refusal(await json({}, '{"text": ')));
  out.push(await refusal(await json({}, '[1]')));
  out.push(await refusal(await json({}, JSON.stringify({ text: SEED, ...body, theme: 'pink' }))));
  out.push(await refusal(await json({}, JSON.stringify({ text: SEED, ...body, width: -3 }))));
  out.push(await refusal(await json({}, JSON.stringify({ text: SEED, ...body, locale: 'xx' }))));
  out.push(await refusal(await json({ 'Content-Type': 'text/plain' })));
  out.push(await refusal(await json({ 'X-Hadamard-Token': 'x'.repeat(32) })));
  out.push(await refusal(await json({ 'X-Hadamard-Client': '' })));
  out.push(await refusal(await json({ Origin: 'https://elsewhere.example' })));
  out.push(await refusal(await json({ 'Sec-Fetch-Site': 'cross-site' })));
  out.push(await refusal(await json({}, JSON.stringify({ text: 'x'.repeat(70_000), ...body }))));
  out.push(await refusal(await get('/api/command')));
  out.push(await refusal(await get('/figures/gone.png')));
  out.push(await refusal(await get('/nowhere')));
  const noText = new FormData();
  noText.set('user', 'ana');
  if (body.locale) noText.set('locale', String(body.locale));
  out.push(await refusal(await form(noText)));
  const textFile = new FormData();
  textFile.set('text', new Blob(['psd @1']), 't.txt');
  out.push(await refusal(await form(textFile)));
  const fileField = new FormData();
  fileField.set('text', 'psd @1');
  fileField.set('file', 'not a file');
  out.push(await refusal(await form(fileField)));
  const three = new FormData();
  three.set('text', 'psd @1');
  for (const k of [1, 2, 3]) three.append('file', new Blob(['1']), `${k}.csv`);
  out.push(await refusal(await form(three)));
  return out;
}

test('Accept-Language picks the language of the API words: the first one the bot speaks, by weight', () => {
  assert.equal(acceptLocale('de-DE,de;q=0.9,en;q=0.8'), 'de');
  assert.equal(acceptLocale('ja, es;q=0.5, fr;q=0.7'), 'fr');
  assert.equal(acceptLocale('pt-BR'), 'pt-BR');
  assert.equal(acceptLocale('ja, zh'), undefined);
  assert.equal(acceptLocale(undefined), undefined);
  assert.equal(acceptLocale('es;q=0, de'), 'de');
});

test('pseudo-locale: every API error and hint comes from the catalogue', async () => {
  const s = await startServer(makeContext(), { maxBodyBytes: 64 * 1024 });
  try {
    const all = await refusals(s.url, 'qps');
    const codes = new Set(all.map((r) => r.code));
    assert.ok(codes.size >= 12, [...codes].join(', '));
    for (const r of all)
      for (const part of [r.message, r.hint]) {
        assert.match(part, /^\[[\s\S]*\]$/, `${r.code}: ${part}`);
        assert.doesNotMatch(part.replace(/"[^"]*"|'[^']*'/g, ''), PLAIN_ENGLISH, `${r.code}: ${part}`);
      }
  } finally {
    await s.close();
  }
});

test('each language: the body’s locale first, else Accept-Language; English unchanged', async () => {
  const s = await startServer(makeContext(), { maxBodyBytes: 64 * 1024 });
  try {
    const english = await refusals(s.url, '');
    const byCode = (rs: Refusal[], code: string) => rs.find((r) => r.code === code)!;
    assert.deepEqual(
      { ...byCode(english, 'bad_json') },
      {
        status: 400,
        code: 'bad_json',
        message: 'The body is not valid JSON.',
        hint: `Send {"text": "${SEED}"}.`,
      },
    );
    assert.equal(byCode(english, 'stale_token').message, 'This page was served by an earlier run of the playground.');
    assert.equal(byCode(english, 'method_not_allowed').hint, 'Use POST.');
    assert.equal(byCode(english, 'too_many_files').hint, 'Attach one or two files.');
    // The page sends its `locale`: it wins over the browser's languages (once the body is read; a body that is not
    // JSON, or not an object, has no `locale`, so Accept-Language applies).
    const es = await refusals(s.url, 'de', { locale: 'es' });
    assert.equal(es[1].message, 'Der Body muss ein Objekt mit einem String "text" sein.');
    assert.match(es[2].message, /^"theme" debe ser "light" o "dark", no "pink"\.$/);
    assert.match(es[2].hint, /^p\. ej\. \{"text": .*"theme": "dark"\}$/);
    const de = await refusals(s.url, 'de-DE,de;q=0.9');
    assert.equal(byCode(de, 'bad_json').message, 'Der Body ist kein gültiges JSON.');
    assert.equal(byCode(de, 'stale_token').hint, 'Lade die Seite neu und sende den Befehl dann noch einmal.');
    assert.equal(byCode(de, 'figure_gone').hint, 'Sende den Befehl noch einmal, um sie neu zu zeichnen.');
    const fr = await refusals(s.url, 'fr');
    assert.equal(byCode(fr, 'not_found').message, 'Rien à l’adresse /nowhere.');
  } finally {
    await s.close();
  }
});

test('429: the hint in the language the page asked', async () => {
  const s = await startServer(makeContext({ count: 1, windowSeconds: 60 }));
  try {
    const send = () =>
      fetch(s.url + '/api/command', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...SCRIPT_HEADERS },
        body: JSON.stringify({ text: SEED, locale: 'es' }),
      });
    await send();
    const r = await refusal(await send());
    assert.equal(r.status, 429);
    assert.match(r.hint, /^Espera \d+ s y luego pulsa ↑ y Enter para enviarlo de nuevo\.$/);
  } finally {
    await s.close();
  }
});
