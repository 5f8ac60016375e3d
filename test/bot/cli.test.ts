// The `hadamard` CLI as a user runs it: the compiled program the package's `bin` names
// (dist/src/bot/cli.js, built by `npm ci`'s prepare step, `npm run build` and `npm test`), run with
// plain node, no tsx. A dist/ that is missing or older than any file of src/ fails these tests with
// a message saying so, instead of testing yesterday's program. Text, --json, batch from stdin,
// figures to --out, exit codes 0 / 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, CLI_JS, DIST_PROBLEM, cli } from './cli-harness.js';

test('the program under test is the built bin, as fresh as src/', () => {
  assert.equal(BIN, 'dist/src/bot/cli.js');
  assert.equal(DIST_PROBLEM, null, DIST_PROBLEM ?? '');
  // It runs without tsx: plain node, nothing but the compiled JavaScript.
  const r = spawnSync(process.execPath, [CLI_JS, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  assert.match(r.stdout + r.stderr, /usage: hadamard/);
  assert.doesNotMatch(readFileSync(CLI_JS, 'utf8'), /from ['"]tsx/);
});

test('text answer with the product and a PNG in --out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-cli-'));
  const r = cli(['--out', dir, '[[2,3],[4,1]] [[5,6],[7,8]]']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /A∘B = \[\[10,18\],\[28,8\]\]/);
  const png = readFileSync(join(dir, 'product.png'));
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
});

test('--json prints exactly one object; user errors exit 1', () => {
  const ok = cli(['--json', '--no-figures', 'psd [[1,2],[2,1]]']);
  assert.equal(ok.code, 0);
  const j = JSON.parse(ok.out);
  assert.equal(j.ok, true);
  assert.equal(j.verb, 'psd');
  assert.equal(j.data.verdict, 'not_psd');
  assert.deepEqual(j.figures, []);
  const bad = cli(['--json', '[[1,2]] [[1],[2]]']);
  assert.equal(bad.code, 1);
  const e = JSON.parse(bad.out);
  assert.deepEqual(Object.keys(e.error).sort(), ['code', 'hint', 'message']);
  assert.equal(e.error.code, 'shape_mismatch');
  const text = cli(['[[1,2]] [[1],[2]]']);
  assert.equal(text.code, 1);
  assert.match(text.err, /Hint:/);
});

test("--latex prints only the answer's LaTeX; an answer without matrices says so and prints its text", () => {
  const r = cli(['--latex', '--no-figures', '[[1/2,2]] [[3,-1/4]]']);
  assert.equal(r.code, 0, r.err);
  assert.equal(
    r.out.split('\n')[0],
    '\\[ A \\circ B = \\begin{bmatrix} \\frac{1}{2} & 2 \\end{bmatrix} \\circ \\begin{bmatrix} 3 & -\\frac{1}{4} \\end{bmatrix} = \\begin{bmatrix} \\frac{3}{2} & -\\frac{1}{2} \\end{bmatrix} \\]',
  );
  assert.doesNotMatch(r.out, /Figure:|Hadamard product/);
  const psd = cli(['--latex', '--no-figures', 'psd [[1,2],[2,1]]']);
  assert.match(psd.out, /M \\not\\succeq 0/);
  const help = cli(['--latex', 'help']);
  assert.equal(help.code, 0);
  assert.match(help.err, /no LaTeX/);
  assert.match(help.out, /hadamard-bot help/);
});

test('batch: one JSON object per input line, in order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-cli-'));
  const r = cli(
    ['--json', '--out', dir, '-'],
    'psd [[1,1],[1,1]]\n\n[[1,2]] [[3]]\n[[2,3],[4,1]] [[5,6],[7,8]]\nhelp\n',
  );
  const lines = r.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.deepEqual(
    lines.map((l) => l.ok),
    [true, false, true, true],
  );
  assert.equal(lines[0].data.rank, 1);
  assert.equal(lines[1].error.code, 'shape_mismatch');
  assert.ok(existsSync(lines[2].figures[0].file));
  assert.equal(r.code, 1);
});

test('a reader that closes the pipe early (| head) ends the CLI quietly, not with an EPIPE trace', async () => {
  assert.equal(DIST_PROBLEM, null, DIST_PROBLEM ?? '');
  const child = spawn(process.execPath, [CLI_JS, '--json', '--no-figures', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy()); // like `head -1`
  child.stdin.end('psd hilbert(12)\n'.repeat(400));
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  assert.equal(code, 0, err);
  assert.doesNotMatch(err, /EPIPE|internal error/);
});

test('--locale: help, explain schur and a schur answer in Spanish, Portuguese, French and German; English unchanged', () => {
  const cases: [string, RegExp, RegExp, RegExp][] = [
    ['es', /Calcula y aprende el producto de Hadamard/, /Si A y B son semidefinidas positivas/, /Veredictos/],
    ['pt-BR', /produto de Hadamard/, /semidefinidas positivas/, /Vereditos/],
    ['fr', /produit de Hadamard/, /semi-définies positives/, /Verdicts/],
    ['de', /Hadamard-Produkt/, /positiv semidefinit/, /Befunde/],
  ];
  for (const [locale, help, explain, schur] of cases) {
    assert.match(cli(['--locale', locale, 'help']).out, help, locale);
    assert.match(cli(['--locale', locale, 'explain schur']).out, explain, locale);
    const s = cli(['--locale', locale, '--no-figures', 'schur [[2,1],[1,2]] [[1,1],[1,1]]']);
    assert.equal(s.code, 0, s.err);
    assert.match(s.out, schur, locale);
  }
  assert.match(cli(['help']).out, /^hadamard-bot help/);
  const bad = cli(['--locale', 'tlh', 'help']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err + bad.out, /--locale needs one of en, es, pt-BR, fr, de/);
});

test('settings language pt-BR makes a channel answer in Portuguese (translated verbs); default gives it back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-cli-lang-'));
  const env = { DATA_DIR: dir };
  const set = cli(['--channel', 'turma', 'settings language pt-BR'], undefined, env);
  assert.equal(set.code, 0, set.err);
  assert.match(set.out, /language agora é pt-BR neste canal/); // the reply is already in the new language
  assert.match(
    cli(['--channel', 'turma', '--no-figures', 'explain schur'], undefined, env).out,
    /teorema do produto de Schur/i,
  );
  assert.match(
    cli(['--channel', 'outra', '--no-figures', 'explain schur'], undefined, env).out,
    /^The Schur product theorem/,
  );
  // --locale wins over the channel's setting for this command.
  assert.match(cli(['--channel', 'turma', '--locale', 'de', 'explain schur'], undefined, env).out, /Schur-Produktsatz/);
  const bad = cli(['--channel', 'turma', 'settings language klingon'], undefined, env);
  assert.match(bad.out + bad.err, /not a value of language: it takes en, es, pt-BR, fr or de/);
  cli(['--channel', 'turma', 'settings language default'], undefined, env);
  assert.match(
    cli(['--channel', 'turma', '--no-figures', 'explain schur'], undefined, env).out,
    /^The Schur product theorem/,
  );
});
