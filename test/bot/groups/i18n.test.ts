// The study-group verbs other than the quiz in every language (issue 21): scores (and its pin), settings, schedule,
// me, class (and its export) and forget-me, through the group service on a real store. In the pseudo-locale every
// word of their answers and errors comes from the catalogue (no plain English left); each language says its own key
// words; the channel's `language` setting makes its public posts (a board, a scheduled run's footer, a pin) speak it;
// English stays as it was.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { parseCommand, run, type EngineError, type QuizData } from '../../../src/engine/index.js';
import { GroupService, type ChannelPoster, type GroupReply, type Requester } from '../../../src/bot/groups/service.js';
import type { Store } from '../../../src/store/types.js';
import { englishLeaks } from '../../engine/i18n/helpers.js';
import { sqliteFile } from '../../store/backends.js';

/**
 * Words of a pseudo-locale line outside the catalogue's brackets (nested ones too): none but what users type or
 * read as names (mentions, ids, file names, zones, dates in English format, the verbs' keywords).
 */
function stray(line: string): string[] {
  let rest = line;
  for (let prev = ''; prev !== rest;) {
    prev = rest;
    rest = rest.replace(/\[[^[\]]*\]/g, ' ');
  }
  rest = rest.replace(/<@\w+>|\bclass-\S+\.csv|\b[A-Z][a-z]+\/[A-Za-z_]+|\bUTC\b|\b[sq][0-9a-z]{4,11}\b/g, ' ');
  const dates = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;
  const keywords = new Set(['you', 'schur', 'easy', 'medium', 'hard', 'quiz', 'scores', 'week', 'all', 'pin']);
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !dates.test(w) && !keywords.has(w));
}

const T0 = Date.UTC(2026, 10, 25, 12); // a Wednesday
const scope = { platform: 'slack', workspace: 'T1', channel: 'C1' };

interface Posted {
  reply: GroupReply;
}

function service(store: Store, clock: { now: number }, posts: Posted[]): GroupService {
  const g = new GroupService({
    store,
    logger: pino({ level: 'silent' }),
    now: () => clock.now,
    async runWorked(text, options) {
      const p = parseCommand(text);
      return p.ok ? run(p.value, { ...options, figures: false }) : p;
    },
  });
  const poster: ChannelPoster = {
    platform: 'slack',
    async post(_s, reply) {
      posts.push({ reply });
      return `C1:${posts.length}`;
    },
    async edit(_s, _ref, reply) {
      posts.push({ reply });
      return true;
    },
  };
  g.registerPoster(poster);
  return g;
}

const person = (user: string, locale?: string, manage = true): Requester => ({
  ...scope,
  user,
  canManage: async () => manage,
  permissionName: 'a workspace admin or owner',
  ...(locale ? { locale: { user: locale } } : {}),
});

/** A command as the dispatcher runs it: read in the asker's language, then answered by the service. */
async function ask(g: GroupService, text: string, who: Requester): Promise<GroupReply | EngineError> {
  const p = parseCommand(text, { locale: who.locale?.user });
  if (!p.ok) return p;
  return g.handle(p.value, who);
}

