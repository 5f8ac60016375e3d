// psd and oppenheim in every language (issue 21): their text, figures, alt text, LaTeX words and errors come from the
// catalogue. The pseudo-locale finds any English word that bypassed it; each language has its own terms; English is
// unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerToText,
  parseCommand,
  run,
  runText,
  type Answer,
  type Attachment,
  type Reply,
} from '../../../src/engine/index.js';
import { answer, PLAIN_ENGLISH, prose } from './helpers.js';

/**
 * English words outside the catalogue, stricter than helpers.ts's englishLeaks: that one drops every line that starts
 * with "[" as a matrix line, and in the pseudo-locale every translated line starts with "[". Accented words never match
 * PLAIN_ENGLISH, so nothing needs stripping: only the matrix lines (⎡ ⎢ ⎣) are left out.
 */
function englishLeaks(a: Answer | Reply | string): string[] {
  const text =
    typeof a === 'string'
      ? a
      : a.ok
        ? [a.title, a.summary, ...a.sections.flatMap((s) => [s.heading ?? '', s.body]), ...a.figures.map((f) => f.alt)]
            .join('\n')
            .replace(/```[\s\S]*?```/g, '')
            .replace(/`[^`]*`/g, '')
        : `${a.message}\n${a.hint}`;
  return text.split('\n').filter((l) => !/^\s*[⎡⎢⎣]/.test(l) && PLAIN_ENGLISH.test(l));
}

/** Every message path of psd and oppenheim that a typed command reaches. */
const PSD = [
  'psd [[2,1],[1,2]]', // positive definite, LDLᵀ certificate
  'psd [[1,1],[1,1]]', // singular PSD, exact zero eigenvalue
  'psd [[1,1,1],[1,1,1],[1,1,1]]', // two exact zeros (plural)
  'psd [[1,2],[2,1]]', // not PSD, witness
  'psd [[pi,1],[1,pi]]', // exact in π
  'psd [[1, sin(1)],[sin(1), 1]]', // certified
  'psd diag(1,0,3)', // diagonal: eigenvalues are the entries
  'psd [[exp(1),0],[0,pi]]', // diagonal, certified
  'psd [[1,2],[3,4]]', // not symmetric: the symmetric part
  'psd [[1,2,3],[4,5,6]]', // not square
  'psd [[exp(1)*pi, 1],[1, 1/(pi*exp(1))]]', // undecided: a pivot equal to 0 to 1,000 digits
  'psd [[1, exp(1)*pi],[pi*exp(1), 1]]', // undecided: two entries that should match
];
const OPPENHEIM = [
  'oppenheim [[2,1],[1,2]] [[3,1],[1,3]]', // exact, both bounds hold
  'oppenheim [[2,1],[1,2]] ones(2,2)', // equality, correlation matrix B
  'oppenheim [[1,1/2],[1/2,1]] [[2,1],[1,2]]', // correlation matrix A
  'oppenheim diag(1,2) [[2,1],[1,2]]', // diagonal factor: equality
  'oppenheim [[pi,1],[1,2]] [[2,1],[1,2]]', // exact in π
  'oppenheim [[exp(1),1],[1,2]] [[2,1],[1,exp(1)]]', // certified values ≈
  'oppenheim [[1, sqrt(3)/2], [sqrt(3)/2, 3/4]] [[1, sin(pi/7)], [sin(pi/7), 1]]', // equality undecided
  'oppenheim [[1,2],[2,1]] [[2,1],[1,2]]', // A not PSD: not applicable
  'oppenheim [[1,2],[2,1]] [[1,3],[3,1]]', // neither PSD
  'oppenheim [[1,2],[3,4]] [[2,1],[1,2]]', // A not symmetric
];

/** The LaTeX words (`\text{…}`) of an answer. */
function latexWords(a: Answer): string {
  const latex = String(a.data.latex ?? '');
  return [...latex.matchAll(/\\text\{([^}]*)\}/g)].map((m) => m[1]).join('\n');
}

test('psd and oppenheim are translated verbs', () => {});

test('pseudo-locale: every word of psd and oppenheim, their alt text and LaTeX, comes from the catalogue', async () => {
  for (const c of [...PSD, ...OPPENHEIM]) {
    const a = await answer(c, 'qps');
    assert.deepEqual(englishLeaks(a), [], `${c}: English outside the catalogue`);
    assert.deepEqual(englishLeaks(latexWords(a)), [], `${c}: English in the LaTeX`);
  }
});

test('pseudo-locale: oppenheim errors (not square, shapes differ) come from the catalogue', async () => {
  for (const c of [
    'oppenheim [[1,2,3],[4,5,6]] [[1,2,3],[4,5,6]]',
    'oppenheim [[1,2],[2,1]] [[1,2,3],[4,5,6],[7,8,9]]',
  ]) {
    const r = await runText(c, { locale: 'qps' });
    assert.equal(r.ok, false, c);
    if (r.ok) continue;
    assert.deepEqual(englishLeaks(r), [], `${c}: English outside the catalogue`);
  }
});

test('matrices from files: the dense eigenvalue chart, long vectors and floating point speak the language too', async () => {
  // 64×64 (more than 16 eigenvalues: the dense chart with its counts in words; too many entries for the alt text),
  // as doubles (the floating-point certificates), PD and not PSD (a witness of 64 entries).
  const n = 64;
  const blocks = (s: number[][]): number[][] =>
    Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (Math.floor(i / 2) === Math.floor(j / 2) ? s[i % 2][j % 2] : 0)),
    );
  const csv = (name: string, m: number[][]): Attachment => ({
    name,
    bytes: new TextEncoder().encode(m.map((r) => r.join(',')).join('\n')),
  });
  const files = [
    csv(
      'pd.csv',
      blocks([
        [2.000000000000001, 1.1],
        [1.1, 2.3],
      ]),
    ),
    csv(
      'neg.csv',
      blocks([
        [1.5, 2.25],
        [2.25, 1.5],
      ]),
    ),
    csv(
      'opp.csv',
      blocks([
        [2.5, 1],
        [1, 2.5],
      ]),
    ),
  ];
  for (const [text, atts] of [
    ['psd', [files[0]]],
    ['psd', [files[1]]],
    ['oppenheim @1 @2', [files[0], files[2]]],
  ] as const) {
    const c = parseCommand(text, { attachments: [...atts], locale: 'qps' });
    assert.ok(c.ok, text);
    const r = await run(c.value, { locale: 'qps', limits: { maxMillis: 30000 } });
    assert.ok(r.ok, JSON.stringify(r).slice(0, 300));
    assert.deepEqual(englishLeaks(r), [], `${text} ${atts.map((f) => f.name).join(' ')}`);
  }
});

const KEY_TERMS: Record<string, { psd: RegExp[]; oppenheim: RegExp[] }> = {
  es: {
    psd: [/semidefinida positiva/, /Testigo/, /valores propios/i, /Certificado/],
    oppenheim: [/Desigualdad de Oppenheim/, /desigualdad de Hadamard/i, /se cumple/, /cota/],
  },
  'pt-BR': {
    psd: [/semidefinida positiva/, /Testemunha/, /Autovalores/, /Certificado/],
    oppenheim: [/Desigualdade de Oppenheim/, /Desigualdade de Hadamard/, /vale/, /cota/],
  },
  fr: {
    psd: [/semi-définie positive/, /Témoin/, /Valeurs propres/, /Certificat/],
    oppenheim: [/Inégalité d’Oppenheim/, /Inégalité de Hadamard/, /vérifiée/, /borne/],
  },
  de: {
    psd: [/positiv semidefinit/, /Zeuge/, /Eigenwerte/, /Zertifikat/],
    oppenheim: [/Oppenheim-Ungleichung/, /Hadamard-Ungleichung/, /gilt/, /Schranke/],
  },
};

test('each language: its own words for psd and oppenheim, in text, alt text and LaTeX; the mathematics unchanged', async () => {
  const psdCases = ['psd [[1,2],[2,1]]', 'psd [[1,1],[1,1]]'];
  const oppCase = 'oppenheim [[2,1],[1,2]] [[3,1],[1,3]]';
  const english = {
    psd: await Promise.all(psdCases.map((c) => answer(c))),
    opp: await answer(oppCase),
  };
  for (const [locale, terms] of Object.entries(KEY_TERMS)) {
    const psd = await Promise.all(psdCases.map((c) => answer(c, locale)));
    const opp = await answer(oppCase, locale);
    const psdText = psd.map((a) => [answerToText(a), a.figures[0].alt].join('\n')).join('\n');
    for (const p of terms.psd) assert.match(psdText, p, `${locale} psd: ${p}`);
    const oppText = [answerToText(opp), opp.figures[0].alt].join('\n');
    for (const p of terms.oppenheim) assert.match(oppText, p, `${locale} oppenheim: ${p}`);
    // No English sentence left.
    assert.doesNotMatch(psdText, /positive semidefinite|Eigenvalues|Witness/, `${locale}: psd English`);
    assert.doesNotMatch(oppText, /inequality|holds|bound/, `${locale}: oppenheim English`);
    assert.doesNotMatch(latexWords(psd[0]), /positive semidefinite/, `${locale}: LaTeX words`);
    assert.notEqual(latexWords(psd[0]), latexWords(english.psd[0]), `${locale}: LaTeX words`);
    // Numbers and matrices are the same in every language.
    for (const [k, a] of psd.entries()) {
      const { latex: _l, ...data } = a.data;
      const { latex: _e, ...en } = english.psd[k].data;
      void _l;
      void _e;
      assert.deepEqual(data, en, `${locale}: psd data`);
    }
    assert.equal(opp.data.detAB, english.opp.data.detAB);
    assert.match(answerToText(psd[0]), /x = \(1, -1\)/);
  }
});

test('the certified values (≈) and the undecided words are translated; the digits stay', async () => {
  const cert = await answer('oppenheim [[pi,1],[1,2]] [[2,1],[1,2]]', 'de');
  assert.match(answerToText(cert), /Oppenheim-Ungleichung|Schranke/);
  const certified = await answer('oppenheim [[2, sin(1)],[sin(1), 2]] [[2,1],[1,2]]', 'es');
  assert.match(certified.summary, /≈ ?\d/);
  assert.match(certified.summary, / y /);
  const undecided = await answer('psd [[exp(1)*pi, 1],[1, 1/(pi*exp(1))]]', 'es');
  const text = answerToText(undecided);
  assert.match(text, /No está decidido si M es semidefinida positiva/);
  assert.match(text, /el pivote 2 de la factorización LDLᵀ es igual a 0 hasta \d+ dígitos; podría ser exactamente 0/);
  const fr = await answer('psd [[1, exp(1)*pi],[pi*exp(1), 1]]', 'fr');
  assert.match(answerToText(fr), /les coefficients \(1,2\) et \(2,1\) de M sont égaux à \d+ chiffres près/);
  assert.match(fr.figures[0].alt, /Indéterminé : les coefficients \(1,2\) et \(2,1\) sont égaux/);
  const opp = await answer('oppenheim [[1, sqrt(3)/2], [sqrt(3)/2, 3/4]] [[1, sin(pi/7)], [sin(pi/7), 1]]', 'pt-BR');
  assert.match(answerToText(opp), /indeterminado: a diferença é 0 até \d+ dígitos/);
});

test('the equality case and the theorem not applying, in German', async () => {
  const eq = await answer('oppenheim [[2,1],[1,2]] ones(2,2)', 'de');
  assert.match(answerToText(eq), /Hier gilt Gleichheit, exakt entschieden\./);
  assert.match(answerToText(eq), /Korrelationsmatrix/);
  const no = await answer('oppenheim [[1,2],[2,1]] [[2,1],[1,2]]', 'de');
  assert.match(no.summary, /Die Oppenheim-Ungleichung ist nicht anwendbar/);
  assert.match(answerToText(no), /A ist nicht positiv semidefinit/);
  assert.match(no.figures[0].alt, /Der Satz ist nicht anwendbar/);
});

test('oppenheim errors in each language, with the same code', async () => {
  const words: Record<string, RegExp> = {
    es: /la primera matriz/,
    'pt-BR': /a primeira matriz/,
    fr: /la première matrice/,
    de: /die erste Matrix/,
  };
  for (const [locale, p] of Object.entries(words)) {
    const r = await runText('oppenheim [[1,2,3],[4,5,6]] [[1,2,3],[4,5,6]]', { locale });
    assert.ok(!r.ok && r.code === 'not_square');
    assert.match(r.message, p, locale);
    const s = await runText('oppenheim [[1,2],[2,1]] [[1,2,3],[4,5,6],[7,8,9]]', { locale });
    assert.ok(!s.ok && s.code === 'shape_mismatch');
    assert.doesNotMatch(`${s.message} ${s.hint}`, /the first matrix|same shape/, locale);
  }
});

test('English is unchanged', async () => {
  const pd = await answer('psd [[2,1],[1,2]]');
  assert.equal(pd.title, 'Positive semidefinite?');
  assert.equal(pd.summary, 'M is **positive definite** (rank 2).');
  const not = await answer('psd [[1,2],[2,1]]');
  assert.equal(not.summary, 'M is **not positive semidefinite**.');
  assert.match(not.figures[0].alt, /^Positive semidefiniteness of M \(2×2\): not positive semidefinite\./);
  assert.match(not.figures[0].alt, /Witness x = \(1, −1\) gives xᵀMx = −2 < 0\./);
  const u = await answer('psd [[exp(1)*pi, 1],[1, 1/(pi*exp(1))]]');
  assert.match(
    answerToText(u),
    /Undecided: pivot 2 of the LDLᵀ factorization is equal to 0 to 1,000 digits; it may be exactly 0\. If it is positive the factorization goes on;/,
  );
  assert.match(u.figures[0].alt, /Undecided: pivot 2 of the LDLᵀ factorization is equal to 0 to 1000 digits; it may/);
  const o = await answer('oppenheim [[2,1],[1,2]] ones(2,2)');
  assert.equal(o.title, "Oppenheim's inequality");
  assert.match(answerToText(o), /- det\(A\)·∏bᵢᵢ = 3·1 = 3 {2}→ {2}det\(A∘B\) = bound: holds with equality\n/);
  assert.match(answerToText(o), /Equality holds here, decided exactly\. Typical equality cases: a diagonal factor/);
  assert.match(answerToText(o), /Hadamard's inequality for B: det\(B\) = 0 ≤ ∏bᵢᵢ = 1 \(holds\)\./);
  assert.match(o.figures[0].alt, /det\(A∘B\) ≥ det\(A\)·∏bᵢᵢ holds with equality;/);
  assert.match(String(o.data.latex), /\\det\(A \\circ B\) = \\det\(A\) \\prod_\{i\} b_\{ii\} = 3 \\cdot 1 = 3/);
  const n = await answer('oppenheim [[1,2],[2,1]] [[2,1],[1,2]]');
  assert.match(
    String(n.data.latex),
    /\\text\{Oppenheim's inequality needs A and B positive semidefinite; here it does not apply\.\}/,
  );
  const e = await runText('oppenheim [[1,2,3],[4,5,6]] [[1,2,3],[4,5,6]]');
  assert.ok(!e.ok);
  assert.equal(e.message, 'oppenheim needs square matrices, but A (the first matrix) is 2×3');
  assert.equal(e.hint, 'This needs square matrices (n×n). Example: /hadamard psd [[2,1],[1,2]]');
  const s = await runText('oppenheim [[1,2],[2,1]] [[1,2,3],[4,5,6],[7,8,9]]');
  assert.ok(!s.ok);
  assert.equal(
    s.message,
    'A (the first matrix) is 2×2 but B (the second) is 3×3; the entrywise product needs equal shapes',
  );
  // The prose helper sees the whole answer (no figure is dropped).
  assert.ok(prose(o).length > 5);
});
