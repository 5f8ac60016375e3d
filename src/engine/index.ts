/**
 * The engine's face: `parseCommand(text)` turns grammar text into a typed Command,
 * `run(command)` computes and renders an Answer (or an EngineError value).
 * TEMPORARY STUB while the real engine is written: product only, float only.
 */
import type { Command, Reply, Result } from './types.js';
import type { Limits } from './limits.js';

export * from './types.js';
export { CATALOGUE, verbSpec } from './catalogue.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';

export interface RunOptions {
  limits?: Partial<Limits>;
  /** Render figures (default true). */
  figures?: boolean;
}

export function parseCommand(text: string): Result<Command> {
  const t = text.replace(/^\s*\/hadamard\b/, '').trim();
  const ops = t.match(/\[\[.*?\]\]/g) ?? [];
  if (ops.length < 2)
    return {
      ok: false,
      code: 'missing_operand',
      message: 'need two matrices',
      hint: '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]',
    };
  return { ok: true, value: { verb: 'product', operands: ops.map((text) => ({ text })) } };
}

export async function run(command: Command, _options: RunOptions = {}): Promise<Reply> {
  const ms = command.operands.map((o) => JSON.parse(o.text) as number[][]);
  const p = ms[0].map((r, i) => r.map((v, j) => ms.reduce((acc, m) => acc * m[i][j], 1)));
  return {
    ok: true,
    verb: 'product',
    title: 'Hadamard product',
    summary: `A∘B = ${JSON.stringify(p)}`,
    sections: [{ body: '```\n' + p.map((r) => r.join('  ')).join('\n') + '\n```' }],
    figures: [],
    data: { shape: [p.length, p[0].length], operands: ms, product: p, exact: true },
  };
}

export async function runText(text: string, options: RunOptions = {}): Promise<Reply> {
  const c = parseCommand(text);
  if (!c.ok) return c;
  return run(c.value, options);
}
