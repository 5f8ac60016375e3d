// The built `hadamard` bin, as the CLI tests run it: plain node on dist/ (no tsx), failing with a clear message when
// dist/ is missing or older than src/. Each run gets its own empty DATA_DIR unless the test gives one, so a store a
// developer made with `npm start` never leaks into a test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.hadamard;
export const CLI_JS = join(ROOT, BIN);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Why dist/ does not stand for the current src/ (missing, or older than a source file), or null. */
function distProblem(): string | null {
  const rebuild = 'run `npm run build` (npm ci and npm test build it too)';
  if (!existsSync(CLI_JS)) return `${BIN} is missing: ${rebuild}`;
  for (const src of sources(join(ROOT, 'src'))) {
    const rel = relative(ROOT, src);
    const out = join(ROOT, 'dist', rel.replace(/\.ts$/, '.js'));
    if (!existsSync(out)) return `dist has no ${relative(ROOT, out)} for ${rel}: ${rebuild}`;
    if (statSync(out).mtimeMs < statSync(src).mtimeMs)
      return `dist is stale: ${rel} is newer than its build: ${rebuild}`;
  }
  return null;
}

export const DIST_PROBLEM = distProblem();

export function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  assert.equal(DIST_PROBLEM, null, DIST_PROBLEM ?? '');
  const r = spawnSync(process.execPath, [CLI_JS, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60000,
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'hadamard-cli-data-')), DATABASE_URL: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
