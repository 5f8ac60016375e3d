// The log scrubber (src/bot/log-redaction.ts), shape by shape: each token shape is replaced by [redacted] wherever it
// sits in a line, the configured secrets' values too (plain and JSON-escaped), ordinary text is left alone, and the
// logger applies it to every line (and the redact paths to the secret fields and headers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { REDACTED, makeScrubber, secretsFromEnv } from '../../src/bot/log-redaction.js';
import { makeLogger } from '../../src/bot/logger.js';

const b64url = (s: string) => Buffer.from(s).toString('base64url');
/** A Discord bot token as Discord makes them: base64(user id) . timestamp . HMAC. */
const DISCORD_BOT_TOKEN = `${b64url('112233445566778899')}.GhIjKl.${'aB3_dE6-gH9'.repeat(3)}xyzQ`;
/** An interaction token: base64 of "interaction:<id>:<random>". */
const INTERACTION_TOKEN = Buffer.from(`interaction:1234567890123456789:${'r4nd0m'.repeat(12)}`).toString('base64');

const scrub = makeScrubber(['signing-secret-0f1e2d3c4b5a', 'state"secret\\with-quotes', 'short']);

/** Each shape, in the text around it: what the line becomes. */
const CASES: [string, string, string][] = [
  ['Slack bot token', 'auth with xoxb-1111-2222-abcDEF123 failed', `auth with ${REDACTED} failed`],
  ['Slack user token', 'token=xoxp-1-2-3-abc', `token=${REDACTED}`],
  ['Slack tokens a/o/s/r', 'xoxa-2-abcdef xoxo-abcdef1 xoxs-abcdef1 xoxr-abcdef1', Array(4).fill(REDACTED).join(' ')],
  ['rotating token', '"xoxe.xoxb-1-MS0yLTEyMzQ1"', `"${REDACTED}"`],
  ['refresh token', 'got xoxe-1-My0xLTI3NjA', `got ${REDACTED}`],
  ['app token', '(xapp-1-A0FAKEAPP-3333-fakeapptoken)', `(${REDACTED})`],
  ['Bearer', 'Authorization: Bearer abcdefghijklmnop1234 sent', `Authorization: Bearer ${REDACTED} sent`],
  ['Bot', `header Bot ${DISCORD_BOT_TOKEN}`, `header Bot ${REDACTED}`],
  ['Discord bot token alone', `login ${DISCORD_BOT_TOKEN}.`, `login ${REDACTED}.`],
  ['interaction token', `token ${INTERACTION_TOKEN} expired`, `token ${REDACTED} expired`],
  ['fake interaction token', 'aW50ZXJhY3Rpb24Qx7_fh2Kd9aLm3nB0pQr', REDACTED],
  [
    'Slack response_url',
    'POST https://hooks.slack.com/commands/T0001/1234/abcdEFGH failed',
    `POST https://hooks.slack.com/${REDACTED} failed`,
  ],
  [
    'Slack response_url (actions)',
    '"https://hooks.slack.com/actions/T0001/1234/abcdEFGH"',
    `"https://hooks.slack.com/${REDACTED}"`,
  ],
  [
    "the fake's response_url",
    'to http://127.0.0.1:43817/commands/T0FAKETEAM/1700000000000000001/0123abcd4567ef',
    `to http://127.0.0.1:43817/commands/${REDACTED}`,
  ],
  [
    "the fake's button response_url",
    'http://127.0.0.1:43817/actions/T0FAKETEAM/17000/0123abcd',
    `http://127.0.0.1:43817/actions/${REDACTED}`,
  ],
  [
    'Discord webhook',
    'PATCH /api/v10/webhooks/112233445566778899/some.token-value_x/messages/@original',
    `PATCH /api/v10/webhooks/112233445566778899/${REDACTED}/messages/@original`,
  ],
  [
    'Discord interaction callback',
    '/interactions/1234567890123456789/tok-en_value/callback',
    `/interactions/1234567890123456789/${REDACTED}/callback`,
  ],
  [
    'database password',
    'postgres://postgres:hunter2pass@127.0.0.1:5432/test',
    `postgres://postgres:${REDACTED}@127.0.0.1:5432/test`,
  ],
  ['a configured secret', 'signature with signing-secret-0f1e2d3c4b5a', `signature with ${REDACTED}`],
  ['a configured secret, JSON-escaped', '{"v":"state\\"secret\\\\with-quotes"}', `{"v":"${REDACTED}"}`],
  ['JSON key authorization', '{"Authorization":"Basic dXNlcjpwYXNz"}', `{"Authorization":"${REDACTED}"}`],
  ['JSON key cookie', '{"cookie":"sid=abc123"}', `{"cookie":"${REDACTED}"}`],
  ['JSON key set-cookie', '{"set-cookie":"sid=abc123"}', `{"set-cookie":"${REDACTED}"}`],
  ['JSON key x-slack-signature', '{"x-slack-signature":"v0=abc"}', `{"x-slack-signature":"${REDACTED}"}`],
  ['JSON key x-signature-ed25519', '{"x-signature-ed25519":"ab12"}', `{"x-signature-ed25519":"${REDACTED}"}`],
  ['JSON key client_secret', '{"client_secret" : "s3cr3t"}', `{"client_secret" : "${REDACTED}"}`],
  [
    'JSON key *token',
    '{"access_token":"abc","refresh_token":"def"}',
    `{"access_token":"${REDACTED}","refresh_token":"${REDACTED}"}`,
  ],
  ['JSON key response_url', '{"response_url":"anything"}', `{"response_url":"${REDACTED}"}`],
  [
    'escaped JSON in a message',
    '"msg":"{\\"token\\":\\"gIkuvaNzQIHg97AT\\"}"',
    `"msg":"{\\"token\\":\\"${REDACTED}\\"}"`,
  ],
  [
    'form fields',
    'code=abc.def&client_id=1.2&client_secret=zzz',
    `code=${REDACTED}&client_id=1.2&client_secret=${REDACTED}`,
  ],
];

