#!/usr/bin/env node
/**
 * The `hadamard` command line (DESIGN §6): the same commands as the chat bot, answered in the
 * terminal, figures written to --out. `--json` prints one JSON object; `-` reads one command
 * per line from standard input (batch). Exit 0 answer, 1 user error, 2 internal fault.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { answerToText, errorToText, runText, type Reply } from '../engine/index.js';

const USAGE = `usage: hadamard [--json] [--out DIR] [--no-figures] [--theme light|dark] "<command text>"
       hadamard --json -        (one command per line on standard input, one JSON object per line out)

examples:
  hadamard "[[2,3],[4,1]] [[5,6],[7,8]]"
  hadamard "psd [[1,2],[2,1]]"
  hadamard --json "schur [[2,1],[1,2]] [[1,1],[1,1]]"
  hadamard help`;

interface Options {
  json: boolean;
  out: string;
  figures: boolean;
  theme: 'light' | 'dark';
  text: string[];
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { json: false, out: 'out', figures: true, theme: 'light', text: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--no-figures') o.figures = false;
    else if (a === '--out') {
      const dir = argv[++i];
      if (!dir) return '--out needs a directory';
      o.out = dir;
    } else if (a.startsWith('--out=')) o.out = a.slice(6);
    else if (a === '--theme' || a.startsWith('--theme=')) {
      const t = a === '--theme' ? argv[++i] : a.slice(8);
      if (t !== 'light' && t !== 'dark') return '--theme needs light or dark';
      o.theme = t;
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

function jsonOf(reply: Reply, figures: { file: string; alt: string }[]): string {
  if (!reply.ok)
    return JSON.stringify({ ok: false, error: { code: reply.code, message: reply.message, hint: reply.hint } });
  return JSON.stringify({ ok: true, verb: reply.verb, text: answerToText(reply), figures, data: reply.data });
}

async function answerOne(text: string, o: Options, prefix = ''): Promise<Reply> {
  const reply = await runText(text, { figures: o.figures, theme: o.theme });
  const figures = await writeFigures(reply, o.out, prefix);
  if (o.json) process.stdout.write(jsonOf(reply, figures) + '\n');
  else if (reply.ok) {
    process.stdout.write(answerToText(reply) + '\n');
    for (const f of figures) process.stdout.write(`\nFigure: ${resolve(f.file)}\n`);
  } else process.stderr.write(errorToText(reply) + '\n');
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
      worst = 2;
      const msg = e instanceof Error ? e.message : String(e);
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
  if (parsed.text.length === 1 && parsed.text[0] === '-') return batch(parsed);
  if (parsed.text.length === 0) {
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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
