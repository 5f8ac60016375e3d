/** The Discord adapter (discord.js v14). Work in progress: see notes/discord.md. */
import type { AdapterContext, RunningAdapter } from './adapter.js';

export async function startDiscord(ctx: AdapterContext): Promise<RunningAdapter> {
  if (!ctx.config.discord) throw new Error('startDiscord called without config.discord');
  return { name: 'discord', where: ctx.config.discord.apiUrl, stop: async () => undefined };
}
