#!/usr/bin/env node
/**
 * The `hadamard` command line (DESIGN §6): the same commands as the chat bot, answered in the
 * terminal, figures (and other files: `class export`'s CSV) written to --out. `--json` prints one JSON
 * object (with `files` when an answer has some); `-` reads one command per line from standard input
 * (batch). Exit 0 answer, 1 user error, 2 internal fault.
 * `--run-due [--now ISO-8601]` runs the schedules due at that instant, once (DESIGN §12): each posts in its channel
 * (Slack and Discord with the bot's credentials from the environment, CLI channels on standard output).
 */
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { constants as fsConstants, existsSync, type Stats } from 'node:fs';
import pino from 'pino';
import {
  answerLatex,
  answerLocale,
  DEFAULT_LIMITS,
  answerToText,
  engineError,
  errorToText,
  parseCommand,
  run,
  verbSpec,
  type Attachment,
  type EngineError,
  type Reply,
  type RunOptions,
  LOCALES,
  resolveLocale,
} from '../engine/index.js';
import { translator } from '../engine/i18n/index.js';
import type { Store } from '../store/types.js';
import { GroupService, unavailable, type Requester, type ScheduledRun } from './groups/service.js';
import type { Config } from './config.js';
import { isStoreUnavailable } from '../store/guard.js';

const USAGE = `usage: hadamard [--json | --latex] [--out DIR] [--no-figures] [--theme light|dark] [--locale L] [--attach FILE]…
                [--platform P] [--workspace W] [--channel C] [--user U] "<command text>"
       hadamard --json -        (one command per line on standard input, one JSON object per line out)
       hadamard [--json] --run-due [--now ISO-8601]   (run the schedules due now, once; for an external cron)

examples:
  hadamard "[[2,3],[4,1]] [[5,6],[7,8]]"
  hadamard "psd [[1,2],[2,1]]"
  hadamard --json "schur [[2,1],[1,2]] [[1,1],[1,1]]"
  hadamard "apply window"                    (the article's applications: window, mask, gate, taper, image)
  hadamard --latex "[[1/2,2]] [[3,1/4]]"     (the answer as LaTeX for homework: bmatrix, \\frac, the verdict)
  hadamard --attach a.csv --attach b.csv schur
  hadamard --attach cov.csv "psd @1"
  hadamard quiz schur easy
  hadamard answer q7k2m9 b
  hadamard --user ada scores
  hadamard "schedule daily 09:00 quiz schur medium"
  hadamard --json --run-due --now 2026-03-30T07:00:00Z
  hadamard --user ada me                       (your progress; practice: a question for you alone)
  hadamard --out exports "class export"        (the channel's answers as CSV, written to exports/)
  hadamard help
  hadamard --locale es "explain schur"         (answers in es, pt-BR, fr or de; default: the channel's language, else English)

Study-group commands (quiz, answer, reveal, scores, settings, forget-me, me, practice, class) keep their state in the store:
the SQLite file DATA_DIR/hadamard.db (default ./data), or the Postgres of DATABASE_URL. --platform,
--workspace, --channel and --user say who asks where (defaults cli, local, cli, cli-user). --now ISO-8601 (with
its zone: Z or +01:00) is the instant a command runs at (replays and tests).

--run-due runs every schedule that is due at that instant (or now), once across every bot instance and cron run,
and prints what ran: {ok, data: {ran: [{scheduleId, channel, command, ok}]}} with --json. Slack and Discord
schedules post in their channels with SLACK_BOT_TOKEN (or the installations, with OAuth) and DISCORD_TOKEN; the
schedules of CLI channels print their answers here; those of the local page are run by the bot serving it.

--attach FILE (repeatable) attaches a matrix file (CSV, TSV, JSON; up to 256×256) or an image (PNG, JPEG; up to
1024×1024 pixels), at most 8 MB each. @1, @2 in the command name the first and second file; with files and no
matrix in the command, the files are the matrices, in order.`;

