// The bot's own notices (issue 21): busy, rate-limited, restarting, fault, lost command, timeout, file refusals, and
// the adapters' words around an answer come from the catalogue, in the language of the reply; English is unchanged.
// In the pseudo-locale `qps` every message is accented and bracketed, so plain English is a string that bypassed it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { Dispatcher, type Outcome } from '../../src/bot/runtime/dispatch.js';
import { EnginePoolBusyError, timeoutError, type EnginePool } from '../../src/bot/runtime/engine-pool.js';
import { InflightTracker, LOST_COMMAND_TEXT, lostCommandText } from '../../src/bot/runtime/inflight.js';
import type { Requester } from '../../src/bot/groups/service.js';
import { answerToSlack, errorToSlack, latexToSlack } from '../../src/bot/slack/format.js';
import { downloadSlackFiles } from '../../src/bot/slack/files.js';
import { outcomeText, renderAnswer } from '../../src/bot/discord/render.js';
import { pageMessages } from '../../src/bot/local/server.js';
import type { EngineError } from '../../src/engine/index.js';
import { en } from '../../src/engine/i18n/en.js';
import { translator, type Locale } from '../../src/engine/i18n/index.js';
import { openStore } from '../../src/store/index.js';
import { answer, englishLeaks } from '../engine/i18n/helpers.js';

const logger = pino({ level: 'silent' });

const who = (locale?: string): Requester => ({
  platform: 'local',
  workspace: 'W',
  channel: 'C',
  user: 'U',
  ...(locale ? { locale: { user: locale } } : {}),
});

/** A pool that sheds every command, as a full queue does. */
const shedding = {
  run: () => Promise.reject(new EnginePoolBusyError(200, 7)),
  close: () => Promise.resolve(),
  queued: 0,
  maxQueue: 200,
} as unknown as EnginePool;
/** A pool whose worker dies mid-command. */
const crashing = { ...shedding, run: () => Promise.reject(new Error('worker died')) } as unknown as EnginePool;

function notice(o: Outcome): string {
  assert.ok(o.kind !== 'answer', `a notice, not an answer: ${o.kind}`);
  return o.kind === 'error' ? `${o.error.message}\n${o.error.hint}` : o.message;
}

async function outcomes(locale: string | undefined): Promise<Record<string, Outcome>> {
  const busy = new Dispatcher({ logger, rateLimit: { count: 1, windowSeconds: 30 }, pool: shedding });
  const faulty = new Dispatcher({ logger, rateLimit: { count: 100, windowSeconds: 30 }, pool: crashing });
  const out: Record<string, Outcome> = {};
  out.busy = await busy.handle({ platform: 'local', userId: 'u', text: '[[1]] [[2]]', who: who(locale) });
  out.rateLimited = await busy.handle({ platform: 'local', userId: 'u', text: '[[1]] [[2]]', who: who(locale) });
  out.fault = await faulty.handle({ platform: 'local', userId: 'u', text: '[[1]] [[2]]', who: who(locale) });
  // A study-group verb where no channel is known.
  const bare = new Dispatcher({ logger, rateLimit: { count: 100, windowSeconds: 30 } });
  out.needsChannel = await bare.handle({ platform: 'local', userId: 'v', text: 'quiz', who: who(locale) });
  await busy.drain();
  out.closing = await busy.handle({ platform: 'local', userId: 'w', text: '[[1]] [[2]]', who: who(locale) });
  return out;
}

