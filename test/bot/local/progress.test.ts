// The study-group progress verbs through the local playground's API: `practice` as a quiz the page draws buttons
// for (marked practice, so the page asks for no reveal), `me` with its figure, and `class export` with its CSV as a
// download link (a data: URL) next to the answer.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz } from '../../../src/engine/index.js';
import type { LocalServer } from '../../../src/bot/local/server.js';
import { makeGroupContext, SCRIPT_HEADERS, startServer } from './fixtures.js';

const clock = { now: Date.UTC(2026, 10, 25, 15) };
let ctx: Awaited<ReturnType<typeof makeGroupContext>>;
let server: LocalServer;

before(async () => {
  ctx = await makeGroupContext(clock);
  server = await startServer(ctx);
});

after(async () => {
  await server.close();
  await ctx.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's JSON, read field by field
async function ask(text: string, user = 'ada'): Promise<any> {
  const res = await fetch(server.url + '/api/command', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...SCRIPT_HEADERS },
    body: JSON.stringify({ text, user }),
  });
  assert.equal(res.status, 200);
  return res.json();
}

test('practice, me and class export through the API: buttons, a figure, a CSV to download', async () => {
  const quiz = await ask('quiz trace easy seed:9');
  const q = generateQuiz({ seed: 9, topic: 'trace', level: 'easy' });
  assert.equal(quiz.quiz.practice, undefined);
  assert.match(quiz.text, /Press a button/);
  for (const c of q.choices) assert.ok(!quiz.text.includes(`**${c.id})** ${c.label}`), 'choices once: the buttons');
  await ask(`answer ${quiz.quiz.id} ${q.correct}`, 'ada');
  await ask(`reveal ${quiz.quiz.id}`, 'ada');

  const practice = await ask('practice psd');
  assert.equal(practice.private, true);
  assert.equal(practice.quiz.practice, true, 'the page asks no reveal for it: its answer carries it');
  assert.ok(practice.quiz.choices.length >= 3);

  const me = await ask('me');
  assert.equal(me.private, true);
  assert.equal(me.data.me.points, 10);
  assert.equal(me.figures[0].name, 'me.png');

  const exported = await ask('class export');
  assert.equal(exported.files.length, 1);
  const [file] = exported.files;
  assert.match(file.name, /^class-.*\.csv$/);
  assert.equal(file.type, 'text/csv');
  const prefix = 'data:text/csv;charset=utf-8;base64,';
  assert.ok(file.url.startsWith(prefix));
  const csv = Buffer.from(file.url.slice(prefix.length), 'base64').toString('utf8').trimEnd().split('\r\n');
  assert.equal(csv.length, 2, 'a header and ada’s answer');
  assert.match(csv[1], /^ada,q[0-9a-z]+,trace,easy,/);
});
