// The message catalogue (issue 21): every language has exactly English's keys, with the same placeholders, and every
// message compiles as ICU; the translated verbs answer in the language asked (text, figure alt text), English is
// unchanged, and a pseudo-locale run finds no English word that bypassed the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from '../../../src/engine/i18n/en.js';
import { catalogues, isMessageKey, pseudo, resolveLocale, translator } from '../../../src/engine/i18n/index.js';
import { answerToText, CATALOGUE } from '../../../src/engine/index.js';
import { answer, englishLeaks } from './helpers.js';

/** The argument names of an ICU message, with their kinds (a plural's branches included). */
function argumentsOf(message: string): string[] {
  const out = new Set<string>();
  const walk = (els: MessageFormatElement[]): void => {
    for (const el of els) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
        out.add(`${el.value}:${el.type}`);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        out.add(`${el.value}:${el.type}`);
        for (const o of Object.values(el.options)) walk(o.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...out].sort();
}

test('every language has exactly the English keys, the same placeholders, and compiles as ICU', () => {
  const keys = Object.keys(en).sort();
  for (const [locale, messages] of Object.entries(catalogues())) {
    assert.deepEqual(Object.keys(messages).sort(), keys, `${locale}: the keys differ from English`);
    for (const key of keys) {
      const m = (messages as Record<string, string>)[key];
      assert.deepEqual(argumentsOf(m), argumentsOf(en[key as keyof typeof en]), `${locale} ${key}: placeholders`);
      assert.doesNotThrow(() => new IntlMessageFormat(m, locale, undefined, { ignoreTag: true }), `${locale} ${key}`);
      if (locale !== 'en') assert.ok(m.trim().length > 0, `${locale} ${key} is empty`);
    }
  }
});

test('no key is unused: each appears in the code that reads the catalogue', async () => {
  const { readFileSync, readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (!p.endsWith('i18n')) walk(p);
      } else if (p.endsWith('.ts') || /local\/public\/[^/]+\.(js|html)$/.test(p)) files.push(p); // the page's words too
    }
  };
  walk('src');
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  // Keys built from a name (`explain.${topic}.title`, `verb.${verb}.description`) count through their families.
  const dynamic = [
    /^explain\.[a-z]+\.(title|summary|body)$/,
    /^verb\.[a-z-]+\.(description|notes)$/,
    /^verb\.[a-z-]+\.option\.[a-z]+$/,
    // A quiz misconception's label, by its id (quiz/misconceptions.ts).
    /^misc\.[a-z]+\.[a-z0-9-]+$/,
  ];
  const unused = Object.keys(en).filter(
    (k) => !code.includes(`'${k}'`) && !dynamic.some((d) => d.test(k)) && !code.includes(`"${k}"`),
  );
  assert.deepEqual(unused, []);
});

test('language tags as platforms send them', () => {
  assert.equal(resolveLocale('es-ES'), 'es');
  assert.equal(resolveLocale('es-419'), 'es');
  assert.equal(resolveLocale('pt-BR'), 'pt-BR');
  assert.equal(resolveLocale('pt'), 'pt-BR');
  assert.equal(resolveLocale('fr-CA'), 'fr');
  assert.equal(resolveLocale('de_AT'), 'de');
  assert.equal(resolveLocale('en-GB'), 'en');
  assert.equal(resolveLocale('ja'), undefined);
  assert.equal(resolveLocale(''), undefined);
  assert.equal(translator('de')('verdict.psd', { rank: 2 }), 'positiv semidefinit (singulär, Rang 2)');
});

const SCHUR = 'schur [[2,1],[1,2]] [[1,1],[1,1]]';

test('help, explain schur and a schur answer read in each language; English is unchanged', async () => {
  const expected: Record<string, RegExp[]> = {
    es: [/Comandos/, /producto de Schur/, /semidefinida positiva/, /el punto \. es el separador decimal/],
    'pt-BR': [/produto de Schur/, /semidefinida positiva/, /ponto/],
    fr: [/produit de Schur/, /semi-définie positive/, /point/],
    de: [/Schur-Produktsatz/, /positiv semidefinit/, /Punkt/],
  };
  const english = [await answer('help'), await answer('explain schur'), await answer(SCHUR)].map(answerToText);
  for (const [locale, patterns] of Object.entries(expected)) {
    const [help, explain, schur] = [
      await answer('help', locale),
      await answer('explain schur', locale),
      await answer(SCHUR, locale),
    ];
    const all = [help, explain, schur].map(answerToText).join('\n');
    for (const p of patterns) assert.match(all, p, `${locale}: ${p}`);
    assert.notEqual(answerToText(explain), english[1], `${locale}: explain schur is translated`);
    // The figure's alt text too.
    assert.doesNotMatch(schur.figures[0].alt, /Schur product theorem figure/, `${locale}: alt text`);
    // Mathematics keeps its notation: the product's entries and the matrices' syntax.
    assert.deepEqual(schur.data.verdicts, (await answer(SCHUR)).data.verdicts);
  }
  // English: the same words as before the catalogue (spot checks of the three).
  assert.match(english[0], /^hadamard-bot help/);
  assert.match(english[1], /^The Schur product theorem\n/);
  assert.match(
    english[2],
    /A and B are positive semidefinite, so A∘B is positive semidefinite \(Schur\) — and it is: positive definite\./,
  );
  assert.doesNotMatch(english.join('\n'), /decimal point and `,`/, 'English answers carry no decimal-point note');
});

