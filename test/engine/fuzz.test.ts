// Fuzz: grammar-aware. Valid commands for every verb (./commands.ts) must reach a computation, and
// do so for at least 70% of them; valid commands with extreme magnitudes, edits of valid commands,
// grammar-alphabet noise and arbitrary Unicode must never throw. Every failure is a
// { code, message, hint } value, and no answer (title, summary, sections, figure alt text, data)
// shows Infinity or NaN. Each test prints how many commands reached a computation, per generator
// (and per verb), and the seed: a constant in npm test (a test that fails at random is no gate), a new one each
// run under `npm run test:fuzz` (FUZZ_RANDOM=1, as files-fuzz.test.ts); FUZZ_SEED=<seed> replays a run.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runText, type Reply } from '../../src/engine/index.js';
import { EXTREME_ENTRIES, editedCommand, grammarNoise, unicodeNoise, validCommand } from './commands.js';

const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_RANDOM === '1'
    ? Math.floor(Math.random() * 2 ** 31)
    : 1376274617;

/** Everything a user reads: answer texts and alt text, or the error's message and hint. */
function texts(r: Reply): string[] {
  if (!r.ok) return [r.message, r.hint];
  return [r.title, r.summary, ...r.sections.flatMap((s) => [s.heading ?? '', s.body]), ...r.figures.map((f) => f.alt)];
}

/** Non-finite numbers anywhere in `data` (JSON.stringify would hide them as null). */
function nonFinite(x: unknown, path = 'data'): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [`${path} = ${x}`];
  if (Array.isArray(x)) return x.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

/** What is wrong with one reply (empty when nothing is). */
function problems(text: string, r: Reply, ms: number): string[] {
  const out: string[] = [];
  if (!r.ok) {
    const keys = Object.keys(r).sort().join(',');
    if (keys !== 'code,hint,message,ok') out.push(`error keys ${keys}`);
    if (typeof r.code !== 'string' || !/^[a-z_]+$/.test(r.code)) out.push(`error code ${JSON.stringify(r.code)}`);
    if (typeof r.message !== 'string' || r.message.length === 0) out.push('empty message');
    if (typeof r.hint !== 'string' || r.hint.length === 0) out.push('empty hint');
  } else {
    if (r.summary.length === 0) out.push('empty summary');
    out.push(...nonFinite(r.data));
  }
  // Text may echo what the user typed (a label `Infinity=`, an entry "nan"): only a word the user did
  // not type counts as computed.
  if (!/infinity|nan/i.test(text)) {
    const json = r.ok ? JSON.stringify(r.data) : '';
    if (/Infinity|NaN/.test(json)) out.push(`data: ${json.match(/.{0,40}(?:Infinity|NaN).{0,20}/)?.[0]}`);
    for (const t of texts(r)) {
      const m = /.{0,40}\b(?:Infinity|NaN)\b.{0,20}/.exec(t);
      if (m) out.push(`text shows ${JSON.stringify(m[0])}`);
    }
  }
  // The limit is 2 s of work per command; this generous bound only catches hangs.
  if (ms > 10000) out.push(`took ${Math.round(ms)} ms`);
  return out;
}

interface Tally {
  total: number;
  ok: number;
  codes: Record<string, number>;
  byVerb: Record<string, { total: number; ok: number }>;
  failures: string[];
}

/** Runs the commands one after another, tallying answers and error codes; never stops early. */
async function runAll(commands: { text: string; verb?: string }[], figuresEvery = 0): Promise<Tally> {
  const tally: Tally = { total: 0, ok: 0, codes: {}, byVerb: {}, failures: [] };
  for (const [i, { text, verb }] of commands.entries()) {
    tally.total++;
    const v = verb ? (tally.byVerb[verb] ??= { total: 0, ok: 0 }) : undefined;
    if (v) v.total++;
    const started = performance.now();
    let r: Reply;
    try {
      r = await runText(text, { figures: figuresEvery > 0 && i % figuresEvery === 0 });
    } catch (e) {
      tally.codes['(threw)'] = (tally.codes['(threw)'] ?? 0) + 1;
      tally.failures.push(`threw ${(e as Error).message?.split('\n')[0]}: ${JSON.stringify(text)}`);
      continue;
    }
    const bad = problems(text, r, performance.now() - started);
    if (bad.length) tally.failures.push(`${bad.join('; ')}: ${JSON.stringify(text)}`);
    if (r.ok) {
      tally.ok++;
      if (v) v.ok++;
    } else tally.codes[r.code] = (tally.codes[r.code] ?? 0) + 1;
  }
  return tally;
}

