// The study-group verbs from a shell (DESIGN §8): the built CLI against both stores, SQLite under DATA_DIR and the
// real Postgres of DATABASE_URL (in a schema of its own), with --platform/--workspace/--channel/--user.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { openStore } from '../../src/store/index.js';
import { generateQuiz } from '../../src/engine/index.js';
import { createSchema, dropSchema, postgresRequirement } from '../store/backends.js';
import { cli } from './cli-harness.js';

interface Json {
  ok: boolean;
  verb?: string;
  data?: Record<string, unknown>;
  error?: { code: string; message: string };
}

function session(env: Record<string, string>) {
  return (user: string, text: string): Json => {
    const r = cli(['--json', '--no-figures', '--channel', 'study-1', '--user', user, text], undefined, env);
    assert.ok(r.out.trim(), `no output for ${text}: ${r.err}`);
    return JSON.parse(r.out) as Json;
  };
}

function scenario(env: () => Promise<Record<string, string>>, done: () => Promise<void>) {
  return async () => {
    const env_ = await env();
    const run = session(env_);
    try {
      const quiz = run('ada', 'quiz trace easy seed:11');
      assert.equal(quiz.ok, true, JSON.stringify(quiz));
      const q = quiz.data!.quiz as { id: string; choices: { id: string }[] };
      const right = generateQuiz({ seed: 11, topic: 'trace', level: 'easy' }).correct;
      const wrong = q.choices.find((c) => c.id !== right)!.id;
      assert.equal((run('bob', `answer ${q.id} ${right}`).data!.result as { correct: boolean }).correct, true);
      assert.equal((run('bob', `answer ${q.id} ${wrong}`).data!.result as { already: boolean }).already, true);
      assert.equal((run('cy', `answer ${q.id} ${wrong}`).data!.result as { points: number }).points, 0);
      // ada started it: her early reveal closes the round for everyone.
      const reveal = run('ada', `reveal ${q.id}`);
      assert.equal((reveal.data!.reveal as { correctCount: number }).correctCount, 1);
      const late = run('dee', `answer ${q.id} ${right}`);
      assert.equal(late.ok, false);
      const scores = run('ada', 'scores all').data!.scores as { user: string; points: number }[];
      assert.deepEqual(
        scores.map((s) => [s.user, s.points]),
        [
          ['bob', 10],
          ['cy', 0],
        ],
      );
      // Another channel has its own board.
      const other = cli(['--json', '--channel', 'study-2', 'scores'], undefined, env_);
      assert.deepEqual(JSON.parse(other.out).data.scores, []);
      assert.equal((run('ada', 'settings numbers decimals').data!.changed as { value: string }).value, 'decimals');
      // The setting applies to plain computations in that channel.
      const product = run('ada', '[[1/3]] [[1]]') as Json & { text?: string };
      assert.match(JSON.stringify(product), /0\.333333…/);
      // Without buttons the question lists its choices and speaks of commands, never of buttons.
      const asText = cli(
        ['--no-figures', '--channel', 'study-1', '--user', 'ada', 'quiz psd easy seed:3'],
        undefined,
        env_,
      );
      assert.equal(asText.code, 0, asText.err);
      assert.doesNotMatch(asText.out, /button/i);
      assert.match(asText.out, /Choices/);
      assert.match(asText.out, /Answer with hadamard answer q[0-9a-z]+ <letter>/);
      // me, practice (answered by command, with its reveal at once), and class export written to --out.
      const me = run('bob', 'me').data!.me as { points: number; answered: number; topics: { topic: string }[] };
      assert.deepEqual([me.points, me.answered], [10, 1]);
      const practice = run('bob', 'practice entry easy').data!.quiz as { id: string; practice: boolean; seed: number };
      assert.equal(practice.practice, true);
      const gen = generateQuiz({ seed: practice.seed, topic: 'entry', level: 'easy' });
      const practised = run('bob', `answer ${practice.id} ${gen.correct}`).data as {
        result: { practice: boolean; points: number };
        reveal: { correctChoice: string };
      };
      assert.deepEqual([practised.result.practice, practised.result.points], [true, 0]);
      assert.equal(practised.reveal.correctChoice, gen.correct);
      const out = mkdtempSync(join(tmpdir(), 'hadamard-cli-export-'));
      const exported = cli(['--json', '--out', out, '--channel', 'study-1', 'class export'], undefined, env_);
      const exp = JSON.parse(exported.out) as {
        files: { file: string; type: string }[];
        data: { class: { export: { rows: number } } };
      };
      assert.equal(exp.files.length, 1);
      assert.equal(exp.files[0].type, 'text/csv');
      const csv = readFileSync(exp.files[0].file, 'utf8').trimEnd().split('\r\n');
      assert.equal(csv[0], 'user,round,topic,level,choice,right,points,misconception,time');
      assert.equal(csv.length - 1, exp.data.class.export.rows);
      assert.equal(csv.length - 1, 2, 'bob and cy answered the closed round; practice is not exported');
      assert.deepEqual(run('bob', 'forget-me').data, {
        forgotten: { rounds: 0, answers: 2, pending: 0, practiceRounds: 1, replies: 0 },
      });
    } finally {
      await done();
    }
  };
}

// Asked before any test starts: the SQLite scenario's CLI runs (spawnSync) block the event loop, and a connection
// check pending meanwhile would time out on a busy machine and report Postgres missing.
const pgNeed = await postgresRequirement();

describe('study-group verbs from the CLI', () => {
  it(
    'on SQLite (DATA_DIR)',
    scenario(
      async () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'hadamard-cli-groups-')) }),
      async () => undefined,
    ),
  );
});

describe('study-group verbs from the CLI on Postgres', () => {
  let schema = '';
  it(
    'on Postgres (DATABASE_URL)',
    { skip: pgNeed.skip },
    scenario(
      async () => {
        pgNeed.assertAvailable();
        // Every connection of each CLI run lands in this test's schema.
        const created = await createSchema();
        schema = created.schema;
        return { DATABASE_URL: created.url };
      },
      () => dropSchema(schema),
    ),
  );
});

describe('a store the CLI cannot open', () => {
  it('is said in one line: group verbs fail with exit 1, plain computations run with the default settings', async () => {
    // A store migrated by newer code (a downgraded bot): the version table says 99.
    const dir = mkdtempSync(join(tmpdir(), 'hadamard-cli-newer-'));
    const store = await openStore({ dataDir: dir });
    await store.close();
    const db = new Database(join(dir, 'hadamard.db'));
    db.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', 0)");
    db.close();
    const scores = cli(['scores'], undefined, { DATA_DIR: dir });
    assert.equal(scores.code, 1, scores.err);
    assert.match(
      scores.err,
      /^hadamard: the study-group store could not be opened: the database schema is at version 99, newer than this code knows \(\d+\); upgrade the bot\n$/,
    );
    const product = cli(['--no-figures', '[[2]] [[3]]'], undefined, { DATA_DIR: dir });
    assert.equal(product.code, 0, product.err);
    assert.match(product.out, /\[\[6\]\]|6/);
    assert.match(product.err, /the channel's settings were not read: .*version 99.*; the defaults are used/);
    assert.doesNotMatch(product.err + scores.err, /internal error|at \w+ \(/);
  });
});
