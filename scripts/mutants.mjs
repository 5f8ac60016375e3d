// Hand-made mutation check (issue 9): each small bug below is applied to a scratch copy of the
// project (src/ is never touched), the engine's test files (or the files the mutant names) are run
// against it one by one, and a markdown table says which tests failed, i.e. caught the bug.
// `node scripts/mutants.mjs [id…]`. notes/testing.md has the table of the engine's mutants; the
// bugs of issue 22 (downloads, the store, permissions) are in notes/mutation.md.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * [id, file, text to replace (must occur exactly once), replacement, what the bug does, test files (default FILES)].
 */
const MUTANTS = [
  [
    'rank-skip-row',
    'src/engine/theorems/psd-verdict.ts',
    'for (let i = rank + 1; i < a.length; i++) {',
    'for (let i = rank + 2; i < a.length; i++) {',
    'exact rank elimination skips a row (issue 9, bug 1)',
  ],
  [
    'schur-AB-is-A',
    'src/engine/verbs/schur.ts',
    'AB: r.AB.verdict,',
    'AB: r.A.verdict,',
    "schur reports A's verdict for A∘B (issue 9, bug 2)",
  ],
  [
    'schur-ordinary-is-B',
    'src/engine/verbs/schur.ts',
    'ordinaryAB: r.ordinaryAB.verdict }',
    'ordinaryAB: r.B.verdict }',
    "schur reports B's verdict for AB",
  ],
  [
    'schur-strong-or',
    'src/engine/verbs/schur.ts',
    "const strong = r.A.verdict === 'pd' && r.B.verdict === 'pd';",
    "const strong = r.A.verdict === 'pd' || r.B.verdict === 'pd';",
    'strong hypothesis with "or"',
  ],
  [
    'rank-from-ldlt',
    'src/engine/theorems/psd-verdict.ts',
    "const rank = r.verdict === 'not_psd' ? exactRank(q) : r.rank;",
    'const rank = r.rank;',
    'not_psd rank = pivots found before the proof',
  ],
  [
    'witness-zero-ok',
    'src/engine/theorems/psd-verdict.ts',
    'if (value.sign() < 0 && (!best',
    'if (value.sign() <= 0 && (!best',
    'simple witness accepts xᵀMx = 0',
  ],
  [
    'witness-block-once',
    'src/engine/theorems/psd-verdict.ts',
    'consider(i, j, s, q[i][i].add(q[j][j]).sub(abs).sub(abs));',
    'consider(i, j, s, q[i][i].add(q[j][j]).sub(abs));',
    '2×2 witness value mᵢᵢ + mⱼⱼ − |mᵢⱼ|',
  ],
  [
    'ldlt-zero-diagonal-negative',
    'src/engine/linalg/ldlt.ts',
    'if (a[i][i] < 0n) y = new Map([[i, 1n]]);',
    'if (a[i][i] <= 0n) y = new Map([[i, 1n]]);',
    'LDLᵀ takes a zero diagonal entry as proof of not PSD',
  ],
  [
    'ldlt-singular-is-pd',
    'src/engine/linalg/ldlt.ts',
    "verdict = y ? 'not_psd' : 'psd';",
    "verdict = y ? 'not_psd' : 'pd';",
    'a zero Schur complement is called pd',
  ],
  [
    'ldlt-witness-sign',
    'src/engine/linalg/ldlt.ts',
    '[j, a[i][j] > 0n ? -1n : 1n],',
    '[j, 1n],',
    'LDLᵀ witness ignores the sign of mᵢⱼ',
  ],
  [
    'ldlt-D-unscaled',
    'src/engine/linalg/ldlt.ts',
    '(j > 0 ? a[j - 1][j - 1] : 1n) * c)',
    '(j > 0 ? a[j - 1][j - 1] : 1n))',
    'D of the certificate not divided by the denominators’ LCM',
  ],
  [
    'bareiss-swap-sign',
    'src/engine/linalg/bareiss.ts',
    '      sign = -sign;\n',
    '\n',
    'determinant ignores the sign of a row swap',
  ],
  [
    'oppenheim-boundB-diag',
    'src/engine/verbs/oppenheim.ts',
    'const boundB = mul(detB, diagA);',
    'const boundB = mul(detB, diagB);',
    'boundB = det(B)·∏bᵢᵢ',
  ],
  [
    'oppenheim-equality-swap',
    'src/engine/verbs/oppenheim.ts',
    'const equalityA = equal(detAB, boundA, tol);',
    'const equalityA = equal(detAB, boundB, tol);',
    'equalityA compares with boundB',
  ],
  [
    'oppenheim-holds-strict',
    'src/engine/verbs/oppenheim.ts',
    'const holdsA = geq(detAB, boundA, tol);',
    'const holdsA = !geq(boundA, detAB, tol);',
    'holdsA is det(A∘B) > bound (strict)',
  ],
  [
    'oppenheim-applicable-or',
    'src/engine/verbs/oppenheim.ts',
    'const applicable = isPsd(vA.verdict) && isPsd(vB.verdict);',
    'const applicable = isPsd(vA.verdict) || isPsd(vB.verdict);',
    'Oppenheim applies when either is PSD',
  ],
  [
    'relate-kron-rows',
    'src/engine/verbs/relate.ts',
    'const rows = Array.from({ length: m }, (_, i) => i * m + i);',
    'const rows = Array.from({ length: m }, (_, i) => i * n + i);',
    'Kronecker rows i·n+i',
  ],
  [
    'relate-diagonal-or',
    'src/engine/verbs/relate.ts',
    'const diagApplies = isSquare(a) && isDiagonal(a) && isDiagonal(b);',
    'const diagApplies = isSquare(a) && (isDiagonal(a) || isDiagonal(b));',
    'diagonal case when either is diagonal',
  ],
  [
    'relate-trace-AB',
    'src/engine/verbs/relate.ts',
    'const trAtB = trace(matMul(transpose(a), b));',
    'const trAtB = isSquare(a) ? trace(matMul(a, b)) : trace(matMul(transpose(a), b));',
    'tr(AB) for square A instead of tr(AᵀB)',
  ],
  [
    'props-transpose',
    'src/engine/verbs/props.ts',
    'const transposeOk = eq(transpose(h(a, b)), h(transpose(a), transpose(b)));',
    'const transposeOk = eq(transpose(h(a, b)), h(a, b));',
    'transpose rule compared with A∘B',
  ],
  [
    'props-identity-J',
    'src/engine/verbs/props.ts',
    'const identity = eq(h(a, J), a);',
    'const identity = eq(h(a, J), J);',
    'identity compares A∘J with J',
  ],
  [
    'hadamard-transposed-b',
    'src/engine/numbers/matrix.ts',
    'generate(a.rows, a.cols, (i, j) => mul(a.e[i][j], b.e[i][j]))',
    'generate(a.rows, a.cols, (i, j) => mul(a.e[i][j], b.e[j]?.[i] ?? b.e[i][j]))',
    'entrywise product reads bⱼᵢ',
  ],
  // Issue 22: four bugs that once passed every test.
  [
    'discord-redirect-follow',
    'src/bot/discord/attachments.ts',
    "redirect: 'error'",
    "redirect: 'follow'",
    'a Discord attachment download follows a redirect off the file host (issue 22, bug 1)',
    ['test/bot/discord/attachments.test.ts'],
  ],
  [
    'slack-redirect-follow',
    'src/bot/slack/files.ts',
    "redirect: 'manual'",
    "redirect: 'follow'",
    'a Slack file download follows a redirect off the file host (issue 22, bug 1)',
    ['test/bot/slack/files.test.ts'],
  ],
  [
    'pg-batch-on-pool',
    'src/store/postgres.ts',
    'const r = await client.query(s.sql, s.params ?? []);',
    'const r = await this.pool.query(s.sql, s.params ?? []);',
    "Postgres batch() runs its statements on the pool, outside the transaction's client (issue 22, bug 2)",
    ['test/store/postgres.test.ts'],
  ],
  [
    'settings-fail-open',
    'src/bot/groups/service.ts',
    'canManage?.()) ?? false))',
    'canManage?.()) ?? true))',
    'a requester without canManage may change settings (issue 22, bug 3)',
    ['test/bot/groups/service.test.ts'],
  ],
  [
    'reveal-fail-open',
    'src/bot/groups/service.ts',
    '(await who.canManage?.()) === true;',
    '(await who.canManage?.()) !== false;',
    'a requester without canManage may reveal a round early (issue 22, bug 3)',
    ['test/bot/groups/service.test.ts'],
  ],
];

