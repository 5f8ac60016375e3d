/**
 * The "LaTeX" button (issue 12), at the wire: an answer carrying `data.latex` gets the button; pressing it replies
 * privately with a ```latex code block, computed again from what the button's id says the answer was for (the
 * command's text when it fits, or the mention the answer replies to), since nothing is stored. Over the gateway and
 * over HTTP interactions, which share the code path.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answerLatex, runText } from '../../../src/engine/index.js';
import { LATEX_PREFIX } from '../../../src/bot/discord/discord.js';
import { sqliteMemory } from '../../store/backends.js';
import { answerOf, buttons, replyTo, startHarness, type DiscordHarness } from './harness.js';

const EPHEMERAL = 64;
const RATE = { RATE_LIMIT_COUNT: '1000' };

async function expectedLatex(text: string): Promise<string> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok);
  const latex = answerLatex(r);
  assert.ok(latex, `${text} carries LaTeX`);
  return latex;
}

function latexButton(m: { components: unknown }): { customId: string; label: string } {
  const b = buttons(m as never).find((x) => x.label === 'LaTeX');
  assert.ok(b, 'the answer has a LaTeX button');
  assert.ok(b.customId.startsWith(LATEX_PREFIX) && b.customId.length <= 100);
  return b;
}

async function pressLatex(h: DiscordHarness, m: Parameters<DiscordHarness['fake']['pressButton']>[0]) {
  const { token } = h.fake.pressButton(m, latexButton(m).customId, h.fake.bob);
  const reply = await answerOf(h.fake, token);
  assert.equal(reply.flags & EPHEMERAL, EPHEMERAL, 'only the one who pressed sees it');
  return reply;
}

for (const mode of ['gateway', 'http'] as const) {
  describe(`the LaTeX button (${mode})`, () => {
    it('a slash command answer: the button replies privately with its LaTeX in a code block', async () => {
      const h = await startHarness({ mode, env: RATE });
      try {
        const { token } = h.fake.dispatchCommand('product', { a: '[[1/2,3],[4,1]]', b: '[[5,6],[7,8]]' });
        const answer = await answerOf(h.fake, token);
        const publicBefore = h.fake.publicMessages().length;
        const reply = await pressLatex(h, answer);
        const want = await expectedLatex('product [[1/2,3],[4,1]] [[5,6],[7,8]]');
        assert.equal(reply.content, '```latex\n' + want + '\n```');
        assert.match(reply.content, /\\frac\{5\}\{2\}/, 'the fraction 1/2 · 5 = 5/2 in LaTeX');
        assert.equal(h.fake.publicMessages().length, publicBefore, 'nothing posted in the channel');
      } finally {
        await h.close();
      }
    });
  });
}

describe('the LaTeX button after a mention (gateway)', () => {
  it('re-reads the mention it replies to: after an edit, the LaTeX is the edited answer', async () => {
    // The store holds the reply link that edit-to-rerun uses (ids only); the LaTeX button needs nothing stored.
    const db = await sqliteMemory.fresh();
    const h = await startHarness({ env: RATE, store: await db.open() });
    try {
      const source = h.fake.dispatchMessage(`<@${h.fake.appId}> product [[1,2],[3,4]] [[2,2],[2,2]]`);
      const reply = await replyTo(h.fake, source);
      assert.equal(latexButton(reply).customId, `${LATEX_PREFIX}r`, 'no text in the id: it is re-read');
      const first = await pressLatex(h, reply);
      assert.equal(
        first.content,
        '```latex\n' + (await expectedLatex('product [[1,2],[3,4]] [[2,2],[2,2]]')) + '\n```',
      );
      h.fake.editUserMessage(source, `<@${h.fake.appId}> product [[1,2],[3,4]] [[3,3],[3,3]]`);
      await h.fake.waitFor(() => /\b12\b/.test(reply.content), 'the reply to be edited');
      const second = await pressLatex(h, reply);
      assert.equal(
        second.content,
        '```latex\n' + (await expectedLatex('product [[1,2],[3,4]] [[3,3],[3,3]]')) + '\n```',
      );
      // The mention deleted: the button says so instead of guessing.
      source.deleted = true;
      const gone = await pressLatex(h, reply);
      assert.match(gone.content, /is gone/);
    } finally {
      await h.close();
      await db.drop();
    }
  });

  it('an answer without LaTeX (help) has no LaTeX button', async () => {
    const h = await startHarness({ env: RATE });
    try {
      const { token } = h.fake.dispatchCommand('help', {});
      const answer = await answerOf(h.fake, token);
      assert.ok(!buttons(answer).some((b) => b.label === 'LaTeX'));
    } finally {
      await h.close();
    }
  });
});
