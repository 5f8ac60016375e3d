// Installs and builds only what is out of date, so a fresh clone installs once and `npm start` / `npm test` after
// it neither reinstall nor rebuild when nothing changed (issue 20). Runs as `prestart` and `pretest` (install, then
// build), and as `prepare` and `build` with `--build` (build only: `npm ci` or `npm install` is installing, and
// `prepare` notes that it did, so neither `npm ci` nor `npm install x` is followed by a second install).
//   node_modules/: `npm ci` when it is missing or was installed from another package-lock.json, platform or arch
//     (node_modules/.hadamard-install holds the hash of what it was installed from).
//   dist/: `tsc -p tsconfig.build.json` when a file under src/, a tsconfig or package-lock.json changed
//     (dist/.hadamard-build holds a hash of their paths, sizes and modification times); `--force` always builds.
// No dependencies: it runs before they are installed. Two runs at once (npm start and npm test in two terminals on
// a fresh clone) take turns through a lock folder, so npm ci never runs twice over the same node_modules.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INSTALL_STAMP = join(ROOT, 'node_modules', '.hadamard-install');
const BUILD_STAMP = join(ROOT, 'dist', '.hadamard-build');
const LOCK = join(ROOT, '.hadamard-setup.lock');
const LOCKED_ENV = 'HADAMARD_SETUP_LOCKED';

const args = new Set(process.argv.slice(2));
const buildOnly = args.has('--build');
const force = args.has('--force');

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

function readOr(path, fallback) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/** What node_modules must have been installed from: the lock file, on this platform and arch. */
function installKey() {
  return sha256(`${process.platform} ${process.arch}\n${readFileSync(join(ROOT, 'package-lock.json'), 'utf8')}`);
}

function listFiles(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) listFiles(path, out);
    else out.push(path);
  }
  return out;
}

/** What dist/ was built from: each source's path, size and modification time, and the lock (the compiler's version). */
function buildKey() {
  const files = [
    ...listFiles(join(ROOT, 'src'), []),
    join(ROOT, 'tsconfig.json'),
    join(ROOT, 'tsconfig.build.json'),
    join(ROOT, 'package-lock.json'),
  ];
  return sha256(
    files
      .map((f) => {
        const s = statSync(f);
        return `${f.slice(ROOT.length)} ${s.size} ${s.mtimeMs}`;
      })
      .join('\n'),
  );
}

function run(command, commandArgs, env = process.env) {
  const r = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0)
    throw new Error(`\`${[command, ...commandArgs].join(' ')}\` failed (exit ${r.status ?? r.signal})`);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Takes the lock folder, waiting (at most 20 minutes) while another live run holds it; returns the release. */
function takeLock() {
  if (process.env[LOCKED_ENV]) return () => {};
  const deadline = Date.now() + 20 * 60_000;
  let told = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const holder = Number(readOr(join(LOCK, 'pid'), '0'));
    if (holder && !pidAlive(holder)) {
      rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${LOCK} is still held by process ${holder}; remove it if that is not running`);
    if (!told) console.error('ensure-ready: another install or build is running here; waiting for it');
    told = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}

let release = () => {};
try {
  release = takeLock();
  // As `prepare` at the end of `npm ci` or `npm install`, node_modules is what the lock says: note it.
  if (buildOnly && ['ci', 'install'].includes(process.env.npm_command ?? '') && existsSync(join(ROOT, 'node_modules')))
    writeFileSync(INSTALL_STAMP, installKey());
  if (!buildOnly) {
    const key = installKey();
    if (!existsSync(join(ROOT, 'node_modules')) || readOr(INSTALL_STAMP, '') !== key) {
      console.error(
        existsSync(join(ROOT, 'node_modules'))
          ? 'ensure-ready: package-lock.json changed since the last install: npm ci'
          : 'ensure-ready: first install: npm ci',
      );
      const npm = process.env.npm_execpath;
      // npm's own JavaScript when npm started us (no shell needed on Windows), else npm from PATH.
      if (npm && /npm-cli\.[cm]?js$/.test(npm))
        run(process.execPath, [npm, 'ci'], { ...process.env, [LOCKED_ENV]: '1' });
      else run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci'], { ...process.env, [LOCKED_ENV]: '1' });
      writeFileSync(INSTALL_STAMP, key);
    }
  }
  const key = buildKey();
  if (force || readOr(BUILD_STAMP, '') !== key) {
    if (!force)
      console.error(
        existsSync(BUILD_STAMP)
          ? 'ensure-ready: src/ changed since the last build: tsc -p tsconfig.build.json'
          : 'ensure-ready: building dist/: tsc -p tsconfig.build.json',
      );
    run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
    mkdirSync(join(ROOT, 'dist'), { recursive: true });
    writeFileSync(BUILD_STAMP, key);
  }
} catch (e) {
  console.error(`ensure-ready: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  release();
}
