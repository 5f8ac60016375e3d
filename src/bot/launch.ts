/**
 * What the process needs before it starts, set where it starts (issue 20, "bounded memory"): glibc's malloc reads
 * its tunables from the environment once, at start-up, so they cannot be set from inside. On Linux with glibc,
 * `main.ts` (what `npm start` runs) starts the bot once more as its child with them set, waits for it, passes signals
 * on and exits as it does. Everywhere else, or when the variable is already set (an operator's own value, a systemd
 * `Environment=`, a Dockerfile `ENV`), the bot runs in this process. notes/memory.md says why this tunable.
 *
 * Only node built-ins are imported here, so the parent stays small (it loads none of the bot).
 */
import { spawn } from 'node:child_process';

/**
 * Every malloc block of 128 KB or more is its own mapping, returned to the kernel when freed. glibc's default
 * threshold is dynamic: it rises to the largest block freed (up to 32 MB), so a figure's 8 MB pixel buffers
 * afterwards come from the arenas, which keep what is freed.
 */
export const MALLOC_TUNABLES: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };

/**
 * Node flags for the child: the main thread's young generation at 2 MB semi-spaces (V8's default grows to 16 MB
 * each, all touched under load, and resident), unless the operator gave their own.
 */
export const CHILD_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];

/** Set in the child, so it never starts another; also an operator's way to turn the relaunch off (`=1`). */
export const LAUNCHED_VAR = 'HADAMARD_LAUNCHED';

export interface LaunchFacts {
  platform: NodeJS.Platform;
  /** glibc's version when node runs on glibc (process.report's `glibcVersionRuntime`), else undefined. */
  glibc: string | undefined;
  env: NodeJS.ProcessEnv;
}

/** Whether to start the bot as a child with the tunables: Linux with glibc, not already done, not already set. */
export function shouldRelaunch(facts: LaunchFacts): boolean {
  if (facts.platform !== 'linux' || !facts.glibc) return false;
  if (facts.env[LAUNCHED_VAR]) return false;
  // An operator who sets the variable (any value; empty, as .env.example leaves it, is unset) has decided;
  // GLIBC_TUNABLES may set the same threshold.
  if (Object.keys(MALLOC_TUNABLES).some((k) => facts.env[k])) return false;
  if (/(^|:)glibc\.malloc\.mmap_threshold=/.test(facts.env.GLIBC_TUNABLES ?? '')) return false;
  return true;
}

function glibcVersion(): string | undefined {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return report?.header?.glibcVersionRuntime;
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Starts `script` again as a child with the tunables when `shouldRelaunch` says so, and returns true: this process
 * then only waits, forwards SIGINT/SIGTERM/SIGHUP, and exits with the child's code (or by its signal). Returns false
 * when the bot should run here (not Linux/glibc, already launched or set, or the child could not be spawned).
 *
 * The child has its own process group, so a Ctrl+C in the terminal reaches it once (forwarded), not twice (a second
 * signal means "exit now" to the bot). It holds an IPC channel to this process: if this one dies without a word
 * (SIGKILL), the channel closes and the child ends as abruptly, so nothing is left running.
 */
export function relaunchWithTunables(script: string): boolean {
  // glibc's version comes from a process report (~7 ms): asked only when nothing else has decided already (never in
  // the child, which has LAUNCHED_VAR).
  const facts = { platform: process.platform, glibc: 'unknown', env: process.env };
  if (!shouldRelaunch(facts) || !shouldRelaunch({ ...facts, glibc: glibcVersion() })) return false;
  let child;
  try {
    const own = (flag: string) => process.execArgv.some((a) => a.startsWith(flag.split('=')[0]));
    const flags = [...CHILD_NODE_FLAGS.filter((f) => !own(f)), ...process.execArgv];
    child = spawn(process.execPath, [...flags, script, ...process.argv.slice(2)], {
      env: { ...process.env, ...MALLOC_TUNABLES, [LAUNCHED_VAR]: '1' },
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      detached: true,
    });
  } catch {
    return false;
  }
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const s of FORWARDED) process.on(s, forward);
  child.on('error', (err) => {
    console.error(`hadamard-bot: could not start the bot process: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of FORWARDED) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    process.exit(code ?? 1);
  });
  return true;
}

/**
 * In the child: end at once when the parent is gone (its IPC channel closed), as a SIGKILL would have ended this
 * process too. The channel does not keep the event loop alive.
 */
export function followParent(): void {
  if (!process.env[LAUNCHED_VAR] || !process.channel) return;
  // A 'disconnect' listener refs the channel (node does so for its first one), so unref after adding it.
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  process.channel.unref();
}

/**
 * The canvas library's own allocator (mimalloc, inside @napi-rs/canvas) keeps freed pages for 10 ms and then only
 * advises the kernel, so pages of freed figure surfaces stayed resident (30–50 MB under load). Purging at once
 * returns them. Read from the environment when the library loads, which is after this runs, so it works on every
 * platform without a relaunch; an operator's own value is kept.
 */
export function useAllocatorDefaults(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.MIMALLOC_PURGE_DELAY) env.MIMALLOC_PURGE_DELAY = '0';
}