interface Options {
  json: boolean;
  /** Print the answer's LaTeX (data.latex) instead of its text. */
  latex: boolean;
  out: string;
  figures: boolean;
  theme: 'light' | 'dark';
  /** `--locale`: the language of the answers (a tag such as es, pt-BR, fr, de); unset: the channel's, else English. */
  locale?: string;
  who: { platform: string; workspace: string; channel: string; user: string };
  /** Paths given with --attach, in order; read into `attachments` before the first command. */
  attach: string[];
  attachments: Attachment[];
  text: string[];
  /** `--run-due`: run the schedules due at `now`. */
  runDue: boolean;
  /** `--now`: the instant commands run at (epoch ms), instead of the clock. */
  now?: number;
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = {
    json: false,
    latex: false,
    out: 'out',
    figures: true,
    theme: 'light',
    who: { platform: 'cli', workspace: 'local', channel: 'cli', user: 'cli-user' },
    attach: [],
    attachments: [],
    text: [],
    runDue: false,
  };
  const IDENTITY = ['platform', 'workspace', 'channel', 'user'] as const;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--run-due') o.runDue = true;
    else if (a === '--now' || a.startsWith('--now=')) {
      const v = a === '--now' ? argv[++i] : a.slice(6);
      const t =
        v && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? Date.parse(v) : NaN;
      if (!Number.isFinite(t)) return '--now needs an ISO-8601 instant with its zone, e.g. --now 2026-03-30T07:00:00Z';
      o.now = t;
    } else if (a === '--latex') o.latex = true;
    else if (a === '--no-figures') o.figures = false;
    else if (a === '--out') {
      const dir = argv[++i];
      if (!dir) return '--out needs a directory';
      o.out = dir;
    } else if (a.startsWith('--out=')) o.out = a.slice(6);
    else if (a === '--attach' || a.startsWith('--attach=')) {
      const path = a === '--attach' ? argv[++i] : a.slice(9);
      if (!path) return '--attach needs a file';
      o.attach.push(path);
    } else if (a === '--theme' || a.startsWith('--theme=')) {
      const t = a === '--theme' ? argv[++i] : a.slice(8);
      if (t !== 'light' && t !== 'dark') return '--theme needs light or dark';
      o.theme = t;
    } else if (a === '--locale' || a.startsWith('--locale=')) {
      const l = a === '--locale' ? argv[++i] : a.slice(9);
      const known = resolveLocale(l);
      if (!known || known === 'qps') return `--locale needs one of ${LOCALES.join(', ')}`;
      o.locale = known;
    } else if (IDENTITY.some((k) => a === `--${k}` || a.startsWith(`--${k}=`))) {
      const k = IDENTITY.find((x) => a === `--${x}` || a.startsWith(`--${x}=`))!;
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !/^[\w.:@-]{1,64}$/.test(v)) return `--${k} needs an id (letters, digits, . : @ - _)`;
      o.who[k] = v;
    } else if (a === '-h' || a === '--help') return 'help';
    else o.text.push(a);
  }
  return o;
}

/** Writes the figures of one reply; returns their file paths. */
async function writeFigures(reply: Reply, dir: string, prefix: string): Promise<{ file: string; alt: string }[]> {
  if (!reply.ok || reply.figures.length === 0) return [];
  await mkdir(dir, { recursive: true });
  const out: { file: string; alt: string }[] = [];
  for (const f of reply.figures) {
    const file = join(dir, prefix + f.name);
    await writeFile(file, f.png);
    out.push({ file, alt: f.alt });
  }
  return out;
}

/** Writes the reply's other files (`class export`'s CSV) next to the figures; returns their paths and types. */
async function writeFiles(reply: Reply, dir: string, prefix: string): Promise<{ file: string; type: string }[]> {
  if (!reply.ok || !reply.files?.length) return [];
  await mkdir(dir, { recursive: true });
  const out: { file: string; type: string }[] = [];
  for (const f of reply.files) {
    const file = join(dir, prefix + basename(f.name));
    await writeFile(file, f.content, 'utf8');
    out.push({ file, type: f.type });
  }
  return out;
}

function jsonOf(
  reply: Reply,
  figures: { file: string; alt: string }[],
  files: { file: string; type: string }[] = [],
): string {
  if (!reply.ok)
    return JSON.stringify({ ok: false, error: { code: reply.code, message: reply.message, hint: reply.hint } });
  return JSON.stringify({
    ok: true,
    verb: reply.verb,
    text: answerToText(reply),
    figures,
    ...(files.length ? { files } : {}),
    data: reply.data,
  });
}

/** The store could not be opened: said plainly, and a plain computation goes on without the channel's settings. */
class StoreOpenError extends Error {}

/** The store and group service, opened on first need (a plain computation needs neither). */
let state: { store: Store; groups: GroupService } | undefined;

