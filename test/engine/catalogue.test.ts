// The verb registry: one module per verb, listed once in the catalogue; index.ts dispatches by lookup only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CATALOGUE, VERBS, findVerb, verbModule } from '../../src/engine/catalogue.js';

test('every verb is one module with its spec; names and aliases are unique', () => {
  assert.equal(new Set(VERBS).size, VERBS.length);
  const words = CATALOGUE.flatMap((s) => [s.verb, ...(s.aliases ?? [])]);
  assert.equal(new Set(words).size, words.length, `a word names two verbs: ${words.join(' ')}`);
  for (const spec of CATALOGUE) {
    const mod = verbModule(spec.verb);
    assert.ok(mod, spec.verb);
    assert.equal(mod.spec.verb, spec.verb);
    assert.ok(mod.compute || spec.group, `${spec.verb}: a pure verb computes; a group verb is answered by the service`);
    if (spec.grammar.kind === 'words') assert.ok(mod.parseWords, `${spec.verb} reads its words`);
    for (const a of spec.aliases ?? []) assert.equal(findVerb(a)?.verb, spec.verb);
  }
});

test('index.ts knows no verb by name: adding a verb does not touch it', () => {
  const src = readFileSync(new URL('../../src/engine/index.ts', import.meta.url), 'utf8');
  assert.doesNotMatch(src, /switch\s*\(\s*(command\.)?verb/);
  for (const v of VERBS) assert.doesNotMatch(src, new RegExp(`['"\`]${v}['"\`]`), `index.ts names "${v}"`);
});
