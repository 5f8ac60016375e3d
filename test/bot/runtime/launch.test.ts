// The launcher (src/bot/launch.ts, issue 20 "bounded memory"): on Linux with glibc, `npm start` (dist/src/bot/main.js)
// starts the bot once more as its child with glibc's malloc tunable and a small young generation, and only supervises
// it. Tried on the real compiled entry point: the child has the settings, the launcher passes signals on and exits as
// the child does, a SIGKILLed launcher leaves nothing running, and an operator's own setting turns it off.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHILD_NODE_FLAGS,
  LAUNCHED_VAR,
  MALLOC_TUNABLES,
  shouldRelaunch,
  useAllocatorDefaults,
} from '../../../src/bot/launch.js';
import { DIST_PROBLEM } from '../cli-harness.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MAIN = join(ROOT, 'dist/src/bot/main.js');
const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header
  ?.glibcVersionRuntime;
const LINUX_GLIBC = process.platform === 'linux' && Boolean(glibc);
const SKIP = LINUX_GLIBC ? false : 'the launcher only relaunches on Linux with glibc';

test('shouldRelaunch: Linux with glibc only, once, and never over an operator’s own setting', () => {
  const linux = { platform: 'linux' as const, glibc: '2.36', env: {} };
  assert.equal(shouldRelaunch(linux), true);
  assert.equal(shouldRelaunch({ ...linux, platform: 'darwin' }), false);
  assert.equal(shouldRelaunch({ ...linux, platform: 'win32' }), false);
  assert.equal(shouldRelaunch({ ...linux, glibc: undefined }), false, 'musl (Alpine) has no such tunable');
  assert.equal(shouldRelaunch({ ...linux, env: { [LAUNCHED_VAR]: '1' } }), false, 'the child never relaunches');
  assert.equal(shouldRelaunch({ ...linux, env: { MALLOC_MMAP_THRESHOLD_: '65536' } }), false);
  assert.equal(
    shouldRelaunch({ ...linux, env: { MALLOC_MMAP_THRESHOLD_: '', [LAUNCHED_VAR]: '' } }),
    true,
    'empty, as .env.example leaves them, is unset',
  );
  assert.equal(shouldRelaunch({ ...linux, env: { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536' } }), false);
  assert.equal(shouldRelaunch({ ...linux, env: { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' } }), true);
});

test('useAllocatorDefaults purges the canvas allocator at once, and keeps an operator’s value', () => {
  const env: NodeJS.ProcessEnv = {};
  useAllocatorDefaults(env);
  assert.equal(env.MIMALLOC_PURGE_DELAY, '0');
  const empty: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: '' };
  useAllocatorDefaults(empty);
  assert.equal(empty.MIMALLOC_PURGE_DELAY, '0');
  const own: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: '100' };
  useAllocatorDefaults(own);
  assert.equal(own.MIMALLOC_PURGE_DELAY, '100');
});

interface Started {
  proc: ChildProcess;
  base: string;
  stderr: () => string;
  /** The JSON log. */
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  dataDir: string;
}

async function start(extraEnv: NodeJS.ProcessEnv = {}, detached = false): Promise<Started> {
  assert.equal(DIST_PROBLEM, null, DIST_PROBLEM ?? '');
  const dataDir = mkdtempSync(join(tmpdir(), 'hadamard-launch-'));
  const proc = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    detached,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      DATA_DIR: dataDir,
      WORKERS: '1',
      ...extraEnv,
    },
  });
  let err = '';
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const base = await new Promise<string>((resolve, reject) => {
    proc.stderr!.on('data', (d) => {
      err += String(d);
      const m = /local playground runs: open (http:\/\/\S+?)\/? /.exec(err);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`main exited (${code}) before serving:\n${err}`)));
  });
  return { proc, base, stderr: () => err, stdout: () => out, exited, dataDir };
}

function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}
function environOf(pid: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')) {
    const i = kv.indexOf('=');
    if (i > 0) out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}
/** Gone, or a zombie waiting for whoever adopted it: either way it runs no more. */
function running(pid: number): boolean {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return !/\) [ZX] /.test(stat);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function answers(base: string): Promise<void> {
  const res = await fetch(`${base}/api/command`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hadamard-Client': 'test' },
    body: JSON.stringify({ text: '[[2,3],[4,1]] [[5,6],[7,8]]' }),
  });
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { ok: boolean }).ok, true);
}

