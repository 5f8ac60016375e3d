/**
 * What never reaches the log: the pino `redact` paths (secret fields by name: headers, tokens, secrets) and a string
 * scrubber run over every finished log line (pino's `hooks.streamWrite`), which replaces each token *shape* with
 * `[redacted]` wherever it appears: inside a message, an error's text, a URL, a JSON string that a library logged.
 * Paths alone cannot catch those: Bolt logs strings, and an error may carry a request or a URL with a token in it.
 *
 * The scrubber is one regular expression (one pass over each line), made of:
 * - the configured secrets' values (signing, client and state secrets, the store key, bot and app tokens, the
 *   database password), literally;
 * - Slack tokens (`xoxb-…`, `xoxp-…`, `xoxe.xoxb-…`, `xapp-…`), `Bearer …` / `Bot …` credentials;
 * - Discord bot tokens (three base64url parts joined by dots, the first decoding to a snowflake) and interaction
 *   tokens (base64 of `interaction:<id>:…`, so they begin `aW50ZXJhY3Rpb24`);
 * - URLs that are credentials: Slack `response_url`s (`https://hooks.slack.com/…`, and any path with `/commands/`,
 *   `/actions/` or `/app/` then a token segment, as the fake Slack makes them), Discord webhook and interaction
 *   callback paths (`/webhooks/<appId>/<token>`, `/interactions/<id>/<token>`), a password in a URL
 *   (`postgres://user:…@host`);
 * - JSON keys that name a secret (`"authorization": "…"`, `"client_secret": "…"`, `"…token": "…"`), at any depth,
 *   escaped or not, and form fields (`client_secret=…`, `token=…`, `code=…`).
 */

export const REDACTED = '[redacted]';

/** Header names whose values are credentials (lower case, as Node gives them). */
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-slack-signature', 'x-signature-ed25519'];

/** Field names whose values are secrets wherever they sit (one level down too: `*.token`). */
const SECRET_FIELDS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'client_secret',
  'response_url',
  'responseUrl',
];

