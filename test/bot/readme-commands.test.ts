// What README.md and docs/*.md show is true (issue 20): the command table is generated from the catalogue; every
// command line in a fenced `sh` or `text` block runs here (the CLI ones as the compiled `hadamard` bin, with the
// output pasted under a `$ ` line compared with a real run's; the curl ones against the local page's server);
// lines that cannot run in a test are listed below with the reason, and a new unlisted one fails. Also: every
// relative link resolves, the README stays short, and every variable of .env.example is named in the README and
// explained in docs/configuration.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { withCommandTable } from '../../src/bot/catalogue-docs.js';
import { CATALOGUE } from '../../src/engine/catalogue.js';
import { CLI_JS, DIST_PROBLEM, ROOT } from './cli-harness.js';
import { startServer } from './local/fixtures.js';

const README = join(ROOT, 'README.md');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Command lines shown in the docs that this test does not run, and why. Each must still appear in a doc. */
const NOT_RUN: Record<string, string> = {
  'npm start': 'starts the bot until stopped; test/bot/main.test.ts and start-compiled.test.ts start it',
  'npm test': 'this suite is what it runs',
  'export DISCORD_TOKEN=…  DISCORD_APP_ID=…': 'needs a real Discord application',
  'DISCORD_GUILD_ID=<test server id> npm run discord:register':
    'needs Discord credentials (the registration JSON is checked in test/bot/discord/commands.test.ts)',
  'npm run discord:register': 'needs Discord credentials (as above)',
};

interface Shown {
  doc: string;
  line: number;
  command: string;
  /** The output pasted under a `$ ` line of a `text` block (absent in `sh` blocks). */
  output?: string;
}

/** Command lines of fenced `sh` blocks (comments dropped) and `$ ` lines of `text` blocks, with their output. */
function shownCommands(doc: string): Shown[] {
  const lines = readFileSync(join(ROOT, doc), 'utf8').split('\n');
  const shown: Shown[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang] = open;
    const body: { text: string; line: number }[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++)
      body.push({ text: lines[i].slice(indent.length), line: i + 1 });
    if (lang === 'sh') {
      for (const b of body) {
        const command = b.text.replace(/\s+#\s.*$/, '').trim();
        if (command && !command.startsWith('#')) shown.push({ doc, line: b.line, command });
      }
    } else if (lang === 'text') {
      for (let k = 0; k < body.length; k++) {
        if (!body[k].text.startsWith('$ ')) continue;
        const out: string[] = [];
        for (let j = k + 1; j < body.length && !body[j].text.startsWith('$ '); j++) out.push(body[j].text);
        shown.push({ doc, line: body[k].line, command: body[k].text.slice(2), output: out.join('\n') });
      }
    }
  }
  return shown;
}

/** Splits a shell command line into words: single and double quotes, backslash escapes; no expansion. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      assert.ok(end > 0, `unclosed ' in ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      for (; j < line.length && line[j] !== '"'; j++) s += line[j] === '\\' ? line[++j] : line[j];
      assert.ok(j < line.length, `unclosed " in ${line}`);
      word = (word ?? '') + s;
      i = j;
    } else if (c === '\\') word = (word ?? '') + line[++i];
    else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + c;
  }
  if (word !== null) words.push(word);
  return words;
}

const CLI_PREFIXES = [
  ['npm', 'run', 'cli', '--'],
  ['npm', 'run', '-s', 'cli', '--'],
  ['npx', 'hadamard'],
  ['hadamard'],
];

/** The `hadamard` arguments of a CLI command line, and whether it ends in `; echo "exit $?"`; else null. */
function cliInvocation(command: string): { args: string[]; echoExit: boolean } | null {
  const m = /^(.*?);\s*echo "exit \$\?"$/.exec(command);
  const words = shellWords(m ? m[1] : command);
  for (const p of CLI_PREFIXES)
    if (p.every((w, i) => words[i] === w)) return { args: words.slice(p.length), echoExit: Boolean(m) };
  return null;
}