function report(t: TestContext, name: string, tally: Tally): void {
  const pct = (a: number, b: number) => `${Math.round((100 * a) / Math.max(1, b))}%`;
  const codes = Object.entries(tally.codes)
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  const verbs = Object.entries(tally.byVerb)
    .map(([v, c]) => `${v} ${c.ok}/${c.total}`)
    .join(', ');
  const line = `${name} (seed ${SEED}): ${tally.ok} of ${tally.total} reached a computation (${pct(tally.ok, tally.total)}); the others: ${codes || 'none'}${verbs ? `; per verb: ${verbs}` : ''}`;
  t.diagnostic(line);
}

function assertClean(tally: Tally): void {
  if (tally.failures.length === 0) return;
  const shown = tally.failures.slice(0, 40);
  assert.fail(
    `${tally.failures.length} of ${tally.total} commands went wrong (seed ${SEED}; first ${shown.length}):\n${shown.join('\n')}`,
  );
}

const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, offset: number): T[] =>
  fc.sample(arb, { numRuns, seed: SEED + offset });

test('valid commands (moderate magnitudes) reach a computation and answer cleanly', async (t) => {
  const tally = await runAll(sample(validCommand('moderate'), 800, 1), 16);
  report(t, 'valid', tally);
  assertClean(tally);
  assert.ok(tally.ok >= 0.7 * tally.total, `only ${tally.ok} of ${tally.total} valid commands reached a computation`);
  for (const [verb, c] of Object.entries(tally.byVerb))
    assert.ok(c.ok >= 0.5 * c.total, `${verb}: only ${c.ok} of ${c.total} valid commands reached a computation`);
});

// DESIGN §4: a value that would overflow or underflow is carried in a scaled form or refused with
// an error that names it; a refusal is fine here, a throw or an Infinity/NaN is not.
test('valid commands with extreme magnitudes never throw and never show Infinity or NaN', async (t) => {
  const tally = await runAll(sample(validCommand('extreme'), 300, 2), 10);
  report(t, 'valid, extreme magnitudes', tally);
  assertClean(tally);
});

test("the issue's extreme inputs, in every verb, never throw and never show Infinity or NaN", async (t) => {
  const one = (x: string) => `[[${x}]]`;
  const two = (x: string) => `[[${x},0],[0,1]]`;
  const commands = [
    '[[1e200*pi]] [[1e200*pi]]',
    'schur [[1e200*pi]] [[1e200*pi]]',
    'oppenheim [[1e200*pi,0],[0,1e200*pi]] [[1,0],[0,1]]',
    'relate [[1e200*pi,0],[0,1e200*pi]] [[1,0],[0,1]]',
    'props [[1e200*pi,0],[0,1e200*pi]] [[1,0],[0,1]]',
    '[[1e400]] [[sqrt(2)]]',
    `diag(${Array(12).fill('7^236').join(',')}) eye(12)`,
    `[${Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => (i === j ? '7^236' : '0')).join(' ')).join('; ')}] eye(12)`,
    'psd [[-1e-320*pi]]',
    'psd [[1e-2000]]',
    'psd [[sqrt(2)*1e200,0],[0,1]]',
    'psd [[pi*1e-30,0],[0,pi*1e30]]',
    'psd [[-1e-200*sqrt(2),0],[0,1]]',
    'psd [[pi,pi],[pi,pi]]',
    ...EXTREME_ENTRIES.flatMap((x) => [
      `${one(x)} ${one(x)}`,
      `psd ${two(x)}`,
      `schur ${two(x)} ${two(x)}`,
      `oppenheim ${two(x)} ${two(x)}`,
      `props ${two(x)} ${two(x)} ${two(x)}`,
      `relate ${two(x)} ${two(x)}`,
      `apply window [${x},1,2,3]`,
      `apply mask ${two(x)}`,
      `apply taper ${two(x)} ${two(x)}`,
      `apply gate [${x},1] [1,0] [0,1] [1,${x}]`,
    ]),
  ];
  const tally = await runAll(
    [...new Set(commands)].map((text) => ({ text })),
    1,
  );
  report(t, 'extreme table', tally);
  assertClean(tally);
});