test('pseudo-locale: every word of help, explain and schur comes from the catalogue', async () => {
  // In the pseudo-locale every message is English with its vowels accented and in brackets: an English function word
  // left plain ("the", "is", "and", "of") is text that bypassed the catalogue.
  const cases = [
    'help',
    'help schur',
    'explain',
    'explain schur',
    'explain oppenheim',
    SCHUR,
    'schur [[1,2],[2,1]] [[2,1],[1,2]]',
    'schur [[2,1],[1,2]] [[pi,1],[1,pi]]',
  ];
  for (const c of cases) {
    const a = await answer(c, 'qps');
    assert.deepEqual(englishLeaks(a), [], `${c}: English outside the catalogue`);
  }
});

test("help's notes and Discord's option texts: English is the verb's own, every other language translates them", async () => {
  const en_ = translator('en');
  for (const s of CATALOGUE) {
    const notes = `verb.${s.verb}.notes`;
    assert.equal(isMessageKey(notes), Boolean(s.notes), `${s.verb}: notes in the catalogue`);
    if (s.notes && isMessageKey(notes)) assert.equal(en_(notes), s.notes, `${s.verb}: English notes`);
    for (const o of s.options) {
      const key = `verb.${s.verb}.option.${o.name}`;
      assert.ok(isMessageKey(key), `${key} is in the catalogue`);
      assert.equal(en_(key), o.description, `${key}: English is the spec's`);
      for (const l of ['es', 'pt-BR', 'fr', 'de'] as const) {
        const text = translator(l)(key);
        assert.ok(text.length <= 100, `${l} ${key}: ${text.length} characters (Discord allows 100)`);
      }
    }
  }
  const schedule = await answer('help schedule', 'de');
  assert.match(answerToText(schedule), /Zeitumstellungen/);
  assert.doesNotMatch(answerToText(schedule), /daylight-saving/);
  assert.match(answerToText(await answer('help schedule')), /daylight-saving/);
});

test('the pseudo-locale accents text at every depth of a message, never a placeholder', () => {
  const m = '{n, plural, one {# file in {place}} other {# files in {place}}}';
  const out = new IntlMessageFormat(pseudo(m), 'en').format({ n: 2, place: 'Lyon' });
  assert.equal(out, '[2 fílés íñ Lyon]');
  const qps = translator('qps');
  for (const [key, m] of Object.entries(en)) {
    const args = argumentsOf(m).map((a) => a.split(':'));
    const values: Record<string, string | number> = {};
    for (const [name, type] of args)
      values[name] =
        type === String(TYPE.plural) || type === String(TYPE.number)
          ? 2
          : type === String(TYPE.select)
            ? 'other'
            : `«${name}»`;
    const out = qps(key as keyof typeof en, values);
    for (const [name, type] of args)
      if (type === String(TYPE.argument) && values[name] === `«${name}»`)
        assert.ok(out.includes(`«${name}»`), `${key}: {${name}} lost in ${out}`);
  }
});

test('pseudo-locale: the LaTeX words of schur and taper come from the catalogue', async () => {
  const cases = [SCHUR, 'schur [[1,2],[2,1]] [[1,0],[0,1]]', 'apply taper'];
  for (const c of cases) {
    const latex = (await answer(c, 'qps')).data.latex as string;
    const words = [...latex.matchAll(/\\text\{((?:[^{}]|\{\})*)\}/g)].map((m) => m[1].replace(/^\((.*)\)$/, '$1'));
    assert.ok(words.length > 0, `${c}: LaTeX has words`);
    for (const w of words) assert.match(w, /^\[.*\]$/, `${c}: \\text{${w}}`);
  }
});
