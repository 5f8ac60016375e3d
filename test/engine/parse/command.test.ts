// The command grammar at its edges (issue 9): the command word with or without a slash, and
// misspelt; labels with spaces around `=`; suggestions; error positions in the user's own text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, runText, type Command, type Reply, type Result, type Verb } from '../../../src/engine/index.js';
import { closestVerb } from '../../../src/engine/parse/command.js';
import { editDistance } from '../../../src/engine/parse/normalize.js';

function expectError(r: Reply | Result<Command>, code: string, message?: RegExp): void {
  assert.equal(r.ok, false, `expected ${code}, got an answer`);
  if (r.ok) return;
  assert.equal(r.code, code, `${r.code}: ${r.message}`);
  if (message) assert.match(r.message, message);
  assert.ok(r.hint.length > 5, 'a hint');
}

test('the command word without the slash works like /hadamard, for every verb', () => {
  const cases: [string, string][] = [
    ['hadamard psd [[1,2],[2,1]]', 'psd'],
    ['Hadamard psd [[1,2],[2,1]]', 'psd'],
    ['hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]', 'schur'],
    ['hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]', 'oppenheim'],
    ['hadamard props [[1,2]] [[3,4]]', 'props'],
    ['hadamard relate [[1,2]] [[3,4]]', 'relate'],
    ['hadamard product [[1,2]] [[3,4]]', 'product'],
    ['hadamard [[1,2]] [[3,4]]', 'product'],
    ['hadamard explain schur', 'explain'],
    ['hadamard help psd', 'help'],
    ['/hadamard psd [[1,2],[2,1]]', 'psd'],
    ['@hadamard-bot psd [[1,2],[2,1]]', 'psd'],
    ['<@U0123ABC> hadamard psd [[1,2],[2,1]]', 'psd'],
  ];
  for (const [text, verb] of cases) {
    const c = parseCommand(text);
    assert.ok(c.ok, `${text}: ${JSON.stringify(c)}`);
    if (c.ok) assert.equal(c.value.verb, verb, text);
  }
  const psd = parseCommand('hadamard psd [[1,2],[2,1]]');
  assert.ok(psd.ok);
  if (psd.ok) assert.deepEqual(psd.value.operands, [{ text: '[[1,2],[2,1]]' }]);
  // `help hadamard` still means help for the product, and `explain hadamard` Hadamard's inequality.
  const help = parseCommand('help hadamard');
  assert.ok(help.ok && help.value.topic === 'product');
  const explain = parseCommand('hadamard explain hadamard');
  assert.ok(explain.ok && explain.value.topic === 'oppenheim');
});

test('the answer to "hadamard psd …" is the psd answer', async () => {
  const r = await runText('hadamard psd [[1,2],[2,1]]', { figures: false });
  assert.ok(r.ok, JSON.stringify(r));
  if (r.ok) assert.equal(r.verb, 'psd');
});

test('labels with and without spaces around "=", for every verb with operands', () => {
  const cases: [string, string, string[]][] = [
    ['A = [[1,2]] B = [[3,4]]', 'product', ['A', 'B']],
    ['A =[[1,2]] B= [[3,4]]', 'product', ['A', 'B']],
    ['A=[[1,2]] B=[[3,4]]', 'product', ['A', 'B']],
    ['X = [[1,2]] ∘ Y = [[3,4]] ∘ Z = [[5,6]]', 'product', ['X', 'Y', 'Z']],
    ['/hadamard A = [[1,2]] B = [[3,4]]', 'product', ['A', 'B']],
    ['hadamard A = [[1,2]] B = [[3,4]]', 'product', ['A', 'B']],
    ['product A = [[1,2]] B = [[3,4]]', 'product', ['A', 'B']],
    ['psd M = [[2,1],[1,2]]', 'psd', ['M']],
    ['schur A = [[2,1],[1,2]] B = [[1,1],[1,1]]', 'schur', ['A', 'B']],
    ['oppenheim P = [[2,1],[1,2]] Q = [[3,1],[1,3]]', 'oppenheim', ['P', 'Q']],
    ['props A = [[1,2]] B = [[3,4]] C = [[5,6]]', 'props', ['A', 'B', 'C']],
    ['relate A = [[1,2]] B = [[3,4]]', 'relate', ['A', 'B']],
    // A label may look like a verb: followed by "=", it is a label.
    ['psd = [[1,2]] schur = [[3,4]]', 'product', ['psd', 'schur']],
  ];
  for (const [text, verb, labels] of cases) {
    const c = parseCommand(text);
    assert.ok(c.ok, `${text}: ${JSON.stringify(c)}`);
    if (!c.ok) continue;
    assert.equal(c.value.verb, verb, text);
    assert.deepEqual(
      c.value.operands.map((o) => o.label),
      labels,
      text,
    );
  }
});