/** The files the docs' examples name, written into the folder the commands run in. */
function writeExampleFiles(dir: string) {
  writeFileSync(join(dir, 'a.csv'), '2,1\n1,2\n');
  writeFileSync(join(dir, 'b.csv'), '1,1\n1,1\n');
  writeFileSync(join(dir, 'cov.csv'), '4,2,0.6\n2,2,0.5\n0.6,0.5,1\n');
  for (const [name, f] of [
    ['photo.png', (x: number, y: number) => (x * 40 + y * 20) % 256],
    ['mask.png', (x: number) => (x < 4 ? 255 : 0)],
  ] as const) {
    const png = new PNG({ width: 8, height: 8, colorType: 0, inputColorType: 0, bitDepth: 8 });
    for (let y = 0; y < 8; y++)
      for (let x = 0; x < 8; x++) {
        const v = f(x, y);
        png.data.set([v, v, v, 255], (y * 8 + x) * 4);
      }
    writeFileSync(join(dir, name), PNG.sync.write(png));
  }
}

function runCli(args: string[], cwd: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI_JS, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: join(cwd, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, out, err });
    });
  });
}

/** Pasted output without npm's own lines (`> hadamard-bot@… cli`, `> node dist/…`, and the blank after them). */
function withoutNpmBanner(output: string): string {
  return output.replace(/^\n?> hadamard-bot@\S+ cli\n> node [^\n]*\n\n/, '');
}

const trimLines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

const ALL = DOCS.flatMap(shownCommands);

test('README command table matches the catalogue', () => {
  const readme = readFileSync(README, 'utf8');
  assert.equal(readme, withCommandTable(readme), 'run `npm run readme:commands`');
  for (const s of CATALOGUE) assert.ok(readme.includes(s.usage), s.verb);
});

test('the README stays a first read: at most 250 lines, the quick start in two commands', () => {
  const readme = readFileSync(README, 'utf8');
  const lines = readme.split('\n').length;
  assert.ok(lines <= 250, `README.md has ${lines} lines; move detail to docs/`);
  const quick = ALL.filter((s) => s.doc === 'README.md' && ['npm start', 'npm test'].includes(s.command));
  assert.equal(quick.length, 2, 'the quick start is `npm start` and `npm test`');
});

test('every command line shown in the docs is run by this test or listed with the reason it is not', () => {
  assert.ok(ALL.length >= 10, `found only ${ALL.length} command lines`);
  const unknown = ALL.filter(
    (s) => !cliInvocation(s.command) && !s.command.startsWith('curl ') && !(s.command in NOT_RUN),
  );
  assert.deepEqual(
    unknown.map((s) => `${s.doc}:${s.line}: ${s.command}`),
    [],
    'run these in this test, or list them in NOT_RUN with the reason',
  );
  for (const command of Object.keys(NOT_RUN))
    assert.ok(
      ALL.some((s) => s.command === command),
      `NOT_RUN lists "${command}", which no doc shows now`,
    );
});

test('every CLI command in the docs runs, and output pasted from a run is what a run prints now', async () => {
  assert.equal(DIST_PROBLEM, null, DIST_PROBLEM ?? '');
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-docs-'));
  writeExampleFiles(dir);
  const commands = ALL.flatMap((s) => {
    const call = cliInvocation(s.command);
    return call ? [{ ...s, ...call }] : [];
  });
  assert.ok(commands.length >= 8, `found only ${commands.length} CLI commands`);
  // A few at a time: each is a fresh node process.
  const queue = [...commands];
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const where = `${c.doc}:${c.line}: ${c.command}`;
        const cwd = mkdtempSync(join(dir, 'run-'));
        for (const f of readdirSync(dir))
          if (/\.(csv|png)$/.test(f)) writeFileSync(join(cwd, f), readFileSync(join(dir, f)));
        const r = await runCli(c.args, cwd);
        if (c.echoExit) {
          if (c.output === undefined) failures.push(`${where}: shows no exit code to compare`);
        } else if (r.code !== 0) {
          failures.push(`${where}: exit ${r.code}\n${r.err}`);
          continue;
        }
        if (c.output === undefined) continue;
        const printed = trimLines(r.out + r.err + (c.echoExit ? `exit ${r.code}\n` : ''));
        const pasted = trimLines(withoutNpmBanner(c.output));
        if (printed !== pasted)
          failures.push(`${where}: the pasted output differs from a run:\n--- run\n${printed}\n--- doc\n${pasted}`);
        // Figures named in the output are where it says, relative to where the command ran.
        for (const m of printed.matchAll(/^Figure: (.+)$/gm))
          if (!existsSync(resolve(cwd, m[1]))) failures.push(`${where}: no figure at ${m[1]}`);
      }
    }),
  );
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(failures, []);
});