/** Every word a reply or an error shows (the misconception labels are the quiz's words: left to its own tests). */
function words(r: GroupReply | EngineError): string {
  if ('code' in r) return `${r.message}\n${r.hint ?? ''}`;
  const a = r.answer;
  return [
    a.title,
    a.summary,
    ...a.sections.flatMap((s) => [s.heading ?? '', s.body]),
    ...a.figures.map((f) => f.alt),
    ...(a.files ?? []).map((f) => f.description ?? ''),
  ]
    .join('\n')
    .replace(/`[^`]*`/g, '')
    .split('\n')
    .filter((l) => !l.includes('(×'))
    .join('\n');
}

/** A channel with a closed round: U1 right, U2 wrong (English askers: the quiz is another area's). */
async function channelWithRound(g: GroupService): Promise<void> {
  const en = person('U1');
  const r = await ask(g, 'quiz schur easy seed:7', en);
  assert.ok(!('code' in r) && r.quiz);
  const quiz = r.quiz as QuizData['quiz'];
  const right = quiz.choices.find((c) => c.id === 'a')!.id;
  await ask(g, `answer ${quiz.id} ${right}`, en);
  await ask(g, `answer ${quiz.id} b`, person('U2'));
  const closed = await ask(g, `reveal ${quiz.id}`, en);
  assert.ok(!('code' in closed), JSON.stringify(closed));
}

const ANSWERS = [
  'scores',
  'scores all',
  'scores pin',
  'scores all pin',
  'settings',
  'settings theme',
  'settings theme dark',
  'settings theme default',
  'settings timezone Europe/Berlin',
  'schedule',
  'schedule daily 09:00 quiz schur medium',
  'schedule weekdays 8:30am scores',
  'schedule weekly fri 17:00 scores week',
  'schedule',
  'schedule remove s0000000',
  'me',
  'class',
  'class export',
];

const ERRORS = [
  'scores yesterday',
  'settings colour',
  'settings quiz_seconds 5',
  'settings timezone Mars/Olympus',
  'settings theme purple',
  'settings theme dark light',
  'schedule list everything',
  'schedule remove',
  'schedule remove s1234 s5678',
  'schedule remove 42',
  'schedule hourly 09:00 quiz',
  'schedule weekly',
  'schedule weekly someday 09:00 quiz',
  'schedule daily mon 09:00 quiz',
  'schedule weekdays tue 09:00 quiz',
  'schedule daily',
  'schedule daily noon quiz',
  'schedule daily 09:00',
  `schedule daily 09:00 quiz ${'x'.repeat(1001)}`,
  'schedule daily 09:00 schedule',
  'schedule daily 09:00 me',
  'schedule daily 09:00 scores pin',
  'schedule daily 09:00 frobnicate',
  'me please',
  'class yesterday',
  'forget-me now',
  'answer nonsense b',
];

/** Refusals for someone who does not manage the channel. */
const REFUSED = ['settings theme dark', 'schedule daily 09:00 quiz', 'scores pin', 'class', 'class export'];

describe('the study-group verbs (scores, settings, schedule, me, class, forget-me) in every language', () => {
  it('in the pseudo-locale, every answer and error of these verbs comes from the catalogue', async () => {
    const db = await sqliteFile.fresh();
    try {
      const clock = { now: T0 };
      const posts: Posted[] = [];
      const g = service(await db.open(), clock, posts);
      await channelWithRound(g);
      const qps = person('U1', 'qps');
      const seen: string[] = [];
      const leaks: string[] = [];
      const check = (text: string, r: GroupReply | EngineError): void => {
        const w = words(r);
        seen.push(w);
        for (const l of englishLeaks(w)) leaks.push(`${text}: ${l}`);
        for (const l of w.split('\n')) if (stray(l).length) leaks.push(`${text}: ${stray(l).join(' ')} in ${l}`);
      };
      for (const text of ANSWERS) {
        const r = await ask(g, text, qps);
        assert.ok(!('code' in r) || text.startsWith('schedule remove'), `${text}: ${JSON.stringify(r).slice(0, 200)}`);
        check(text, r);
      }
      // A schedule made, then removed.
      const list = await ask(g, 'schedule', qps);
      assert.ok(!('code' in list));
      const id = (list.answer.data as { schedules: { id: string }[] }).schedules[0].id;
      check('schedule remove', await ask(g, `schedule remove ${id}`, qps));
      for (const text of ERRORS) {
        const r = await ask(g, text, qps);
        assert.ok('code' in r, `${text} should fail`);
        check(text, r);
      }
      for (const text of REFUSED) {
        const r = await ask(g, text, person('U2', 'qps', false));
        assert.ok('code' in r && r.code === 'not_allowed', text);
        check(text, r);
      }
      // Last: it deletes U1's answers.
      check('forget-me', await ask(g, 'forget-me', qps));
      assert.deepEqual(leaks, []);
      // The pseudo-locale's brackets are there (the check above saw translated words, not nothing).
      assert.ok(seen.every((w) => w.includes('[')));
    } finally {
      await db.drop();
    }
  });

  it('each language says its own words: titles, the settings table, schedules with their weekday and dates', async () => {
    const expect: Record<string, RegExp[]> = {
      es: [/Clasificación, esta semana/, /Ajustes/, /cada viernes a las 17:00/, /por defecto/, /Tu progreso/],
      'pt-BR': [/Ranking, esta semana/, /Ajustes/, /semanalmente, sexta-feira, às 17:00/, /padrão/, /Seu progresso/],
      fr: [/Classement, cette semaine/, /Réglages/, /chaque vendredi à 17:00/, /par défaut/, /Vos progrès/],
      de: [/Bestenliste, diese Woche/, /Einstellungen/, /jeden Freitag um 17:00/, /Standard/, /Dein Fortschritt/],
    };
    // The next run's date, written in the language (weekday and month names).
    const dates: Record<string, RegExp> = { es: /vie/, 'pt-BR': /sex/, fr: /ven\./, de: /Fr\./ };
    for (const [locale, patterns] of Object.entries(expect)) {
      const db = await sqliteFile.fresh();
      try {
        const clock = { now: T0 };
        const g = service(await db.open(), clock, []);
        await channelWithRound(g);
        const who = person('U1', locale);
        await ask(g, 'schedule weekly fri 17:00 scores week', who);
        const all = await Promise.all(['scores', 'settings', 'schedule', 'me'].map((c) => ask(g, c, who)));
        const text = all.map(words).join('\n');
        for (const p of patterns) assert.match(text, p, `${locale}: ${p}`);
        const list = all[2];
        assert.ok(!('code' in list));
        assert.match(list.answer.sections[0].body, dates[locale], locale);
        // The figures too (their alt text).
        const board = all[0];
        assert.ok(!('code' in board) && board.answer.figures.length === 1);
        assert.match(board.answer.figures[0].alt, patterns[0], `${locale}: figure`);
        const refused = await ask(g, 'settings theme dark', person('U2', locale, false));
        assert.ok('code' in refused);
        assert.doesNotMatch(refused.message, /workspace admin or owner/, locale);
      } finally {
        await db.drop();
      }
    }
  });

  it("`settings language pt-BR` makes the channel's posts Portuguese: a board, a pin, a scheduled run", async () => {
    const db = await sqliteFile.fresh();
    try {
      const clock = { now: T0 };
      const posts: Posted[] = [];
      const g = service(await db.open(), clock, posts);
      await channelWithRound(g);
      const manager = person('U1');
      const set = await ask(g, 'settings language pt-BR', manager);
      // The change is confirmed in the new language (the asker has none of their own).
      assert.ok(!('code' in set));
      assert.match(set.answer.summary, /^language agora é pt-BR neste canal/);
      // A board posted in the channel by someone whose platform says nothing of their language.
      const board = await ask(g, 'scores', person('U3'));
      assert.ok(!('code' in board));
      assert.equal(board.visibility, 'public');
      assert.equal(board.answer.title, 'Ranking, esta semana');
      assert.match(board.answer.summary, /jogador/);
      assert.match(board.answer.figures[0].alt, /^Ranking, esta semana/);
      // A pin, and a scheduled run's footer.
      await ask(g, 'scores pin', manager);
      assert.match(posts.at(-1)!.reply.answer.sections.at(-1)!.body, /^_Fixado: /);
      await ask(g, 'schedule daily 13:00 scores', manager);
      clock.now = T0 + 61 * 60_000; // 13:01 UTC: just past 13:00
      await g.tick(clock.now);
      const run = posts.find((p) => p.reply.answer.sections.some((s) => s.body.startsWith('_Agendado diariamente')));
      assert.ok(run, JSON.stringify(posts.map((p) => p.reply.answer.sections.at(-1)?.body)));
      assert.equal(run.reply.answer.title, 'Ranking, esta semana');
    } finally {
      await db.drop();
    }
  });

  it('English is unchanged', async () => {
    const db = await sqliteFile.fresh();
    try {
      const clock = { now: T0 };
      const g = service(await db.open(), clock, []);
      await channelWithRound(g);
      const who = person('U1');
      const scores = await ask(g, 'scores', who);
      assert.ok(!('code' in scores));
      assert.equal(scores.answer.title, 'Leaderboard, this week');
      assert.equal(scores.answer.summary, '2 players this week; <@U1> leads with 10 points.');
      assert.equal(
        scores.answer.sections[0].body.split('\n')[0],
        '1. <@U1>: **10** points, 1 of 1 right, streak 1 day',
      );
      const added = await ask(g, 'schedule weekly fri 17:00 scores week', who);
      assert.ok(!('code' in added));
      assert.equal(
        added.answer.summary,
        'Scheduled: `scores week` every Friday at 17:00 (UTC). First run: Fri, 27 Nov 2026, 17:00 UTC.',
      );
      const settings = await ask(g, 'settings theme', who);
      assert.ok(!('code' in settings));
      assert.equal(
        settings.answer.sections[0].body,
        '- `theme`: **light** (default) — the card colour of figures; light or dark',
      );
      const refused = await ask(g, 'settings theme dark', person('U2', undefined, false));
      assert.ok('code' in refused);
      assert.equal(
        refused.message,
        "changing the channel's settings needs a workspace admin or owner; you can still see them with /hadamard settings",
      );
      const bad = parseCommand('schedule daily mon 09:00 quiz');
      assert.ok(!bad.ok);
      assert.equal(
        bad.message,
        'a daily schedule runs every day, so it takes no day; for one day a week, say weekly mon',
      );
    } finally {
      await db.drop();
    }
  });
});
