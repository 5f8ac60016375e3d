// The Slack app manifest is generated from the catalogue and from what the adapter really calls:
// the committed file must match a fresh generation, and the scopes must match the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CATALOGUE } from '../../src/engine/catalogue.js';
import {
  DOWNLOAD_SCOPES,
  EVENT_SCOPES,
  MANIFEST_FILE,
  METHOD_SCOPES,
  botScopes,
  slackManifest,
  slackManifestYaml,
} from '../../scripts/slack-manifest.js';
import { HADAMARD_THIS_CALLBACK } from '../../src/bot/slack/format.js';

test('assets/slack-manifest.yml is what `npm run slack:manifest` generates from the catalogue', async () => {
  const committed = readFileSync(MANIFEST_FILE, 'utf8');
  assert.equal(
    committed,
    await slackManifestYaml(),
    'the manifest drifted: run `npm run slack:manifest` and commit it',
  );
});

test('the slash command names every catalogue verb in its usage hint, and the description lists each usage', () => {
  const m = slackManifest() as {
    features: { slash_commands: { command: string; usage_hint: string; should_escape: boolean }[] };
    display_information: { description: string; long_description: string };
  };
  const [cmd] = m.features.slash_commands;
  assert.equal(cmd.command, '/hadamard');
  for (const spec of CATALOGUE) {
    assert.ok(cmd.usage_hint.includes(spec.verb), `usage hint lacks ${spec.verb}`);
    assert.ok(m.display_information.long_description.includes(spec.usage), `description lacks ${spec.usage}`);
  }
  // Slack's limits on these fields.
  assert.ok(cmd.usage_hint.length <= 1000);
  assert.ok(m.display_information.description.length <= 140);
  const long = m.display_information.long_description.length;
  assert.ok(long >= 175 && long <= 4000, `long_description has ${long} characters`);
});

test('the bot scopes are exactly those the adapter needs: one per Web API method it calls and event it hears', () => {
  const source = readFileSync(new URL('../../src/bot/slack/slack.ts', import.meta.url), 'utf8');
  // Every `client.x.y(` / `probe.x.y(` call in the adapter must be in the method → scope table.
  const called = new Set([...source.matchAll(/\b(?:client|probe)\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
  const expanded = new Set<string>();
  for (const method of called) {
    if (method === 'files.uploadV2') {
      expanded.add('files.getUploadURLExternal');
      expanded.add('files.completeUploadExternal');
    } else expanded.add(method);
  }
  for (const method of expanded)
    assert.ok(method in METHOD_SCOPES, `slack.ts calls ${method}, which has no scope entry`);
  for (const method of Object.keys(METHOD_SCOPES))
    assert.ok(expanded.has(method), `${method} is listed but never called`);
  // Every event listened to is subscribed, with its scope: `message` covers DMs and edits (message_changed) in
  // public channels, private channels and DMs.
  const events = new Set([...source.matchAll(/app\.event\('(\w+)'/g)].map((m) => m[1]));
  assert.deepEqual([...events].sort(), ['app_mention', 'app_uninstalled', 'message', 'tokens_revoked']);
  assert.deepEqual(Object.keys(EVENT_SCOPES).sort(), [
    'app_mention',
    'app_uninstalled',
    'message.channels',
    'message.groups',
    'message.im',
    'tokens_revoked',
  ]);
  assert.match(source, /subtype === 'message_changed'/);
  // files:read is for downloading shared files (url_private) with the bot token, in files.ts.
  const files = readFileSync(new URL('../../src/bot/slack/files.ts', import.meta.url), 'utf8');
  assert.match(files, /url_private/);
  assert.match(files, /authorization: `Bearer \$\{token\}`/);
  assert.deepEqual(DOWNLOAD_SCOPES, { url_private: 'files:read' });
  assert.match(source, /app\.command\(/);
  // Buttons and the shortcut need interactivity, at the same URL; the shortcut's callback_id is the one listened to.
  assert.match(source, /app\.action</);
  assert.match(
    source,
    /app\.shortcut<MessageShortcut>\(\s*\{ type: 'message_action', callback_id: HADAMARD_THIS_CALLBACK \}/,
  );
  const m = slackManifest() as {
    oauth_config: { scopes: { bot: string[] } };
    features: { shortcuts: { type: string; callback_id: string; name: string }[] };
    settings: {
      event_subscriptions: { request_url: string; bot_events: string[] };
      interactivity: { is_enabled: boolean; request_url: string };
    };
  };
  assert.deepEqual(m.oauth_config.scopes.bot, botScopes());
  assert.deepEqual(m.oauth_config.scopes.bot, [
    'app_mentions:read',
    'channels:history',
    'chat:write',
    'commands',
    'files:read',
    'files:write',
    'groups:history',
    'im:history',
    'im:write',
    'users:read',
  ]);
  assert.deepEqual(m.settings.event_subscriptions.bot_events, [
    'app_mention',
    'app_uninstalled',
    'message.channels',
    'message.groups',
    'message.im',
    'tokens_revoked',
  ]);
  assert.equal(m.settings.interactivity.is_enabled, true);
  assert.equal(m.settings.interactivity.request_url, m.settings.event_subscriptions.request_url);
  assert.deepEqual(
    m.features.shortcuts.map((s) => [s.type, s.callback_id, s.name]),
    [['message', HADAMARD_THIS_CALLBACK, 'Hadamard this']],
  );
});