for (const [name, input, expected] of CASES)
  test(`scrubber: ${name}`, () => {
    assert.equal(scrub(input), expected);
  });

test('scrubber: ordinary text, ids, paths and URLs are left alone', () => {
  const plain = [
    'Bot started; the Bearer of news; xoxo, hugs',
    'adapter started {"where":"http://127.0.0.1:3000/slack/events","adapter":"slack (http)"}',
    '/healthz /readyz /metrics /discord/interactions /slack/oauth_redirect?state=abc',
    'user 112233445566778899 in guild 998877665544332211, message 1234567890123456789',
    '"tokens":{"bot":["U1"]} "tokenType":"bot" "hasToken":true',
    'quiz entry easy seed:3; [[2,3],[4,1]] ∘ [[5,6],[7,8]]',
    'MaBcDeFgHiJkLmNoPqRsTuVw.abcdef.ghijklmnopqrstuvwxyz0123456789 is not a token of a snowflake',
    'short is too short to be a secret',
  ];
  for (const line of plain) assert.equal(scrub(line), line);
});

test('secretsFromEnv: the secret variables and the database password, nothing short or empty', () => {
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-abc-123',
    SLACK_SIGNING_SECRET: 'sign-0123456789',
    SLACK_CLIENT_SECRET: '',
    SLACK_STATE_SECRET: 'tiny',
    STORE_ENCRYPTION_KEY: ' key-material-0123456789 ',
    DISCORD_TOKEN: DISCORD_BOT_TOKEN,
    DATABASE_URL: 'postgres://app:p%40ss-w0rd-long@db.example.com/hb',
    SLACK_API_URL: 'http://127.0.0.1:1234/api/',
  };
  assert.deepEqual(
    secretsFromEnv(env).sort(),
    ['key-material-0123456789', 'p@ss-w0rd-long', 'sign-0123456789', 'xoxb-abc-123', DISCORD_BOT_TOKEN].sort(),
  );
  assert.deepEqual(secretsFromEnv({ DATABASE_URL: 'postgres://app@db/hb' }), []);
  assert.deepEqual(secretsFromEnv({ DATABASE_URL: 'not a url' }), []);
});

test('the logger scrubs every line and redacts secret fields and headers by path; lines stay JSON', () => {
  let raw = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      raw += String(chunk);
      cb();
    },
  });
  const logger = makeLogger('debug', sink, { secrets: ['planted-signing-secret-42'] });
  const child = logger.child({ adapter: 'slack' });
  // Values that are not strings (the scrubber sees only strings): what redacts them is the path.
  const v = { not: 'a string' };
  child.debug(
    {
      req: { headers: { authorization: v, cookie: v, 'set-cookie': [v], 'x-slack-signature': 1 } },
      headers: { 'x-signature-ed25519': v },
      cookie: v,
      token: v,
      nested: { token: 1, response_url: v, botToken: v },
      err: new Error(`call to /webhooks/112233445566778899/${INTERACTION_TOKEN}/messages/@original failed`),
    },
    'Bolt said: planted-signing-secret-42 with xoxb-9-9-plantedtoken',
  );
  const line = JSON.parse(raw.trim()) as {
    req: { headers: unknown };
    headers: Record<string, unknown>;
    cookie: unknown;
    token: unknown;
    nested: unknown;
    msg: string;
    err: { message: string };
  };
  assert.deepEqual(line.req.headers, {
    authorization: REDACTED,
    cookie: REDACTED,
    'set-cookie': REDACTED,
    'x-slack-signature': REDACTED,
  });
  assert.equal(line.headers['x-signature-ed25519'], REDACTED);
  assert.equal(line.cookie, REDACTED);
  assert.equal(line.token, REDACTED);
  assert.deepEqual(line.nested, { token: REDACTED, response_url: REDACTED, botToken: REDACTED });
  assert.equal(line.msg, `Bolt said: ${REDACTED} with ${REDACTED}`);
  assert.ok(!raw.includes(INTERACTION_TOKEN.slice(0, 40)));
  assert.match(line.err.message, /\/webhooks\/112233445566778899\/\[redacted\]\/messages/);
});

test('the scrubber is one pass: a 2 KB line of ordinary JSON is scrubbed 2,000 times (time printed, not asserted)', () => {
  const line = JSON.stringify({
    level: 30,
    adapter: 'slack',
    msg: 'command answered',
    text: 'product [[1,2],[3,4]] [[5,6],[7,8]] '.repeat(50),
    where: 'http://127.0.0.1:3000/slack/events',
  });
  const started = process.hrtime.bigint();
  for (let i = 0; i < 2000; i++) assert.equal(scrub(line), line);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`# scrubber: ${(ms / 2000).toFixed(3)} ms per ${line.length}-character line`);
});