test('edited valid commands never throw and always answer or explain', async (t) => {
  const tally = await runAll(sample(editedCommand(), 800, 3).map((text) => ({ text })));
  report(t, 'edited', tally);
  assertClean(tally);
});

test('random text from the grammar alphabet never throws', async (t) => {
  const tally = await runAll(sample(grammarNoise, 500, 4).map((text) => ({ text })));
  report(t, 'grammar-alphabet noise', tally);
  assertClean(tally);
});

test('arbitrary unicode never throws', async (t) => {
  const tally = await runAll(sample(unicodeNoise, 300, 5).map((text) => ({ text })));
  report(t, 'unicode noise', tally);
  assertClean(tally);
});

/** One hostile command: answered or refused cleanly. */
async function check(text: string): Promise<void> {
  const started = performance.now();
  const r = await runText(text, { figures: false });
  assert.deepEqual(problems(text, r, performance.now() - started), [], text.slice(0, 200));
}

test('hostile inputs hit limits, not the machine', async () => {
  const hostile = [
    '[[' + '('.repeat(3000) + '1' + ')'.repeat(3000) + ']] [[1]]',
    '[[' + '-'.repeat(3990) + '1]] [[1]]',
    '[[9^9^9^9^9]] [[1]]',
    '[[(10^1000)^(10^1000)]] [[1]]',
    '[[2^6000]] [[2^6000]]',
    `[[${'9'.repeat(1990)}]] [[${'9'.repeat(1990)}]]`,
    `[[1e-${'9'.repeat(8)}]] [[1]]`,
    '[[' +
      Array(12)
        .fill('[' + Array(12).fill('2^400').join(',') + ']')
        .join(',') +
      ']] [[1]]',
    'oppenheim ' + ['hilbert(12)', 'pascal(12)'].join(' '),
    'schur pascal(12) hilbert(12)',
    'psd ' +
      '[' +
      Array.from({ length: 12 }, (_, i) =>
        Array.from({ length: 12 }, (_, j) => `${(i * 7 + j * 3) % 11}/${j + 7}`).join(' '),
      ).join(';') +
      ']',
    '[' + '['.repeat(2000) + ']'.repeat(2000) + ']',
    '[[1]] '.repeat(700),
    'eye(9999) eye(9999)',
    ...['schur', 'oppenheim', 'psd', 'props', 'relate', ''].map(
      (v) =>
        `${v} [${Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => (i === j ? `7^1900+${i}` : `${(i * j) % 7}`)).join(',')).join(';')}]` +
        (v === 'psd' ? '' : ' pascal(12)'),
    ),
    'ones(99999999,99999999) eye(2)',
  ];
  for (const h of hostile) await check(h);
  const big = await runText('[[2^6000]] [[2^6000]]', { figures: false });
  assert.ok(big.ok || big.code === 'too_large');
});

test('the work deadline stops exact elimination mid-way with a timeout answer', async () => {
  // 12×12 with ~25-digit entries: exact LDLᵀ/Bareiss take tens of ms, far past a 1 ms budget.
  const entry = (i: number, j: number) => `${(i + 1) * (j + 1)}${'7'.repeat(22)}${(i * 5 + j * 3) % 10}`;
  const m = `[${Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => entry(Math.min(i, j), Math.max(i, j))).join(' ')).join(';')}]`;
  for (const verb of ['psd', 'oppenheim']) {
    const r = await runText(`${verb} ${m}${verb === 'psd' ? '' : ' pascal(12)'}`, {
      figures: false,
      limits: { maxMillis: 1 },
    });
    assert.equal(r.ok, false, verb);
    if (!r.ok) {
      assert.equal(r.code, 'timeout', `${verb}: ${r.message}`);
      assert.match(r.hint, /Example: \/hadamard/);
    }
  }
  // The same command inside the default 2 s budget is answered.
  const fine = await runText(`psd ${m}`, { figures: false });
  assert.ok(fine.ok, fine.ok ? '' : fine.message);
});
