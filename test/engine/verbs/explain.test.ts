// `explain`: every topic and the overview say each sentence once (issue 9: the summary and the
// body used to start with the same sentence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOPICS } from '../../../src/engine/index.js';
import { explainVerb } from '../../../src/engine/verbs/explain.js';

/** The prose sentences of a text: code blocks left out, split at . ! ? and line ends, whitespace folded. */
function sentences(md: string): string[] {
  const prose = md.replace(/```[\s\S]*?```/g, '\n');
  return prose
    .split(/\n|(?<=[.!?])\s+/)
    .map((s) =>
      s
        .replace(/^[-•]\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => s.length > 0);
}

test('no sentence appears twice across the summary and the body, for every topic and the overview', () => {
  for (const topic of [undefined, ...TOPICS]) {
    const r = explainVerb(topic);
    const all = [r.summary, ...r.sections.map((s) => s.body)].flatMap(sentences);
    const seen = new Set<string>();
    for (const s of all) {
      assert.ok(!seen.has(s), `explain ${topic ?? '(overview)'} repeats: ${s}`);
      seen.add(s);
    }
    assert.ok(all.length > 3, `explain ${topic ?? '(overview)'} says something`);
  }
});

test('the overview still names every topic with its one-line summary', () => {
  const r = explainVerb();
  for (const topic of TOPICS) {
    const one = explainVerb(topic);
    assert.ok(
      r.sections.some((s) => s.heading === one.title && s.body === one.summary),
      `overview lists ${topic}`,
    );
  }
});