const FILES = [
  'test/engine/oracles.test.ts',
  'test/engine/properties.test.ts',
  'test/engine/verbs.test.ts',
  'test/engine/grammar.test.ts',
  'test/engine/linalg',
];

function run(cwd, file) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/run-tests.mjs', file], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const failed = out
        .split('✖ failing tests:')[1]
        ?.split('\n')
        .filter((l) => l.startsWith('✖ '))
        .map((l) => l.slice(2).replace(/ \([\d.]+ms\)$/, ''));
      done({ code, failed: [...new Set(failed ?? [])] });
    });
  });
}

async function check([id, file, from, to, what, files = FILES]) {
  const dir = mkdtempSync(join(tmpdir(), `mutant-${id}-`));
  try {
    for (const p of ['src', 'test', 'scripts', 'package.json', 'tsconfig.json'])
      cpSync(join(ROOT, p), join(dir, p), { recursive: true });
    for (const p of ['node_modules', 'assets']) symlinkSync(join(ROOT, p), join(dir, p));
    if (file) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      if (text.split(from).length !== 2) return { id, what, caught: ['(mutation site not found exactly once)'] };
      writeFileSync(path, text.replace(from, to));
    }
    const caught = [];
    for (const f of files) {
      const r = await run(dir, f);
      if (r.code !== 0)
        caught.push(...(r.failed.length ? r.failed.map((t) => `${f}: ${t}`) : [`${f} (exit ${r.code})`]));
    }
    return { id, what, caught };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
const chosen = MUTANTS.filter((m) => only.length === 0 || only.includes(m[0]));
// The unmutated copy must pass every test file the chosen mutants use, or every "caught" below would mean nothing.
const used = [...new Set(chosen.flatMap((m) => m[5] ?? FILES))];
const baseline = await check(['baseline', null, '', '', 'no mutation', used]);
if (baseline.caught.length) {
  console.error(`the unmutated copy fails:\n${baseline.caught.join('\n')}`);
  process.exit(1);
}
const results = [];
for (let i = 0; i < chosen.length; i += 3) results.push(...(await Promise.all(chosen.slice(i, i + 3).map(check))));
console.log('| mutant | the bug | caught by |');
console.log('| --- | --- | --- |');
for (const r of results)
  console.log(`| \`${r.id}\` | ${r.what} | ${r.caught.length ? r.caught.join('<br>') : '**not caught**'} |`);