async function openGroups(o: Options): Promise<{ store: Store; groups: GroupService }> {
  if (state) return state;
  const { guardStore, openStore, storeOptionsFromEnv } = await import('../store/index.js');
  const { readStoreCipher } = await import('./config.js');
  let store: Store;
  try {
    const options = storeOptionsFromEnv(process.env);
    // The same keys as the bot (a bad one is said here); no warning without one: the bot says it at its start. Every
    // call with its deadline (STORE_TIMEOUT_MS): a stalled database ends in "unavailable", not a hang.
    store = guardStore(await openStore({ ...options, cipher: readStoreCipher(process.env) }), {
      timeoutMs: options.timeoutMs,
    });
  } catch (e) {
    // A newer schema (the bot was downgraded), a bad DATABASE_URL, a server that is down: the user's problem to fix,
    // said in one line, not a stack trace.
    throw new StoreOpenError(e instanceof Error ? e.message : String(e));
  }
  const runWorked = async (text: string, options: RunOptions): Promise<Reply> => {
    const parsed = parseCommand(text);
    return parsed.ok ? run(parsed.value, { ...options, figures: options.figures !== false && o.figures }) : parsed;
  };
  const clock = o.now;
  const groups = new GroupService({
    store,
    // --run-due says why a scheduled run failed (on standard error); the other commands answer for themselves.
    logger: o.runDue ? pino({ level: 'warn' }, pino.destination(2)) : pino({ level: 'silent' }),
    runWorked,
    ...(clock !== undefined ? { now: () => clock } : {}),
  });
  state = { store, groups };
  return state;
}

/** Whether the channel may have settings: a store exists (DATABASE_URL, or the SQLite file was created before). */
function storeExists(): boolean {
  const dir = process.env.DATA_DIR?.trim() || './data';
  return Boolean(process.env.DATABASE_URL?.trim()) || existsSync(join(dir, 'hadamard.db'));
}

/**
 * The --attach files, read as the chat adapters download: only regular files (a FIFO, a directory or a device is
 * refused before it is opened), the size checked before reading (from the file system) and the read stopped at the
 * limit (a file growing meanwhile is refused too). The engine checks the bytes again.
 */
async function readAttachments(paths: string[], locale?: string): Promise<Attachment[] | EngineError> {
  const tr = translator(resolveLocale(locale));
  const limit = DEFAULT_LIMITS.maxFileBytes;
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const out: Attachment[] = [];
  for (const path of paths) {
    const name = basename(path);
    const cannot = (why: string): EngineError =>
      engineError('bad_file', tr('notice.cli.cannotRead', { path, why }), tr('notice.cli.attachHint'));
    const notRegular = (s: Stats): EngineError => cannot(tr('notice.cli.notRegular', { kind: fileKind(s) }));
    // Only a regular file, known before opening it: opening a FIFO for reading waits for a writer (forever), and
    // a device never ends. O_NONBLOCK makes the open itself return at once should the path change in between, and
    // the open file is checked again (same file, still regular) before a byte is read.
    let before;
    try {
      before = await stat(path);
    } catch (e) {
      return cannot(
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? tr('notice.cli.noSuchFile') : (e as Error).message,
      );
    }
    if (!before.isFile()) return notRegular(before);
    let handle;
    try {
      handle = await open(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | fsConstants.O_NOCTTY);
    } catch (e) {
      return cannot(
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? tr('notice.cli.noSuchFile') : (e as Error).message,
      );
    }
    try {
      const opened = await handle.stat();
      if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) return notRegular(opened);
      const tooLarge = (message: string): EngineError =>
        engineError('too_large', message, tr('err.file.tooLargeHint', { side: '256', image: '1024' }));
      if (opened.size > limit)
        return tooLarge(tr('err.file.tooLarge', { file: name, size: mb(opened.size), limit: mb(limit) }));
      const buffer = Buffer.alloc(Math.min(limit + 1, opened.size + 1));
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) {
          if (length > limit) return tooLarge(tr('notice.fileTooLargeOver', { name, limit: mb(limit) }));
          break;
        }
      }
      out.push({ name, bytes: buffer.subarray(0, length) });
    } finally {
      await handle.close();
    }
  }
  return out;
}

