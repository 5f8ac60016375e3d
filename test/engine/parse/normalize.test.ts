// Chat noise removed before parsing, and bidirectional control characters (issue 9): they are
// stripped, so no answer or error can echo them and reverse the bot's own text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerToText, errorToText, runText } from '../../../src/engine/index.js';
import { normalizeText, stripBidiControls } from '../../../src/engine/parse/normalize.js';

/** Every bidirectional control: embeddings, overrides, isolates, and the LRM, RLM and ALM marks. */
export const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const HAS_BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

test('normalisation strips every bidirectional control and nothing else', () => {
  for (const c of BIDI) {
    assert.equal(normalizeText(`[[1,2]] ${c}[[3,4]]${c}`), '[[1,2]] [[3,4]]', `U+${c.charCodeAt(0).toString(16)}`);
    assert.equal(stripBidiControls(`a${c}b`), 'ab');
  }
  assert.equal(stripBidiControls('[[1,2]] ∘ π — “x”'), '[[1,2]] ∘ π — “x”');
});

test('bidi controls never reach an answer or an error', async () => {
  const texts = [
    '[[1,2]] \u202E[[3,4]] done',
    '[[1,2]] \u202E[[3,4]]',
    '\u202Epsd [[1,2],[2,1]]',
    '[[1,\u2067x\u2069]] [[3,4]]',
    '[[1,2]] [[3,4]] \u202Ed\u202Cone\u200F',
    'frob\u202Enicate [[1]] [[2]]',
    '[[1,2]] \u2066hello\u2069 [[3,4]]',
    'explain \u202Eschur',
    'help \u202Equantum',
    '[[1,2]] [[3,\u061C4]] \u200E5',
  ];
  for (const t of texts) {
    const r = await runText(t, { figures: false });
    const shown = r.ok ? answerToText(r) + JSON.stringify(r.data) : errorToText(r);
    assert.doesNotMatch(shown, HAS_BIDI, `${JSON.stringify(t)} → ${shown}`);
  }
  // The reproduction now answers the position of the stray word, in plain order.
  const r = await runText('[[1,2]] \u202E[[3,4]] done', { figures: false });
  assert.ok(!r.ok);
  if (!r.ok) assert.match(r.message, /I don't know "done" \(at character 18\)/);
});

test('code fences: a language tag only when a line break follows it; on one line the word after ``` is the verb', async () => {
  // Issue 18: the verb was taken for the fence's language tag.
  assert.equal(normalizeText('```schur hilbert(3) pascal(3)```'), 'schur hilbert(3) pascal(3)');
  assert.equal(normalizeText('```psd [[1,2],[2,1]]```'), 'psd [[1,2],[2,1]]');
  assert.equal(normalizeText('```text\npsd [[1,2],[2,1]]\n```'), 'psd [[1,2],[2,1]]');
  assert.equal(normalizeText('```c++ \r\n[[1]] [[2]]\r\n```'), '[[1]] [[2]]');
  assert.equal(normalizeText('```\nrelate [[1,2]] [[3,4]]\n```'), 'relate [[1,2]] [[3,4]]');
  assert.equal(normalizeText('`psd [[1]]`'), 'psd [[1]]');
  const verb = async (text: string): Promise<string> => {
    const r = await runText(text, { figures: false });
    assert.ok(r.ok, `${text}: ${r.ok ? '' : r.message}`);
    return r.title;
  };
  const schur = await verb('/hadamard ```schur hilbert(3) pascal(3)```');
  assert.equal(schur, await verb('/hadamard schur hilbert(3) pascal(3)'));
  const psd = await verb('```psd [[1,2],[2,1]]```');
  assert.equal(psd, await verb('psd [[1,2],[2,1]]'));
  assert.notEqual(schur, await verb('hilbert(3) pascal(3)'));
  assert.equal(await verb('```python\npsd [[1,2],[2,1]]\n```'), psd);
});
