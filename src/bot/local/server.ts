/** The local playground: a chat-like page on 127.0.0.1 served by node:http (work in progress). */
import type { AdapterContext, RunningAdapter } from '../adapter.js';

export async function startLocal(ctx: AdapterContext): Promise<RunningAdapter> {
  const where = `http://${ctx.config.host}:${ctx.config.port}`;
  return { name: 'local page', where, stop: async () => undefined };
}
