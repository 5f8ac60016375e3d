// `hadamard --run-due [--now ISO-8601]` (DESIGN §12), the built CLI on both stores: a Europe/Berlin schedule fires at
// 09:00 local on both sides of the spring daylight-saving change, once per due slot however many cron runs come in
// the due minute (each a new process: a restart), and after downtime makes up one run, not a burst.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, dropSchema, postgresRequirement } from '../store/backends.js';
import { cli } from './cli-harness.js';

interface Ran {
  scheduleId: string;
  platform: string;
  channel: string;
  command: string;
  ok: boolean;
  dueAt: number;
  text?: string;
}

function scenario(env: () => Promise<Record<string, string>>, done: () => Promise<void>) {
  return async () => {
    const vars = await env();
    const out = mkdtempSync(join(tmpdir(), 'hadamard-cli-out-'));
    const run = (now: string, ...args: string[]) => {
      const r = cli(['--json', '--out', out, '--channel', 'study-1', '--now', now, ...args], undefined, vars);
      assert.ok(r.out.trim(), `no output for ${args.join(' ')}: ${r.err}`);
      return { ...(JSON.parse(r.out) as { ok: boolean; data?: Record<string, unknown> }), code: r.code, err: r.err };
    };
    const due = (now: string) => {
      const r = run(now, '--run-due');
      assert.equal(r.ok, true, r.err);
      return (r.data!.ran as Ran[]).map((x) => ({ ...x, at: new Date(x.dueAt).toISOString() }));
    };
    try {
      assert.equal(run('2026-03-27T12:00:00Z', 'settings timezone Europe/Berlin').ok, true);
      const made = run('2026-03-27T12:00:00Z', 'schedule daily 09:00 apply window');
      assert.equal(made.ok, true, made.err);
      const schedule = made.data!.schedule as { id: string; nextRunAt: number; timezone: string };
      assert.equal(schedule.timezone, 'Europe/Berlin');
      assert.equal(new Date(schedule.nextRunAt).toISOString(), '2026-03-28T08:00:00.000Z', '09:00 CET');

      assert.deepEqual(due('2026-03-28T07:59:59Z'), [], 'not yet');
      const first = due('2026-03-28T08:00:30Z');
      assert.deepEqual(
        first.map((r) => [r.scheduleId, r.channel, r.command, r.ok, r.at]),
        [[schedule.id, 'study-1', 'apply window', true, '2026-03-28T08:00:00.000Z']],
      );
      assert.match(first[0].text ?? '', /window/i, 'the CLI channel gets the answer');
      // Another cron run (a new process) in the same minute: decided already.
      assert.deepEqual(due('2026-03-28T08:00:50Z'), []);
      // Sunday 29 March: clocks go forward at 02:00; 09:00 is now 07:00 UTC.
      assert.deepEqual(due('2026-03-29T06:59:00Z'), []);
      assert.deepEqual(
        due('2026-03-29T07:00:05Z').map((r) => r.at),
        ['2026-03-29T07:00:00.000Z'],
      );
      assert.deepEqual(due('2026-03-29T08:00:05Z'), [], 'not at 08:00 UTC any more');
      // Down from Monday to Thursday 09:20 local: one catch-up (Thursday's), not four runs.
      assert.deepEqual(
        due('2026-04-02T07:20:00Z').map((r) => r.at),
        ['2026-04-02T07:00:00.000Z'],
      );
      assert.deepEqual(due('2026-04-02T07:21:00Z'), []);
      // Without --json: a readable list.
      const plain = cli(['--channel', 'study-1', '--now', '2026-04-03T07:00:01Z', '--run-due'], undefined, vars);
      assert.equal(plain.code, 0, plain.err);
      assert.match(
        plain.out,
        new RegExp(
          `Ran 1 scheduled command due at 2026-04-03T07:00:01.000Z:\\n- ${schedule.id} \\(cli study-1\\): apply window — posted`,
        ),
      );
      assert.match(cli(['--run-due', '--now', '2026-04-03T07:00:01Z'], undefined, vars).out, /Nothing was due/);
      // With --locale: the report's words in that language (the instant and the command as they are).
      assert.match(
        cli(['--locale', 'de', '--run-due', '--now', '2026-04-03T07:00:01Z'], undefined, vars).out,
        /^Um 2026-04-03T07:00:01\.000Z war nichts fällig\.$/m,
      );
    } finally {
      await done();
    }
  };
}

describe('hadamard --run-due', () => {
  it('SQLite (DATA_DIR): Berlin 09:00 across the spring change, once per slot, one catch-up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hadamard-cli-due-'));
    return scenario(
      async () => ({ DATA_DIR: dir }),
      async () => undefined,
    )();
  });

  it('Postgres (DATABASE_URL): the same', async (t) => {
    const need = await postgresRequirement();
    if (need.skip) return t.skip(need.skip);
    need.assertAvailable();
    let schema = '';
    await scenario(
      async () => {
        const s = await createSchema();
        schema = s.schema;
        return { DATABASE_URL: s.url };
      },
      () => dropSchema(schema),
    )();
  });

  it('--now must be an ISO-8601 instant with its zone; --run-due takes no command', () => {
    const bad = cli(['--run-due', '--now', '2026-03-29 07:00']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /--now needs an ISO-8601 instant with its zone, e\.g\. --now 2026-03-30T07:00:00Z/);
    const extra = cli(['--run-due', 'quiz']);
    assert.equal(extra.code, 1);
    assert.match(extra.err, /--run-due takes no command/);
    const es = cli(['--locale', 'es', '--run-due', 'quiz']);
    assert.equal(es.code, 1);
    assert.match(es.err, /--run-due no admite ningún comando; recibí "quiz"/);
  });
});
