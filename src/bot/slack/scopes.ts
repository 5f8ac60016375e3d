/**
 * The Slack app's permissions, in one place: each Web API method the adapter calls and each event it hears, with the
 * bot scope it needs. The manifest (`npm run slack:manifest`) asks for exactly these, and in OAuth mode (many
 * workspaces) the install asks for the same scopes. A test checks the adapter calls nothing outside these tables.
 */

/**
 * Each Web API method the Slack adapter calls, with the bot scope it needs.
 * (`auth.test` needs no scope; `files.uploadV2` is the SDK's wrapper around the two files.* upload methods below.)
 */
export const METHOD_SCOPES: Readonly<Record<string, string | null>> = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  // Reveals edit the quiz message; edit to re-run edits the earlier answer.
  'chat.update': 'chat:write',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
  // Settings: is the user a workspace admin or owner? Leaderboards: display names.
  'users.info': 'users:read',
  // Private files (`me`'s figure, `class export`'s CSV) go to the asker's direct messages with the bot.
  'conversations.open': 'im:write',
};

/**
 * Each event the adapter listens to, with the bot scope Slack requires to deliver it (null: none). The three
 * message.* events carry direct messages (message.im) and edits (message_changed) in public and private channels and
 * DMs; app_uninstalled and tokens_revoked delete a workspace's installation (OAuth mode).
 */
export const EVENT_SCOPES: Readonly<Record<string, string | null>> = {
  app_mention: 'app_mentions:read',
  app_uninstalled: null,
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
  tokens_revoked: null,
};

/**
 * Scopes for what is neither a Web API method nor an event: `files:read` lets the bot token download the files shared
 * with the bot (`url_private`, src/bot/slack/files.ts).
 */
export const DOWNLOAD_SCOPES: Readonly<Record<string, string>> = {
  url_private: 'files:read',
};

/** Every bot scope: the slash command's `commands`, then one per method, event and download. */
export function botScopes(): string[] {
  const scopes = new Set<string>(['commands', ...Object.values(DOWNLOAD_SCOPES)]);
  for (const s of Object.values(METHOD_SCOPES)) if (s) scopes.add(s);
  for (const s of Object.values(EVENT_SCOPES)) if (s) scopes.add(s);
  return [...scopes].sort();
}
