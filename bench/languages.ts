/**
 * Does a reply in another language cost more than in English (issue 21)? For a reply of each kind (help, explain
 * schur, a 3×3 schur with and without its figure, psd, oppenheim, props, relate, apply window, a parse error) and each
 * language, the median and p95 of `runText` over many runs, after a
 * warm-up (each language's messages are compiled once, on first use, then kept: the first reply's extra cost is
 * shown apart). Writes the section "languages" of BENCHMARKS.md. Run: `npm run bench:languages`.
 */
import os from 'node:os';
import { runText } from '../src/engine/index.js';
import { machineLine, median, writeBenchmarkSection } from './benchmarks-file.js';

const LOCALES = ['en', 'es', 'pt-BR', 'fr', 'de'] as const;
const CASES: [string, string, boolean][] = [
  ['help', 'help', false],
  ['explain schur', 'explain schur', false],
  ['schur 3×3, text only', 'schur [[4,1,0],[1,4,1],[0,1,4]] [[2,1,1],[1,2,1],[1,1,2]]', false],
  ['schur 3×3, with its figure', 'schur [[4,1,0],[1,4,1],[0,1,4]] [[2,1,1],[1,2,1],[1,1,2]]', true],
  ['psd 4×4 irrational, with its figure', 'psd [[pi,1,0,0],[1,pi,1,0],[0,1,pi,1],[0,0,1,pi]]', true],
  ['oppenheim 3×3, with its figure', 'oppenheim [[4,1,0],[1,4,1],[0,1,4]] [[2,1,1],[1,2,1],[1,1,2]]', true],
  ['props 2×2, text only', 'props [[1,2],[3,4]] [[5,6],[7,8]]', false],
  ['relate 3×3, with its figure', 'relate [[1,2,3],[4,5,6],[7,8,9]] [[9,8,7],[6,5,4],[3,2,1]]', true],
  ['apply window, with its figure', 'apply window', true],
];
/** Errors (a parse error, written in the asker's language). */
const ERRORS: [string, string][] = [['a parse error', 'psd [[1,2],[3]]']];
const RUNS = Number(process.env.BENCH_RUNS || 60);

async function timeOnce(text: string, locale: string, figures: boolean): Promise<number> {
  const t0 = performance.now();
  const r = await runText(text, { locale, figures });
  const ms = performance.now() - t0;
  if (!r.ok && !ERRORS.some(([, e]) => e === text)) throw new Error(`${text} (${locale}): ${r.message}`);
  return ms;
}

const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * (xs.length - 1))];

const rows: string[] = [];
const firsts: string[] = [];
// The engine itself warmed up first (its modules, the fonts), so that a language's first reply shows only its own
// messages being compiled.
await timeOnce('[[1,2]] [[3,4]]', 'en', true);
for (const [name, text, figures] of [...CASES, ...ERRORS.map(([n, t]): [string, string, boolean] => [n, t, false])]) {
  const times: Record<string, number[]> = Object.fromEntries(LOCALES.map((l) => [l, []]));
  for (const locale of LOCALES) {
    const first = await timeOnce(text, locale, figures);
    if (name === 'help') firsts.push(`${locale} ${first.toFixed(1)} ms`);
    for (let i = 0; i < 3; i++) await timeOnce(text, locale, figures);
  }
  // Interleaved (en, es, pt-BR, fr, de, en, …): a drift of the machine's load hits every language alike.
  for (let i = 0; i < RUNS; i++)
    for (const locale of LOCALES) times[locale].push(await timeOnce(text, locale, figures));
  rows.push(
    `| ${name} | ${LOCALES.map((l) => `${median(times[l]).toFixed(2)} / ${p95(times[l]).toFixed(2)}`).join(' | ')} |`,
  );
}

const md = `## Replies in each language (issue 21)

\`npm run bench:languages\`: \`runText\` in process, ${RUNS} runs per cell after a warm-up, the languages interleaved,
median / p95 in ms. Each language's messages are compiled (intl-messageformat) once, on first use, and kept.
Load average at the end: ${os.loadavg()[0].toFixed(1)}.

| reply | ${LOCALES.join(' | ')} |
| --- | ${LOCALES.map(() => '---:').join(' | ')} |
${rows.join('\n')}

First reply of a process (\`help\`, which compiles that language's messages as it goes): ${firsts.join(', ')}.

${machineLine()}`;
writeBenchmarkSection('languages', md);
console.log(md);