test(
  'npm start on Linux: the bot runs as the launcher’s one child, with the tunables; a Ctrl+C reaches it once',
  { skip: SKIP },
  async () => {
    // The launcher leads its own process group here, as a shell's foreground job does.
    const s = await start({}, true);
    try {
      const kids = childrenOf(s.proc.pid!);
      assert.equal(kids.length, 1, 'one child: the bot');
      const env = environOf(kids[0]);
      for (const [k, v] of Object.entries(MALLOC_TUNABLES)) assert.equal(env[k], v, k);
      assert.equal(env[LAUNCHED_VAR], '1');
      assert.equal(env.MIMALLOC_PURGE_DELAY, '0');
      const argv = readFileSync(`/proc/${kids[0]}/cmdline`, 'utf8').split('\0');
      for (const f of CHILD_NODE_FLAGS) assert.ok(argv.includes(f), `${f} in ${argv.join(' ')}`);
      await answers(s.base);
      // Ctrl+C: the terminal signals the whole foreground group. The bot has its own group, so only the launcher's
      // forwarded signal reaches it; had it been in the group it would get two, and the second means "exit now".
      process.kill(-s.proc.pid!, 'SIGINT');
      assert.deepEqual(await s.exited, { code: 0, signal: null }, 'the launcher exits as the bot did: cleanly');
      assert.equal(running(kids[0]), false);
      assert.equal((s.stdout().match(/shutting down/g) ?? []).length, 1, s.stdout());
      assert.match(s.stdout(), /"msg":"stopped"/);
    } finally {
      s.proc.kill('SIGKILL');
      rmSync(s.dataDir, { recursive: true, force: true });
    }
  },
);

test('a SIGKILLed launcher leaves no bot running', { skip: SKIP }, async () => {
  const s = await start();
  try {
    const [bot] = childrenOf(s.proc.pid!);
    assert.ok(running(bot));
    s.proc.kill('SIGKILL');
    await s.exited;
    for (let i = 0; i < 50 && running(bot); i++) await sleep(100);
    assert.equal(running(bot), false, 'the bot ends with its launcher');
  } finally {
    rmSync(s.dataDir, { recursive: true, force: true });
  }
});

test(
  'an operator’s own MALLOC_MMAP_THRESHOLD_ (or HADAMARD_LAUNCHED=1) runs the bot in one process',
  { skip: SKIP },
  async () => {
    for (const env of [{ MALLOC_MMAP_THRESHOLD_: '262144' }, { [LAUNCHED_VAR]: '1' }]) {
      const s = await start(env);
      try {
        assert.deepEqual(childrenOf(s.proc.pid!), [], `no child with ${JSON.stringify(env)}`);
        await answers(s.base);
        s.proc.kill('SIGINT');
        assert.equal((await s.exited).code, 0);
      } finally {
        s.proc.kill('SIGKILL');
        rmSync(s.dataDir, { recursive: true, force: true });
      }
    }
  },
);

test('the launcher exits with the bot’s code, and the bot’s words reach the terminal', async () => {
  const proc = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: 'abc' },
  });
  let err = '';
  proc.stderr.on('data', (d) => (err += String(d)));
  proc.stdout.resume();
  const code = await new Promise<number | null>((resolve) => proc.on('exit', (c) => resolve(c)));
  assert.equal(code, 1);
  assert.match(err, /configuration error: PORT: must be a whole number, got "abc"/);
});
