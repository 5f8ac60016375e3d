/**
 * Writes one section of BENCHMARKS.md between `<!-- name:start -->` and `<!-- name:end -->`,
 * keeping the other sections, so each benchmark owns its table.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const FILE = new URL('../BENCHMARKS.md', import.meta.url);

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, Node ${process.version}.`;
}

export function writeBenchmarkSection(name: string, markdown: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let text = existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
    : '# Benchmarks\n\nEvery table here is written by a script (`npm run bench`: `bench/engine.ts`, `bench/render.ts`, and the Slack load test with `BENCH=1`); nothing is typed by hand.\n';
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  text = i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, text);
}

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
