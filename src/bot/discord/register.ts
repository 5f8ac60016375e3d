/**
 * `npm run discord:register`: registers `/hadamard` and the "Hadamard this" message command with
 * Discord (a bulk overwrite), globally or, with DISCORD_GUILD_ID, to one server where changes show
 * up at once. A separate deploy step, as in discord.js's own template: the bot itself never
 * re-registers on start.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { loadConfig, readDotEnv, type Config } from '../config.js';
import { MESSAGE_COMMAND_NAME, discordCommands, validateCommands } from './commands.js';

export interface RegisterResult {
  scope: 'global' | 'guild';
  route: string;
  /** Names of the commands Discord now has, from its answer. */
  registered: string[];
}

/** PUTs the registration JSON; throws with Discord's message when it refuses. */
export async function registerCommands(
  discord: NonNullable<Config['discord']>,
  commands: RESTPostAPIApplicationCommandsJSONBody[] = discordCommands(),
): Promise<RegisterResult> {
  const problems = validateCommands(commands);
  if (problems.length > 0) throw new Error(`the registration JSON is invalid:\n- ${problems.join('\n- ')}`);
  if (!discord.token) throw new Error('DISCORD_TOKEN must be set to register the commands');
  const rest = new REST({ version: '10', api: discord.apiUrl }).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.appId, discord.guildId)
    : Routes.applicationCommands(discord.appId);
  const answer = (await rest.put(route, { body: commands })) as { name: string }[];
  return { scope: discord.guildId ? 'guild' : 'global', route, registered: answer.map((c) => c.name) };
}

async function main(): Promise<number> {
  let config: Config;
  try {
    readDotEnv('discord:register');
    config = loadConfig();
  } catch (err) {
    console.error(`Configuration error: ${(err as Error).message}`);
    return 1;
  }
  if (!config.discord?.token) {
    console.error('DISCORD_TOKEN and DISCORD_APP_ID must be set to register the commands (see notes/discord.md).');
    return 1;
  }
  try {
    const r = await registerCommands(config.discord);
    const where = r.scope === 'guild' ? `to server ${config.discord.guildId} (instant)` : 'globally';
    const shown = r.registered.map((n) => (n === MESSAGE_COMMAND_NAME ? `"${n}" (message menu)` : `/${n}`));
    console.log(`Registered ${shown.join(', ')} ${where}.`);
    if (r.scope === 'global') console.log('Global commands can take a few minutes to appear in clients.');
    return 0;
  } catch (err) {
    console.error(`Registration failed: ${(err as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