test('a label with no matrix after it says so, and where', () => {
  expectError(parseCommand('A ='), 'missing_operand', /label "A" \(at character 1\) has no matrix/);
  expectError(parseCommand('A = [[1,2]] B ='), 'missing_operand', /label "B" \(at character 13\) has no matrix/);
  expectError(parseCommand('A = B = [[1,2]]'), 'missing_operand', /label "A" \(at character 1\) has no matrix/);
  expectError(parseCommand('/hadamard A = 5 B = [[1]]'), 'unknown_word', /"5" \(at character 15\) is a number/);
});

test('spaced labels reach the answer', async () => {
  const r = await runText('P = [[1,2]] Q = [[3,4]]', { figures: false });
  assert.ok(r.ok, JSON.stringify(r));
  if (r.ok) assert.deepEqual(r.data.labels, ['P', 'Q']);
});

test('a misspelt command word is read as the command word; the rest parses as usual', async () => {
  const cases: [string, string][] = [
    ['hadamrd [[1,2]] [[3,4]]', 'product'],
    ['hadmard [[1,2]] [[3,4]]', 'product'],
    ['hadamar [[1,2]] [[3,4]]', 'product'],
    ['haddamard [[1,2]] [[3,4]]', 'product'],
    ['Hadamart [[1,2]] [[3,4]]', 'product'],
    ['/hadamrd [[1,2]] [[3,4]]', 'product'],
    ['/hadmard psd [[1,2],[2,1]]', 'psd'],
    ['hadamrd schur [[2,1],[1,2]] [[1,1],[1,1]]', 'schur'],
    ['hadamrd A = [[1,2]] B = [[3,4]]', 'product'],
  ];
  for (const [text, verb] of cases) {
    const c = parseCommand(text);
    assert.ok(c.ok, `${text}: ${JSON.stringify(c)}`);
    if (c.ok) assert.equal(c.value.verb, verb, text);
  }
  const r = await runText('hadamrd [[1,2]] [[3,4]]', { figures: false });
  assert.ok(r.ok, JSON.stringify(r));
  if (r.ok) assert.deepEqual(r.data.product, [[3, 8]]);
});

test('misspelt verbs keep their "did you mean", also after the command word', () => {
  const cases: [string, string][] = [
    ['shcur [[1]] [[2]]', 'schur'],
    ['psdd [[1]]', 'psd'],
    ['hadamard shcur [[1]] [[2]]', 'schur'],
    ['/hadamrd psdd [[1]]', 'psd'],
    ['opennheim [[1]] [[2]]', 'oppenheim'],
    ['relat [[1]] [[2]]', 'relate'],
  ];
  for (const [text, verb] of cases) {
    const c = parseCommand(text);
    assert.ok(!c.ok, `${text} must be refused`);
    if (!c.ok) {
      assert.equal(c.code, 'unknown_verb', text);
      assert.match(c.message, new RegExp(`did you mean "${verb}"`), text);
      assert.doesNotMatch(c.message, /"product"/, text);
    }
  }
});

