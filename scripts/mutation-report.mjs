// Summarises a StrykerJS JSON report (`npm run mutation` writes reports/mutation/mutation.json) as the markdown
// tables of notes/mutation.md: per file, the mutants killed (or timed out), survived and not covered; per test file,
// how many mutants it killed; and every survivor, with the reason it changes no answer when
// scripts/mutation-equivalents.mjs gives one, or **unexplained** when it does not.
//
//   node scripts/mutation-report.mjs [report.json …]
//
// Several reports (one per `--mutate` run) may be given; a file in more than one counts from the last.
import { readFileSync } from 'node:fs';
import { EQUIVALENT, KILLED_AFTER } from './mutation-equivalents.mjs';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('reports/mutation/mutation.json');
const files = {};
/** Test ids of each report → test file (the tap runner runs one file per test). */
const testName = {};
for (const p of paths) {
  const r = JSON.parse(readFileSync(p, 'utf8'));
  for (const [file, m] of Object.entries(r.files)) files[file] = { ...m, report: p };
  for (const [tf, t] of Object.entries(r.testFiles ?? {})) for (const { id } of t.tests) testName[`${p}#${id}`] = tf;
}

/** The mutated text and its replacement, on one line each. */
function change(f, m) {
  const lines = f.source.split('\n');
  const { start, end } = m.location;
  const original =
    start.line === end.line
      ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
      : `${lines[start.line - 1].slice(start.column - 1)} …`;
  const flat = (s) => s.replace(/\s+/g, ' ').trim();
  return { original: flat(original), replacement: flat(m.replacement ?? '') };
}

function match(list, file, m, c) {
  for (const e of list) {
    if (!file.endsWith(e.file)) continue;
    if (e.lines && (m.location.start.line < e.lines[0] || m.location.start.line > e.lines[1])) continue;
    if (e.mutator && e.mutator !== m.mutatorName) continue;
    if (e.original !== undefined && e.original !== c.original) continue;
    if (e.replacement !== undefined && e.replacement !== c.replacement) continue;
    return e;
  }
  return null;
}

const reasonFor = (file, m, c) => match(EQUIVALENT, file, m, c)?.reason ?? null;
/** A survivor of the recorded run that a test written after it kills (each checked by applying it by hand). */
const killedAfter = (file, m, c) => match(KILLED_AFTER, file, m, c)?.test ?? null;

const code = (s) => `\`${s.replaceAll('|', '\\|').replaceAll('`', "'")}\``;
const killedBy = {};
const summary = [];
const survivors = [];
for (const [file, f] of Object.entries(files).sort()) {
  const n = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0 };
  for (const m of f.mutants) {
    n[m.status in n ? m.status : 'other']++;
    for (const id of m.killedBy ?? []) {
      const t = testName[`${f.report}#${id}`] ?? id;
      killedBy[t] = (killedBy[t] ?? 0) + 1;
    }
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const c = change(f, m);
    survivors.push({
      file,
      line: m.location.start.line,
      m,
      c,
      reason: reasonFor(file, m, c),
      killedBy: killedAfter(file, m, c),
    });
  }
  summary.push({ file, n, total: f.mutants.length });
}

const out = [];
out.push(
  '| file | mutants | killed | timed out | survived | not covered | killed by tests written after the run | no answer changes (reason below) |',
);
out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const totals = { total: 0, Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, later: 0, explained: 0 };
for (const { file, n, total } of summary) {
  const later = survivors.filter((s) => s.file === file && s.killedBy).length;
  const explained = survivors.filter((s) => s.file === file && !s.killedBy && s.reason).length;
  out.push(
    `| ${file} | ${total} | ${n.Killed} | ${n.Timeout} | ${n.Survived} | ${n.NoCoverage} | ${later} | ${explained} |`,
  );
  totals.later += later;
  totals.total += total;
  totals.Killed += n.Killed;
  totals.Timeout += n.Timeout;
  totals.Survived += n.Survived;
  totals.NoCoverage += n.NoCoverage;
  totals.explained += explained;
}
out.push(
  `| **all** | ${totals.total} | ${totals.Killed} | ${totals.Timeout} | ${totals.Survived} | ${totals.NoCoverage} | ${totals.later} | ${totals.explained} |`,
);
out.push('');
out.push('| test file | mutants it killed |');
out.push('| --- | ---: |');
for (const [t, k] of Object.entries(killedBy).sort((a, b) => b[1] - a[1])) out.push(`| ${t} | ${k} |`);
out.push('');
out.push('| file:line | mutator | change | status | killed by, or why no answer changes |');
out.push('| --- | --- | --- | --- | --- |');
for (const s of survivors)
  out.push(
    `| ${s.file.replace('src/engine/', '')}:${s.line} | ${s.m.mutatorName} | ${code(s.c.original)} → ${code(s.c.replacement)} | ${s.killedBy ? 'killed after the run' : s.m.status === 'NoCoverage' ? 'not covered' : 'survived'} | ${s.killedBy ? `killed by ${s.killedBy}` : (s.reason ?? '**unexplained**')} |`,
  );
console.log(out.join('\n'));
const unexplained = survivors.filter((s) => !s.reason && !s.killedBy).length;
if (unexplained) console.error(`${unexplained} survivor(s) without a reason`);