test('every curl example in the docs gets its answer from the local page', async () => {
  const curls = ALL.filter((s) => s.command.startsWith('curl '));
  assert.ok(curls.length >= 1, 'the files doc shows a curl upload');
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-docs-curl-'));
  writeExampleFiles(dir);
  const server = await startServer();
  try {
    for (const c of curls) {
      const words = shellWords(c.command).slice(1);
      const headers: Record<string, string> = {};
      let form: FormData | undefined;
      let body: string | undefined;
      let url = '';
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === '-H') {
          const [name, ...value] = words[++i].split(':');
          headers[name.trim()] = value.join(':').trim();
        } else if (w === '-F') {
          const [name, ...rest] = words[++i].split('=');
          const value = rest.join('=');
          form ??= new FormData();
          if (value.startsWith('@'))
            form.append(name, new Blob([readFileSync(join(dir, value.slice(1)))]), value.slice(1));
          else form.append(name, value);
        } else if (w === '-d' || w === '--data') {
          body = words[++i];
          headers['Content-Type'] ??= 'application/json';
        } else if (/^https?:\/\//.test(w)) url = w;
        else assert.fail(`${c.doc}:${c.line}: this test does not know curl's ${w}`);
      }
      assert.match(
        url,
        /^http:\/\/127\.0\.0\.1:3000\//,
        `${c.doc}:${c.line}: the example talks to the default address`,
      );
      const res = await fetch(url.replace('http://127.0.0.1:3000', server.url), {
        method: 'POST',
        headers,
        body: form ?? body,
      });
      assert.equal(res.status, 200, `${c.doc}:${c.line}`);
      const json = (await res.json()) as { ok: boolean };
      assert.equal(json.ok, true, `${c.doc}:${c.line}: ${JSON.stringify(json)}`);
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every relative link of the README and docs/ leads to a file, and every #anchor to a heading', () => {
  const slugs = (file: string) =>
    new Set(
      [...readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) =>
        m[1]
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s-]/gu, '')
          .replace(/\s/g, '-'),
      ),
    );
  const broken: string[] = [];
  for (const doc of DOCS) {
    const text = readFileSync(join(ROOT, doc), 'utf8').replace(/^\s*```[\s\S]*?^\s*```/gm, '');
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1];
      if (/^(https?|mailto):/.test(target)) continue;
      const [path, anchor] = target.split('#');
      const file = path ? resolve(dirname(join(ROOT, doc)), path) : join(ROOT, doc);
      if (!existsSync(file)) broken.push(`${doc}: ${target} (no such file)`);
      else if (anchor && file.endsWith('.md') && !slugs(file).has(anchor))
        broken.push(`${doc}: ${target} (no such heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every variable of .env.example is named in the README and explained in docs/configuration.md', () => {
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
  const names = [...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
  assert.ok(names.length >= 20, `found ${names.length}`);
  const readme = readFileSync(README, 'utf8');
  const configuration = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
  assert.deepEqual(
    names.filter((n) => !readme.includes(`\`${n}\``)),
    [],
    'missing from the README',
  );
  assert.deepEqual(
    names.filter((n) => !configuration.includes(`\`${n}\``)),
    [],
    'missing from docs/configuration.md',
  );
});