/** What a path that is not a regular file is, for the refusal. */
/** What a path is, for `notice.cli.notRegular` (a select over these words). */
function fileKind(s: Stats): string {
  if (s.isFile()) return 'changed';
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

/** One command: a group verb through the group service, anything else through the engine with the channel's settings. */
async function replyTo(text: string, o: Options): Promise<Reply> {
  const parsed = parseCommand(text, { attachments: o.attachments, ...(o.locale ? { locale: o.locale } : {}) });
  if (!parsed.ok) return parsed;
  const command = parsed.value;
  const who: Requester = { ...o.who, canManage: async () => true };
  // The CLI runs one command alone in its process, so its work limit is the process's CPU time: the same 2 s of
  // work, but a busy machine waiting to schedule it does not count against it.
  const base: RunOptions = {
    figures: o.figures,
    theme: o.theme,
    clock: cpuMillis,
    ...(o.locale ? { locale: o.locale } : {}),
  };
  if (verbSpec(command.verb).group) {
    const { groups } = await openGroups(o);
    let g: Awaited<ReturnType<GroupService['handle']>>;
    try {
      g = await groups.handle(command, who);
    } catch (e) {
      if (!isStoreUnavailable(e)) throw e;
      return unavailable(command.verb);
    }
    if ('code' in g) return g;
    if (!o.figures) g.answer.figures = [];
    // Private replies (me, practice, class) are the asker's own terminal anyway; a practice question is answered by
    // command here, like any quiz without buttons.
    return g.answer;
  }
  if (!storeExists()) return run(command, base);
  let settings: RunOptions;
  try {
    const { groups } = await openGroups(o);
    settings = GroupService.runOptions(await groups.settingsOrFallback(who));
  } catch (e) {
    if (!(e instanceof StoreOpenError)) throw e;
    process.stderr.write(`(the channel's settings were not read: ${e.message}; the defaults are used)\n`);
    return run(command, base);
  }
  // Flags given on the command line win over the channel's settings.
  return run(command, {
    ...settings,
    clock: cpuMillis,
    figures: o.figures && settings.figures !== false,
    ...(process.argv.some((a) => a.startsWith('--theme')) ? { theme: o.theme } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
  });
}

/** This process's CPU time (user + system), in ms. */
function cpuMillis(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A figure's path as the user can type it: relative below the current folder (`out/product.png`), else absolute. */
function shownPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(file);
}

async function answerOne(text: string, o: Options, prefix = ''): Promise<Reply> {
  const reply = await replyTo(text, o);
  const figures = await writeFigures(reply, o.out, prefix);
  const files = await writeFiles(reply, o.out, prefix);
  // The CLI's own words are in the answer's language (an untranslated verb answers in English whole).
  const tr = translator(reply.ok ? answerLocale(o.locale) : resolveLocale(o.locale));
  if (o.json) process.stdout.write(jsonOf(reply, figures, files) + '\n');
  else if (o.latex && reply.ok) {
    // Only the LaTeX on standard output, so `hadamard --latex … > answer.tex` keeps it clean.
    const latex = answerLatex(reply);
    if (latex) process.stdout.write(latex + '\n');
    else {
      process.stderr.write(`${tr('notice.cli.noLatex')}\n`);
      process.stdout.write(answerToText(reply) + '\n');
    }
  } else if (reply.ok) {
    process.stdout.write(answerToText(reply) + '\n');
    for (const f of figures) process.stdout.write(`\n${tr('notice.cli.figure', { path: shownPath(f.file) })}\n`);
    for (const f of files) process.stdout.write(`\n${tr('notice.cli.file', { path: shownPath(f.file) })}\n`);
  } else process.stderr.write(errorToText(reply, o.locale) + '\n');
  return reply;
}

async function batch(o: Options): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let worst = 0;
  for await (const line of rl) {
    if (line.trim() === '') continue;
    n++;
    try {
      const r = await answerOne(line, o, `${String(n).padStart(3, '0')}-`);
      if (!r.ok) worst = Math.max(worst, 1);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (e instanceof StoreOpenError) {
        worst = Math.max(worst, 1);
        process.stderr.write(`hadamard: the study-group store could not be opened: ${msg}\n`);
        continue;
      }
      worst = 2;
      if (o.json)
        process.stdout.write(
          JSON.stringify({
            ok: false,
            error: { code: 'internal', message: msg, hint: 'This is a bug; please report it.' },
          }) + '\n',
        );
      else process.stderr.write(`internal error: ${msg}\n`);
    }
  }
  return worst;
}

/**
 * `--run-due`: the schedules due at `--now` (or now) of the platforms this process can post to, each run once across
 * every instance (the store's claim), and the pinned boards due for an edit. Exit 0 when every run posted, 1 when
 * one failed (its reason on standard error), as a cron job wants.
 */
async function runDue(o: Options): Promise<number> {
  const { ConfigError, loadConfig } = await import('./config.js');
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`hadamard: configuration error: ${e.message}\n`);
    return 1;
  }
  const { store, groups } = await openGroups(o);
  const logger = pino({ level: 'warn' }, pino.destination(2));
  // The CLI's own channels: a post is the answer printed here (in order: one per run of a CLI schedule).
  const printed: Reply[] = [];
  groups.registerPoster({
    platform: o.who.platform,
    post: async (_scope, reply) => `cli:${printed.push(reply.answer)}`,
    edit: async () => false,
  });
  const slack = config.slack;
  if (slack) {
    const { webApi } = await import('@slack/bolt');
    const { slackChannelPoster } = await import('./slack/poster.js');
    const client = (token: string) => new webApi.WebClient(token, { slackApiUrl: slack.apiUrl });
    const { StoreInstallationStore } = await import('./slack/oauth.js');
    const installations = slack.oauth ? new StoreInstallationStore(store) : undefined;
    const clientFor = async (team: string) => {
      if (slack.botToken) return client(slack.botToken);
      const token = (await installations?.find({ teamId: team, isEnterpriseInstall: false }))?.bot?.token;
      return token ? client(token) : undefined;
    };
    groups.registerPoster(slackChannelPoster({ clientFor, log: logger }));
  }
  const discord = config.discord;
  if (discord?.token) {
    const { REST } = await import('discord.js');
    const { discordChannelPoster } = await import('./discord/poster.js');
    const rest = new REST({ version: '10', api: discord.apiUrl }).setToken(discord.token);
    groups.registerPoster(discordChannelPoster({ rest, log: logger }));
  }
  const now = o.now ?? Date.now();
  let ran: ScheduledRun[];
  try {
    ran = await groups.tick(now);
  } catch (e) {
    if (!isStoreUnavailable(e)) throw e;
    const error = unavailable('--run-due');
    if (o.json) process.stdout.write(jsonOf(error, []) + '\n');
    else process.stderr.write(errorToText(error) + '\n');
    return 1;
  }
  const out = [];
  let k = 0;
  for (const r of ran) {
    const answer = r.ok && r.platform === o.who.platform ? printed[k++] : undefined;
    const figures = answer ? await writeFigures(answer, o.out, `${r.scheduleId}-`) : [];
    out.push({
      ...r,
      ...(answer?.ok ? { text: answerToText(answer), figures } : {}),
    });
  }
  if (o.json) process.stdout.write(JSON.stringify({ ok: true, data: { ran: out } }) + '\n');
  else {
    const tr = translator(resolveLocale(o.locale));
    const when = new Date(now).toISOString();
    process.stdout.write(
      (ran.length ? tr('notice.cli.ran', { n: ran.length, when }) : tr('notice.cli.nothingDue', { when })) + '\n',
    );
    for (const r of out) {
      const line = tr('notice.cli.runLine', {
        id: r.scheduleId,
        platform: r.platform,
        channel: r.channel,
        command: r.command,
        ok: r.ok ? 'yes' : 'no',
      });
      process.stdout.write(`${line}\n`);
      if ('text' in r && r.text) process.stdout.write(`\n${r.text}\n`);
      for (const f of 'figures' in r ? (r.figures ?? []) : [])
        process.stdout.write(`${tr('notice.cli.figure', { path: resolve(f.file) })}\n`);
    }
  }
  return ran.every((r) => r.ok) ? 0 : 1;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 1;
  }
  if (parsed.attach.length) {
    const files = await readAttachments(parsed.attach, parsed.locale);
    if (!Array.isArray(files)) {
      if (parsed.json) process.stdout.write(jsonOf(files, []) + '\n');
      else process.stderr.write(errorToText(files, parsed.locale) + '\n');
      return 1;
    }
    parsed.attachments = files;
  }
  if (parsed.runDue) {
    if (parsed.text.length) {
      const tr = translator(resolveLocale(parsed.locale));
      process.stderr.write(`${tr('notice.cli.runDueNoCommand', { text: parsed.text.join(' ') })}\n${USAGE}\n`);
      return 1;
    }
    return runDue(parsed);
  }
  if (parsed.text.length === 1 && parsed.text[0] === '-') return batch(parsed);
  if (parsed.text.length === 0 && parsed.attachments.length === 0) {
    process.stderr.write(USAGE + '\n');
    return 1;
  }
  const reply = await answerOne(parsed.text.join(' '), parsed);
  return reply.ok ? 0 : 1;
}

// `hadamard … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main()
  .finally(() => state?.store.close())
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof StoreOpenError) {
        process.stderr.write(`hadamard: the study-group store could not be opened: ${e.message}\n`);
        process.exitCode = 1;
        return;
      }
      process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
