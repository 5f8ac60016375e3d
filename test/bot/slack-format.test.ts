// Neutral markdown → Slack mrkdwn and Block Kit, within Slack's limits, never cutting a code block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer } from '../../src/engine/index.js';
import {
  SLACK_SECTION_LIMIT,
  altText,
  answerToSlack,
  errorToSlack,
  escapeMrkdwn,
  toMrkdwn,
} from '../../src/bot/slack-format.js';
import { stripMentions } from '../../src/bot/slack.js';

function answer(sections: Answer['sections'], summary = 'A∘B = **something**'): Answer {
  return { ok: true, verb: 'product', title: 'Hadamard product', summary, sections, figures: [], data: {} };
}

test('bold becomes mrkdwn bold, & < > are escaped everywhere, bullets become •', () => {
  assert.equal(toMrkdwn('**PSD** since x < y & y > z'), '*PSD* since x &lt; y &amp; y &gt; z');
  assert.equal(toMrkdwn('- first\n- second'), '• first\n• second');
  assert.equal(toMrkdwn('```\n⎡ 1 < 2 ⎤\n```'), '```\n⎡ 1 &lt; 2 ⎤\n```');
  // Inside inline code and code blocks, ** is left alone.
  assert.equal(toMrkdwn('use `a**b` here'), 'use `a**b` here');
  assert.equal(toMrkdwn('```ts\nx ** 2\n```'), '```\nx ** 2\n```');
  assert.equal(toMrkdwn('[Schur](https://example.org/schur)'), '<https://example.org/schur|Schur>');
  assert.equal(escapeMrkdwn('<@U123>'), '&lt;@U123&gt;', 'no one can be pinged through an answer');
});

test('a short answer is a header plus mrkdwn sections, with a fallback text', () => {
  const m = answerToSlack(answer([{ heading: 'Result', body: '```\n10 18\n28 8\n```' }]));
  assert.equal(m.blocks[0].type, 'header');
  assert.equal(m.attachment, undefined);
  const texts = m.blocks.slice(1).map((b) => (b.type === 'section' ? b.text.text : ''));
  assert.deepEqual(texts, ['A∘B = *something*', '*Result*\n```\n10 18\n28 8\n```']);
  assert.equal(m.text, 'Hadamard product: A∘B = *something*');
});

test('long prose is split into sections of at most 3,000 characters, losing nothing', () => {
  const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
  const m = answerToSlack(answer([{ body: words }]));
  const sections = m.blocks.filter((b) => b.type === 'section').map((b) => (b.type === 'section' ? b.text.text : ''));
  assert.ok(sections.length >= 4);
  for (const s of sections) assert.ok(s.length <= SLACK_SECTION_LIMIT, `section of ${s.length}`);
  assert.equal(sections.slice(1).join(' ').split(/\s+/).length, 1500);
  assert.equal(m.attachment, undefined);
});

test('a code block longer than a section is never cut: it moves to the attached text file', () => {
  const row = (i: number) => Array.from({ length: 12 }, (_, j) => `${i + 1}${'0'.repeat(20)}${j}`).join('  ');
  const matrix = Array.from({ length: 12 }, (_, i) => row(i)).join('\n');
  assert.ok(matrix.length > SLACK_SECTION_LIMIT);
  const small = '```\n1 2\n3 4\n```';
  const m = answerToSlack(answer([{ body: small }, { heading: 'Product', body: '```\n' + matrix + '\n```' }]));
  const all = JSON.stringify(m.blocks);
  assert.ok(!all.includes(row(5)), 'the big matrix is not in the message at all');
  assert.ok(all.includes('1 2\\n3 4'), 'the small one is');
  for (const b of m.blocks) if (b.type === 'section') assert.ok(b.text.text.length <= SLACK_SECTION_LIMIT);
  // Every code block that is in the message is complete (fences balanced per section).
  for (const b of m.blocks) if (b.type === 'section') assert.equal((b.text.text.match(/```/g) ?? []).length % 2, 0);
  assert.ok(m.attachment);
  assert.match(m.attachment.filename, /\.txt$/);
  assert.ok(m.attachment.content.includes(matrix), 'the full matrix is in the file, unescaped and whole');
  assert.ok(all.includes(m.attachment.filename), 'the message says where it went');
});

test('too many sections: the message stops at the block limit and the rest goes to the file', () => {
  const sections = Array.from({ length: 80 }, (_, i) => ({ body: `**part ${i}**` }));
  const m = answerToSlack(answer(sections));
  assert.ok(m.blocks.length <= 50);
  assert.ok(m.attachment?.content.includes('part 79'));
});

test('errors carry the message and a hint that shows a correct example', () => {
  const e = errorToSlack({
    ok: false,
    code: 'not_a_number',
    message: 'entry (2,2) of the first matrix: "x" is not a number',
    hint: '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]',
  });
  const text = JSON.stringify(e.blocks);
  assert.ok(text.includes('entry (2,2) of the first matrix'));
  assert.ok(text.includes('Try: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`'));
});

test('alt text respects Slack’s 1,000 characters; mentions are stripped from mention text', () => {
  assert.equal(altText('short'), 'short');
  const long = 'word '.repeat(400);
  assert.ok(altText(long).length <= 1000);
  assert.ok(altText(long).endsWith('…'));
  assert.equal(stripMentions('<@U0HADAMARD> schur A B'), 'schur A B');
  assert.equal(stripMentions('<@U0HADAMARD|hadamard-bot>  psd [[1]]'), 'psd [[1]]');
});