function pathOf(parent: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}["${key}"]`;
}

/** pino's `redact.paths`: the fields above and the secret headers, as fields, under `headers` and `req.headers`. */
export const REDACT_PATHS: string[] = [
  ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]),
  ...SECRET_HEADERS.flatMap((h) => {
    const top = /^[A-Za-z_$][\w$]*$/.test(h) ? [h, `*.${h}`] : [`["${h}"]`, `*["${h}"]`];
    return [
      ...top,
      ...['headers', '*.headers', 'req.headers', 'request.headers', 'res.headers', 'err.headers'].map((p) =>
        pathOf(p, h),
      ),
    ];
  }),
];

/**
 * The values of the secrets in the environment: what the scrubber replaces literally, whatever their shape. Values
 * shorter than 8 characters are left out (they would redact ordinary words and are no secret anyway).
 */
export function secretsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const names = [
    'SLACK_BOT_TOKEN',
    'SLACK_APP_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_CLIENT_SECRET',
    'SLACK_STATE_SECRET',
    'DISCORD_TOKEN',
    'STORE_ENCRYPTION_KEY',
  ];
  const values = names.map((n) => env[n]?.trim() ?? '');
  const db = env.DATABASE_URL?.trim();
  if (db) {
    try {
      values.push(decodeURIComponent(new URL(db).password));
    } catch {
      // Not a URL: the config check says so; its text is no secret shape we could pick out.
    }
  }
  return values.filter((v) => v.length >= 8);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A snowflake's decimal digits, base64url-encoded: what a Discord bot token's first part is. */
function isSnowflakePart(part: string): boolean {
  return /^\d{15,21}$/.test(Buffer.from(part, 'base64url').toString('latin1'));
}

/** Token characters (base64, base64url, hex, Slack's dashes and dots). */
const T = '[A-Za-z0-9._~+/=-]';
/** Characters of a URL up to where a JSON string or a sentence would end it. */
const U = `[^\\s"'\\\\<>]`;

/** Each shape: its source, and what replaces a match (groups are named per shape, so one pass tells them apart). */
const SHAPES: { name: string; source: string; replace: (match: string, keep?: string) => string }[] = [
  // A JSON key naming a secret, escaped (inside a string a library logged) or not: the value goes.
  {
    name: 'jsonKey',
    source:
      '(?<jsonKey>\\\\?"(?:[Aa]uthorization|[Cc]ookie|[Ss]et-[Cc]ookie|[Xx]-[Ss]lack-[Ss]ignature|[Xx]-[Ss]ignature-[Ee]d25519|[A-Za-z_]*[Tt]oken|[A-Za-z_]*[Ss]ecret|[Pp]assword|response_url)\\\\?"\\s*:\\s*\\\\?")[^"\\\\]+',
    replace: (_m, keep) => `${keep}${REDACTED}`,
  },
  // Form fields (an OAuth exchange's body, a query string).
  {
    name: 'formKey',
    source: `(?<formKey>(?<![\\w-])(?:client_secret|token|refresh_token|code)=)[^&\\s"'\\\\]+`,
    replace: (_m, keep) => `${keep}${REDACTED}`,
  },
  // Credentials in a URL: scheme://user:password@host.
  {
    name: 'urlPassword',
    source: `(?<urlPassword>\\b[a-z][a-z0-9+.-]*://[^\\s:/@"'\\\\]*:)[^\\s@/"'\\\\]+@`,
    replace: (_m, keep) => `${keep}${REDACTED}@`,
  },
  {
    name: 'authScheme',
    source: `(?<authScheme>\\b(?:Bearer|Bot|Basic)\\s+)(?=${T}*[0-9._~+/=-])${T}{16,}`,
    replace: (_m, keep) => `${keep}${REDACTED}`,
  },
  {
    name: 'slackToken',
    source: '(?<slackToken>(?<![\\w-])(?:xox[abposre](?:\\.xox[abposr])?|xapp)-[A-Za-z0-9-]{6,})',
    replace: () => REDACTED,
  },
  { name: 'interaction', source: `(?<interaction>aW50ZXJhY3Rpb24[A-Za-z0-9_+/=-]{8,})`, replace: () => REDACTED },
  {
    name: 'discordToken',
    source: '(?<discordToken>(?<![\\w-])[MNO][A-Za-z0-9_-]{19,30}\\.[A-Za-z0-9_-]{4,10}\\.[A-Za-z0-9_-]{20,})',
    replace: (m) => (isSnowflakePart(m.slice(0, m.indexOf('.'))) ? REDACTED : m),
  },
  {
    name: 'slackHook',
    source: `(?<slackHook>https?://hooks\\.slack\\.com/)${U}+`,
    replace: (_m, keep) => `${keep}${REDACTED}`,
  },
  {
    name: 'responseUrl',
    source: `(?<responseUrl>https?://[^\\s"'\\\\/<>]+(?:/[^\\s"'\\\\/<>]+)*?/(?:commands|actions|app)/)${U}+`,
    replace: (_m, keep) => `${keep}${REDACTED}`,
  },
  {
    name: 'discordPath',
    source: '(?<discordPath>/(?:webhooks|interactions)/\\d{5,25}/)[A-Za-z0-9_.+%=-]+',
    replace: (_m, keep) => `${keep}${REDACTED}`,
  },
];

/**
 * A function that replaces every secret and token shape in a string with `[redacted]`, in one regular-expression
 * pass. `secrets` are literal values (from `secretsFromEnv`), matched before the shapes.
 */
export function makeScrubber(secrets: readonly string[] = []): (line: string) => string {
  const literals = [...new Set(secrets.filter((s) => s.length >= 8))]
    // The longest first, so a secret that contains another goes whole; JSON-escaped forms too.
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1)])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const parts = [...(literals.length ? [`(?<literal>${[...new Set(literals)].join('|')})`] : [])];
  for (const s of SHAPES) parts.push(s.source);
  const re = new RegExp(parts.join('|'), 'g');
  return (line: string) =>
    line.replace(re, (match: string, ...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      if (groups.literal !== undefined) return REDACTED;
      for (const s of SHAPES) {
        const keep = groups[s.name];
        if (keep !== undefined) return s.replace(match, keep);
      }
      return match;
    });
}
