/**
 * Generates `assets/slack-manifest.yml` (the Slack app manifest) from the command catalogue:
 * the `/hadamard` slash command with its usage hint, the "Hadamard this" message shortcut,
 * interactivity (quiz buttons, the shortcut), the bot scopes the adapter really needs, and the
 * events it subscribes to. `npm run slack:manifest` writes it; a test fails on drift.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { CATALOGUE } from '../src/engine/catalogue.js';
import { HADAMARD_THIS_CALLBACK } from '../src/bot/slack/format.js';

/**
 * Each Web API method the Slack adapter calls, with the bot scope it needs. A test checks that
 * the adapter calls nothing outside this table, and that the manifest asks for exactly these.
 * (`auth.test` needs no scope; `files.uploadV2` is the SDK's wrapper around the three below.)
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
};

/**
 * Each event the adapter listens to, with the bot scope Slack requires to deliver it. The three message.* events
 * carry direct messages (message.im) and edits (message_changed) in public and private channels and DMs.
 */
export const EVENT_SCOPES: Readonly<Record<string, string>> = {
  app_mention: 'app_mentions:read',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
};

/** The message shortcut: run someone's message through the grammar. */
export const MESSAGE_SHORTCUT = {
  name: 'Hadamard this',
  type: 'message',
  callback_id: HADAMARD_THIS_CALLBACK,
  description: 'Run the matrices in this message through /hadamard; the answer goes in its thread',
} as const;

/** The slash command itself needs `commands`. */
export function botScopes(): string[] {
  const scopes = new Set<string>(['commands']);
  for (const s of Object.values(METHOD_SCOPES)) if (s) scopes.add(s);
  for (const s of Object.values(EVENT_SCOPES)) scopes.add(s);
  return [...scopes].sort();
}

/** The usage hint Slack shows while typing `/hadamard` (verbs from the catalogue). */
export function usageHint(): string {
  const verbs = CATALOGUE.map((s) => s.verb).join('|');
  const example = CATALOGUE.find((s) => s.verb === 'product')?.examples[0] ?? '';
  return `[${verbs}] A B … e.g. ${example}`;
}

export function longDescription(): string {
  const lines = [
    'Computes the Hadamard (entrywise) product of matrices exactly, checks the theorems around it and draws them.',
    'Type /hadamard followed by a verb and matrices, mention @hadamard-bot in a channel, or send it a direct message.',
    'On any message with matrices: More actions → Hadamard this. Edit a message that mentions the bot and its answer is updated.',
    '',
    ...CATALOGUE.map((s) => `• ${s.usage}: ${s.description}`),
  ];
  return lines.join('\n');
}

export const MANIFEST_FILE = new URL('../assets/slack-manifest.yml', import.meta.url);

const PLACEHOLDER_URL = 'https://YOUR-HOST.example.com/slack/events';

/** The manifest as a plain object, in the order Slack's own manifests use. */
export function slackManifest(): Record<string, unknown> {
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'hadamard-bot',
      description: 'Hadamard (entrywise) matrix products, Schur and Oppenheim, exactly and with pictures',
      long_description: longDescription(),
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'hadamard-bot', always_online: true },
      shortcuts: [MESSAGE_SHORTCUT],
      slash_commands: [
        {
          command: '/hadamard',
          url: PLACEHOLDER_URL,
          description: 'Hadamard product, Schur product theorem, Oppenheim, PSD checks; try: /hadamard help',
          usage_hint: usageHint(),
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: botScopes() } },
    settings: {
      event_subscriptions: { request_url: PLACEHOLDER_URL, bot_events: Object.keys(EVENT_SCOPES).sort() },
      // Quiz buttons (block_actions) and the message shortcut arrive at the same URL as events and commands.
      interactivity: { is_enabled: true, request_url: PLACEHOLDER_URL },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}

/** A YAML scalar: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
function scalar(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  return /^[A-Za-z_/][\w ./:-]*$/.test(s) && !/: |\s$|^(true|false|null|yes|no|on|off)$/i.test(s)
    ? s
    : JSON.stringify(s);
}

function yaml(v: unknown, indent: string): string {
  if (Array.isArray(v)) {
    return v
      .map((item) => {
        if (item && typeof item === 'object') {
          const body = yaml(item, indent + '  ');
          return `${indent}- ${body.slice(indent.length + 2)}`;
        }
        return `${indent}- ${scalar(item)}`;
      })
      .join('\n');
  }
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => {
      if (x && typeof x === 'object') return `${indent}${k}:\n${yaml(x, indent + '  ')}`;
      return `${indent}${k}: ${scalar(x)}`;
    })
    .join('\n');
}

const HEADER = `# Slack app manifest for hadamard-bot. GENERATED by \`npm run slack:manifest\` from the command
# catalogue (src/engine/catalogue.ts); do not edit by hand (a test fails when it drifts).
#
# Create the app: https://api.slack.com/apps → Create New App → From an app manifest → paste this.
# HTTP mode: replace the three YOUR-HOST URLs with your public https address (it must reach PORT at /slack/events).
# Socket Mode instead: set socket_mode_enabled: true (the URLs are then ignored), create an app-level
# token with the connections:write scope and set it as SLACK_APP_TOKEN.
`;

/** The manifest file's full text, formatted by prettier as the repository's check expects. */
export async function slackManifestYaml(): Promise<string> {
  const options = (await prettier.resolveConfig(fileURLToPath(MANIFEST_FILE))) ?? {};
  return prettier.format(`${HEADER}${yaml(slackManifest(), '')}\n`, { ...options, parser: 'yaml' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(MANIFEST_FILE, await slackManifestYaml());
  console.log(`wrote ${MANIFEST_FILE.pathname}`);
}
