// Neutral markdown → Slack mrkdwn and Block Kit, within Slack's limits, never cutting a code block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer } from '../../../src/engine/index.js';
import {
  ANSWER_ACTION_PREFIX,
  SLACK_SECTION_LIMIT,
  altText,
  answerToSlack,
  errorToSlack,
  escapeMrkdwn,
  formatMessageRef,
  parseChoiceValue,
  parseMessageRef,
  quizToSlack,
  revealToSlack,
  toMrkdwn,
} from '../../../src/bot/slack/format.js';
import { stripMentions } from '../../../src/bot/slack/slack.js';

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

test('a quiz gets one button per choice: action_id by choice, value quizId:choiceId, text within 75 characters', () => {
  const long = 'x'.repeat(75);
  const m = quizToSlack(
    { ...answer([{ body: 'Which entry?' }]), verb: 'quiz' },
    {
      id: 'q7k2m9ab',
      choices: [
        { id: 'a', label: '18' },
        { id: 'b', label: long },
        { id: 'c', label: '28' },
      ],
    },
  );
  const actions = m.blocks.at(-1);
  assert.ok(actions?.type === 'actions');
  assert.deepEqual(
    actions.elements.map((b) => [b.action_id, b.value]),
    [
      [`${ANSWER_ACTION_PREFIX}a`, 'q7k2m9ab:a'],
      [`${ANSWER_ACTION_PREFIX}b`, 'q7k2m9ab:b'],
      [`${ANSWER_ACTION_PREFIX}c`, 'q7k2m9ab:c'],
    ],
  );
  assert.equal(actions.elements[0].text.text, 'a) 18');
  assert.equal(actions.elements[1].text.text.length, 75);
  assert.ok(actions.elements[1].text.text.endsWith('…'));
  assert.deepEqual(parseChoiceValue('q7k2m9ab:b'), { quizId: 'q7k2m9ab', choice: 'b' });
  for (const bad of [undefined, '', 'q7k2m9ab', 'q7k2m9ab:', 'x7k2m9ab:b', 'q7k2m9ab:b:c', 'q7k2m9ab:bb'])
    assert.equal(parseChoiceValue(bad), undefined, String(bad));
});

test('a reveal ends with a line marking the right choice; its winners are mentions, a leaderboard shows names', () => {
  const reveal = revealToSlack({
    ...answer([{ body: 'Got it: <@U0ALICE>, <@U0CAROL>.' }], 'The answer is b) 18.'),
    verb: 'reveal',
    data: {
      reveal: { correctChoice: 'b', correctLabel: '1 < 2', correctCount: 2, answered: 3, closedBy: 'time' },
    },
  });
  const text = JSON.stringify(reveal.blocks);
  assert.ok(text.includes('Got it: <@U0ALICE>, <@U0CAROL>.'), 'real mentions');
  assert.ok(text.includes(':white_check_mark: Closed when the time was up: *b)* 1 &lt; 2 · 2 of 3 right'));
  assert.ok(!reveal.blocks.some((b) => b.type === 'actions'), 'no buttons');
  const scores = answerToSlack({
    ...answer([{ body: '1. <@U0ALICE>: **10** points\n2. <@U0BOB>: **0** points' }]),
    verb: 'scores',
    data: { period: 'week', scores: [{ user: 'U0ALICE', name: 'Alice <3' }, { user: 'U0BOB' }] },
  });
  assert.match(JSON.stringify(scores.blocks), /1\. Alice &lt;3: \*10\* points\\n2\. <@U0BOB>: \*0\* points/);
  // Anywhere else, <@…> typed by a user stays escaped: nobody is pinged through an answer.
  assert.match(JSON.stringify(answerToSlack(answer([{ body: 'A=<@U0ALICE>' }])).blocks), /A=&lt;@U0ALICE&gt;/);
});

test('message refs keep the channel, the ts and the thread', () => {
  for (const ref of [
    { channel: 'C0MATHS01', ts: '1700000001.000100' },
    { channel: 'C0MATHS01', ts: '1700000001.000100', threadTs: '1700000000.000100' },
  ])
    assert.deepEqual(parseMessageRef(formatMessageRef(ref)), ref);
  assert.equal(parseMessageRef(null), undefined);
  assert.equal(parseMessageRef('123456789012345678'), undefined, 'a Discord message id is not ours');
});