test('a real verb is never taken for the command word, nor the command word for a verb', () => {
  // Every verb and alias stays itself, alone or after the command word (spelt right or not).
  const words: Record<string, Verb> = {
    product: 'product',
    mul: 'product',
    multiply: 'product',
    schur: 'schur',
    schurproduct: 'schur',
    psd: 'psd',
    ispsd: 'psd',
    oppenheim: 'oppenheim',
    props: 'props',
    properties: 'props',
    relate: 'relate',
    relations: 'relate',
    explain: 'explain',
    explanation: 'explain',
    help: 'help',
    usage: 'help',
  };
  const operands = (v: Verb): string =>
    v === 'explain' || v === 'help' ? '' : v === 'psd' ? ' [[1]]' : ' [[1]] [[2]]';
  for (const [w, verb] of Object.entries(words)) {
    for (const prefix of ['', 'hadamard ', '/hadamard ', 'hadamrd ', '/hadmard ']) {
      const text = `${prefix}${w}${operands(verb)}`;
      const c = parseCommand(text);
      assert.ok(c.ok, `${text}: ${JSON.stringify(c)}`);
      if (c.ok) assert.equal(c.value.verb, verb, text);
    }
  }
  // No word is within two edits of both "hadamard" and a verb or alias.
  for (const w of Object.keys(words)) assert.ok(editDistance(w, 'hadamard') > 4, w);
  // No verb suggestion is ever made for a spelling of the command word.
  for (const w of ['hadamrd', 'hadmard', 'hadamard', 'hadamardd', 'adamard'])
    assert.equal(closestVerb(w), undefined, w);
});

test('an unknown word is reported at its character in the text the user typed', () => {
  const cases: [string, string, number][] = [
    ['[[1,2]] [[3,4]] done', 'done', 17],
    ['/hadamard [[1,2]] [[3,4]] done', 'done', 27],
    ['hadamard [[1,2]] [[3,4]] done', 'done', 26],
    ['hadamard psd [[1,2],[2,1]] junk', 'junk', 28],
    ['<@U0123ABC> [[1,2]] [[3,4]] done', 'done', 29],
    ['`/hadamard` “[[1,2]]” [[3,4]] done', 'done', 31],
    ['[[1,2]]\u200B [[3,4]] done', 'done', 18],
    ['\r\n[[1,2]]\r\n[[3,4]] done', 'done', 20],
    ['π😀 [[1,2]]', 'π😀', 1],
    ['[[1,2]] 😀 done', '😀', 9],
  ];
  for (const [text, word, at] of cases) {
    const c = parseCommand(text);
    assert.ok(!c.ok, text);
    if (c.ok) continue;
    assert.equal(c.code, 'unknown_word', `${text}: ${c.message}`);
    assert.ok(c.message.includes(`"${word}"`), `${text}: ${c.message}`);
    assert.match(c.message, new RegExp(`character ${at}\\b`), `${text}: ${c.message}`);
  }
});

test('unbalanced brackets are reported at their character in the text the user typed', () => {
  const cases: [string, RegExp][] = [
    ['/hadamard [[1,2]] [[3,4]', /"\[" at character 19 is never closed/],
    ['/hadamard [[1,2]] [[3,4]]]', /"\]" at character 26 has no matching "\["/],
    ['hadamard psd [[1,(2],[2,1]]', /"\(" at character 18 is closed by a "\]" at character 20/],
    ['/hadamard [[1,2]] eye(3', /"\(" at character 22 is never closed/],
  ];
  for (const [text, message] of cases) expectError(parseCommand(text), 'unbalanced_brackets', message);
});

test('errors at the top level say where they are', () => {
  expectError(
    parseCommand('/hadamard frobnicate [[1]] [[2]]'),
    'unknown_verb',
    /"frobnicate" \(at character 11\) is not a verb/,
  );
  expectError(parseCommand('/hadamard [[1,2]] 5'), 'unknown_word', /"5" \(at character 19\) is a number, not a matrix/);
  expectError(
    parseCommand('/hadamard [[1,2]] ∘ ∘ [[3,4]]'),
    'missing_operand',
    /"∘" \(at character 21\) stands where a matrix should be/,
  );
});
