/**
 * The pseudo-locale run of the bot end to end over Discord (issue 21): discord.js against the fake Discord, the asker's
 * and the server's locale `qps`; every command of the corpus (pseudo-corpus.ts) through the "Hadamard this" message
 * command, then a quiz and a button press; every word the fake received (content, embeds, buttons, attachments'
 * descriptions) is read back for English that bypassed the catalogue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.js';
import { buttonsOf as discordButtons, type FakeMessage } from '../fakes/discord.js';
import { answerOf, startHarness } from './discord/harness.js';
import { corpus, leaks } from './pseudo-corpus.js';

/** Every text of a Discord message: content, embeds, buttons, attachments' descriptions. */
function discordTexts(m: FakeMessage): string[] {
  const out: string[] = [m.content];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (
          typeof x === 'string' &&
          ['title', 'description', 'name', 'value', 'text', 'label', 'placeholder'].includes(k)
        )
          out.push(x);
        else walk(x);
      }
  };
  walk(m.embeds);
  walk(m.components);
  for (const a of m.attachments) out.push(a.description ?? '');
  return out;
}

test(`pseudo-locale end to end over Discord: ${corpus.length} commands as "Hadamard this", a quiz and a button press`, async () => {
  const dstore = await openStore({ dataDir: ':memory:' });
  const h = await startHarness({ store: dstore, env: { RATE_LIMIT_COUNT: '10000' } });
  try {
    h.fake.userLocale = 'qps';
    h.fake.guildLocale = 'qps';
    const found: string[] = [];
    const seen = new Set<string>();
    const fresh = (): FakeMessage[] => {
      const out: FakeMessage[] = [];
      for (const m of h.fake.messages.values()) if (m.author.bot || m.interaction) out.push(m);
      return out;
    };
    const settleDiscord = async (token?: string): Promise<void> => {
      if (token) await answerOf(h.fake, token);
      else await new Promise((r) => setTimeout(r, 500));
      let count = -1;
      while (count !== h.fake.messages.size || h.dispatcher.inFlight > 0) {
        count = h.fake.messages.size;
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    const collect = (label: string): void => {
      for (const m of fresh()) {
        const key = `${m.id}:${m.editedAt ?? ''}:${m.content.length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        for (const l of leaks(discordTexts(m))) found.push(`${label}  →  ${l.slice(0, 160)}`);
      }
    };
    for (const text of corpus) {
      const target = h.fake.dispatchMessage(text, h.fake.bob);
      const { token } = h.fake.dispatchMessageCommand('Hadamard this', target);
      await settleDiscord(token);
      collect(text);
    }
    const quiz = h.fake.dispatchCommand('quiz', { topic: 'entry', level: 'easy', seed: '7' });
    await settleDiscord(quiz.token);
    const message = h.fake.original(quiz.token)!;
    const press = h.fake.pressButton(message, discordButtons(message)[0].custom_id!, h.fake.bob);
    void press;
    await settleDiscord(); // a press is answered by an edit or a private follow-up, not always an original
    collect('quiz flow');
    assert.deepEqual(found, [], `${found.length} lines of English outside the catalogue`);
  } finally {
    await h.close();
    await dstore.close();
  }
});