test('qps: the dispatcher’s busy, rate-limit, fault, restart and needs-channel notices leak no English', async () => {
  const out = await outcomes('qps');
  assert.equal(out.busy.kind, 'rate_limited');
  assert.equal(out.rateLimited.kind, 'rate_limited');
  assert.equal(out.fault.kind, 'fault');
  assert.equal(out.needsChannel.kind, 'error');
  assert.equal(out.closing.kind, 'closing');
  for (const [name, o] of Object.entries(out)) {
    assert.equal(o.locale, 'qps', `${name}: said in the asker's language`);
    const text = notice(o);
    assert.match(text, /^\[/, `${name}: ${text}`);
    assert.deepEqual(englishLeaks(text), [], `${name}: ${text}`);
  }
});

test('the notices in each language, and English exactly as before', async () => {
  const english = await outcomes(undefined);
  assert.equal(notice(english.busy), 'The bot is very busy right now. Please try again in 7 s.');
  assert.match(
    notice(english.rateLimited),
    /^You're sending commands quickly: the limit is 1 every 30 s\. Please try again in \d+ s\.$/,
  );
  assert.match(
    notice(english.fault),
    /^Sorry, something went wrong on our side \(error id [0-9a-f]{8}\)\. The team can find it in the logs\.$/,
  );
  assert.equal(notice(english.closing), 'The bot is restarting; please try again in a minute.');
  assert.match(notice(english.needsChannel), /^quiz is a study-group command: it needs a channel/);
  const expected: Record<string, RegExp> = {
    es: /Vuelve a intentarlo en 7 s/,
    'pt-BR': /Tente de novo em 7 s/,
    fr: /Réessayez dans 7 s/,
    de: /versuche es in 7 s noch einmal/,
  };
  for (const [locale, words] of Object.entries(expected)) {
    const out = await outcomes(locale);
    assert.match(notice(out.busy), words, locale);
    assert.equal(out.busy.locale, locale);
  }
  // A platform tag (es-419, pt) resolves to the bot's language.
  assert.match(notice((await outcomes('es-419')).closing), /El bot se está reiniciando/);
  assert.match(notice((await outcomes('pt')).closing), /O bot está reiniciando/);
});

test('a lost command is reported in the language the platform gives, else English; the tracker hands the text', async () => {
  assert.equal(lostCommandText(), LOST_COMMAND_TEXT);
  assert.equal(
    LOST_COMMAND_TEXT,
    "Sorry: the bot instance working on your command stopped before it confirmed an answer. If you don't see the answer here, please send the command again.",
  );
  assert.deepEqual(englishLeaks(lostCommandText('qps')), []);
  assert.match(lostCommandText('es-ES'), /vuelve a enviar el comando/);
  assert.match(lostCommandText('de'), /sende den Befehl bitte noch einmal/);
  assert.equal(lostCommandText('ja'), LOST_COMMAND_TEXT);

  // Through the tracker: a dead instance's command, reported by a survivor whose platform knows the user's language.
  const store = await openStore({ dataDir: ':memory:' });
  let t = 1_000_000;
  const now = () => t;
  try {
    const dead = new InflightTracker({ store, logger, leaseMs: 3_000, now, instance: 'dead' });
    const alive = new InflightTracker({ store, logger, leaseMs: 3_000, now, instance: 'alive' });
    const said: string[] = [];
    alive.registerReporter('slack', async (_p, text) => {
      said.push(text('qps'));
    });
    await dead.track({ platform: 'slack', workspace: 'T1', channel: 'C1', user: 'U1' }, 'https://hooks/1', 60_000);
    t += 4_000;
    assert.equal(await alive.sweep(), 1);
    assert.equal(said.length, 1);
    assert.match(said[0], /^\[/);
    assert.deepEqual(englishLeaks(said[0]), []);
  } finally {
    await store.close();
  }
});

test('qps: a timeout, a too-large run and Slack’s file refusals leak no English', async () => {
  const timeout = timeoutError(2500, 'qps');
  assert.deepEqual(englishLeaks(`${timeout.message}\n${timeout.hint}`), []);
  assert.match(timeout.message, /2\.5 s/, 'the seconds keep their `.`');
  assert.equal(
    timeoutError(2000).message,
    'this took more than 2 s of work, so it was stopped (very long exact fractions or big matrices make it slow)',
  );
  const fetchNot = (() => Promise.reject(new Error('offline'))) as unknown as typeof fetch;
  const filesUrl = 'https://files.slack.com/';
  const cases = [
    [{ id: 'F1', name: 'a.csv', mode: 'tombstone' }],
    [{ id: 'F1', name: 'a.csv', url_private: 'https://evil.example/a.csv' }],
    [{ id: 'F1', name: 'a.csv', url_private: 'https://files.slack.com/a.csv', size: 99 * 1024 * 1024 }],
    [{ id: 'F1', name: 'a.csv', url_private: 'https://files.slack.com/a.csv' }],
    Array.from({ length: 9 }, (_, i) => ({ id: `F${i}`, name: `${i}.csv`, url_private: `${filesUrl}${i}` })),
  ];
  for (const files of cases) {
    const got = await downloadSlackFiles(files as never, { token: 'x', filesUrl, fetchImpl: fetchNot, locale: 'qps' });
    assert.ok('code' in got);
    if ('code' in got) assert.deepEqual(englishLeaks(`${got.message}\n${got.hint}`), [], got.message);
    const english = await downloadSlackFiles(files as never, { token: 'x', filesUrl, fetchImpl: fetchNot });
    assert.ok('code' in english && /Slack|files|file|MB/.test(english.message), 'English without a locale');
  }
});

test('qps: the adapters’ own words around an answer (Slack and Discord) leak no English', async () => {
  const error: EngineError = { ok: false, code: 'timeout', message: '[ñó]', hint: '[híñt]' };
  const slack = errorToSlack(error, 'qps');
  assert.deepEqual(englishLeaks(slack.text), []);
  assert.equal(errorToSlack(error).text, ':warning: [ñó]\nTry: [híñt]');
  assert.deepEqual(englishLeaks(outcomeText({ kind: 'error', error, locale: 'qps' })), []);
  assert.deepEqual(englishLeaks(latexToSlack('x'.repeat(40_000), 'qps').text), []);
  // An answer too long for one message: the notes about its file, and Discord's footer and Delete button.
  const long = await answer('explain applications', 'qps');
  const many = { ...long, sections: Array.from({ length: 60 }, () => long.sections[0]) };
  const message = answerToSlack(many, { locale: 'qps', maxBlocks: 5 });
  const notes = message.blocks
    .filter((b) => b.type === 'section')
    .map((b) => (b as { text: { text: string } }).text.text)
    .filter((s) => s.includes('hadamard-answer.txt'));
  assert.ok(notes.length > 0);
  for (const n of notes) assert.deepEqual(englishLeaks(n.replace(/`[^`]*`/g, '')), [], n);
  assert.deepEqual(englishLeaks(message.attachment!.title.replace(long.title, '')), []);
  const product = await answer('[[1,2],[3,4]] [[5,6],[7,8]]', 'qps');
  const discord = renderAnswer({ ...product, sections: many.sections }, 'U1', { locale: 'qps' });
  assert.match(discord.embeds[0].footer?.text ?? '', /^\[Éxáçt/);
  const json = JSON.stringify(discord.components.map((c) => c.toJSON()));
  assert.match(json, /"label":"\[Délété\]"/);
  assert.doesNotMatch(discord.content, /The rest of the answer/);
  // English: as before.
  const englishDiscord = renderAnswer({ ...product, sections: many.sections }, 'U1');
  assert.match(englishDiscord.content, /\*The rest of the answer is in answer\.txt\.\*$/);
  assert.equal(englishDiscord.embeds[0].footer?.text, 'Exact arithmetic (rational numbers)');
});

test('the page’s words: every language has each, with the same simple slots; qps is all bracketed', () => {
  const messages = pageMessages();
  // The page's own words; the API's errors (page.api.*) are written by the server in the request's language.
  const keys = Object.keys(en).filter((k) => k.startsWith('page.') && !k.startsWith('page.api.'));
  for (const locale of ['en', 'es', 'pt-BR', 'fr', 'de', 'qps']) {
    assert.deepEqual(Object.keys(messages[locale]).sort(), [...keys].sort(), locale);
    for (const k of keys) {
      const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(slots(messages[locale][k]), slots(messages.en[k]), `${locale} ${k}`);
    }
  }
  for (const [k, v] of Object.entries(messages.qps)) assert.deepEqual(englishLeaks(v), [], `${k}: ${v}`);
  assert.equal(messages.es['page.send'], 'Enviar');
  assert.equal(messages.de['page.private'], 'Nur für dich sichtbar');
  assert.equal(messages.en['page.send'], 'Send');
});

test('each language says the key notices in its own words', () => {
  const words: Record<Exclude<Locale, 'qps' | 'en'>, [string, RegExp][]> = {
    es: [
      ['notice.lost', /instancia del bot/],
      ['notice.try', /^Prueba:/],
      ['notice.discord.exact', /Aritmética exacta/],
    ],
    'pt-BR': [
      ['notice.lost', /instância do bot/],
      ['notice.try', /^Tente:/],
      ['notice.discord.exact', /Aritmética exata/],
    ],
    fr: [
      ['notice.lost', /instance du bot/],
      ['notice.try', /^Essayez :/],
      ['notice.discord.exact', /Arithmétique exacte/],
    ],
    de: [
      ['notice.lost', /Bot-Instanz/],
      ['notice.try', /^Versuche:/],
      ['notice.discord.exact', /Exakte Arithmetik/],
    ],
  };
  for (const [locale, checks] of Object.entries(words))
    for (const [key, re] of checks)
      assert.match(translator(locale as Locale)(key as keyof typeof en, { hint: 'h' }), re, `${locale} ${key}`);
});
