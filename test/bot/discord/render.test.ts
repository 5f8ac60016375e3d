/** Answer → Discord message: the 2,000-character content limit without cutting a matrix, alt text, errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer } from '../../../src/engine/index.js';
import {
  ATTACHMENT_DESCRIPTION_MAX,
  CONTENT_MAX,
  DELETE_PREFIX,
  OVERFLOW_FILE,
  estimatedCells,
  mentionText,
  outcomeText,
  renderAnswer,
} from '../../../src/bot/discord/discord.js';

function matrixSection(n: number, label: string): { heading: string; body: string } {
  const rows = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => String((i + 1) * 100000 + j)).join('  '),
  );
  return { heading: label, body: '```\n' + rows.join('\n') + '\n```' };
}

function answer(sections: Answer['sections'], extra: Partial<Answer> = {}): Answer {
  return {
    ok: true,
    verb: 'product',
    title: 'Hadamard product',
    summary: 'A∘B, 12×12, exact',
    sections,
    figures: [],
    data: { exact: true },
    ...extra,
  };
}

function fileText(r: ReturnType<typeof renderAnswer>, name: string): string | undefined {
  const f = r.files.find((x) => x.name === name);
  return f ? (f.attachment as Buffer).toString('utf8') : undefined;
}

test('short answers fit in the content, with no overflow file', () => {
  const r = renderAnswer(answer([matrixSection(2, 'A∘B')]), '42');
  assert.ok(r.content.includes('**A∘B**\n```\n100000  100001\n200000  200001\n```'));
  assert.equal(fileText(r, OVERFLOW_FILE), undefined);
  assert.equal(r.embeds[0].title, 'Hadamard product');
  assert.equal(r.embeds[0].footer?.text, 'Exact arithmetic (rational numbers)');
  const button = r.components[0].toJSON().components[0] as { custom_id: string };
  assert.equal(button.custom_id, `${DELETE_PREFIX}42`);
  assert.deepEqual(r.allowedMentions, { parse: [] });
});

test('long answers: whole sections in the content up to 2,000 characters, the full text in answer.txt', () => {
  const sections = [matrixSection(4, 'A'), matrixSection(12, 'B'), matrixSection(12, 'A∘B'), matrixSection(3, 'C')];
  const r = renderAnswer(answer(sections), '42');
  assert.ok(r.content.length <= CONTENT_MAX);
  assert.equal((r.content.match(/```/g) ?? []).length % 2, 0, 'no code block cut in half');
  assert.ok(r.content.includes(sections[0].body), 'the first section is shown whole');
  assert.ok(!r.content.includes(sections[2].body.slice(0, 40)) || r.content.includes(sections[2].body));
  assert.match(r.content, /answer\.txt/);
  const full = fileText(r, OVERFLOW_FILE)!;
  for (const s of sections) assert.ok(full.includes(s.body), `${s.heading} is in answer.txt whole`);
  // Order is kept: a later small section is not pulled ahead of a big one that did not fit.
  assert.ok(!r.content.includes('**C**'));
});

test('a single section larger than the limit goes entirely to answer.txt', () => {
  const r = renderAnswer(answer([matrixSection(40, 'huge')]), '42');
  assert.ok(r.content.length <= CONTENT_MAX);
  assert.ok(!r.content.includes('```'));
  assert.ok(fileText(r, OVERFLOW_FILE)!.includes(matrixSection(40, 'huge').body));
});

test('figures become attachments with their alt text as description (≤ 1,024 characters)', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
  const r = renderAnswer(
    answer([], {
      figures: [
        { name: 'product.png', png, alt: 'A grid of numbers.' },
        { name: 'long.png', png, alt: 'x'.repeat(3000) },
      ],
    }),
    '42',
  );
  assert.deepEqual(
    r.files.map((f) => f.name),
    ['product.png', 'long.png'],
  );
  assert.equal(r.files[0].description, 'A grid of numbers.');
  assert.equal(r.files[1].description?.length, ATTACHMENT_DESCRIPTION_MAX);
});

test('errors show the message and the hint as code; other outcomes their message', () => {
  const t = outcomeText({
    kind: 'error',
    error: { ok: false, code: 'ragged_rows', message: 'row 2 of A has 1 entry, row 1 has 2', hint: '[[1,2],[3,4]]' },
  });
  assert.equal(t, '**row 2 of A has 1 entry, row 1 has 2**\nTry: `[[1,2],[3,4]]`');
  const tick = outcomeText({ kind: 'error', error: { ok: false, code: 'bad_expression', message: 'm', hint: 'a`b' } });
  assert.match(tick, /``\s?a`b\s?``/);
  assert.equal(outcomeText({ kind: 'fault', id: 'abc', message: 'Sorry (error id abc).' }), 'Sorry (error id abc).');
});

test('mentions: only messages that mention the bot, or DMs; the mention is stripped', () => {
  assert.equal(mentionText('<@123> psd [[1,0],[0,1]]', '123', false), 'psd [[1,0],[0,1]]');
  assert.equal(mentionText('hey <@!123>  [1 2] [3 4]', '123', false), 'hey [1 2] [3 4]');
  assert.equal(mentionText('<@999> psd [[1]]', '123', false), undefined);
  assert.equal(mentionText('psd [[1]]', '123', true), 'psd [[1]]');
});

test('the size estimate behind "defer at once" counts builders by size and literals by entries', () => {
  const cmd = (...texts: string[]) => ({ verb: 'product' as const, operands: texts.map((text) => ({ text })) });
  assert.equal(estimatedCells(cmd('[[2,3],[4,1]]', '[2 3; 4 1]')), 8);
  assert.equal(estimatedCells(cmd('hilbert(12)', 'pascal(12)')), 288);
  assert.equal(estimatedCells(cmd('ones(2, 3)', 'I4', 'J2')), 6 + 16 + 4);
  assert.equal(estimatedCells(cmd('[1/2 2*sqrt(3)/5; -2.5e-3 pi]')), 4);
});
