/**
 * Configuration, read from the environment once at start-up and validated.
 * A wrong variable fails with its name; secrets are never logged (see `describeConfig`).
 */
import { existsSync } from 'node:fs';
import { parseTrustProxy, type TrustProxy } from './local/request.js';
import { StoreCipher, parseStoreKey } from '../store/cipher.js';

export interface Config {
  discord?: {
    /** Bot token: the gateway (mentions, DMs, edits), channel message edits, names. Optional with HTTP interactions. */
    token?: string;
    appId: string;
    apiUrl: string;
    guildId?: string;
    /** Ed25519 public key (hex): `POST /discord/interactions` is served, verified with it. */
    publicKey?: string;
    /** Whether to connect to the gateway (needs the token). */
    gateway: boolean;
    /** Gateway shards: `auto` (Discord's recommendation) or a count. */
    shards: 'auto' | number;
    /** Hosts attachments may be downloaded from (Discord's CDN; tests add the fake's). */
    cdnHosts: string[];
  };
  /**
   * Slack in one of two modes: one workspace with `botToken` (SLACK_BOT_TOKEN), or many workspaces with `oauth`
   * (SLACK_CLIENT_ID/SECRET, SLACK_STATE_SECRET): each workspace installs the app and gets its own token.
   */
  slack?: {
    botToken?: string;
    signingSecret: string;
    appToken?: string;
    apiUrl: string;
    /** Slack's file host: files shared with the bot are downloaded from here only (SLACK_FILES_URL). */
    filesUrl: string;
    oauth?: SlackOAuthConfig;
  };
  port: number;
  host: string;
  logLevel: string;
  rateLimit: { count: number; windowSeconds: number };
  /** Which reverse proxies may name the client in X-Forwarded-For (`TRUST_PROXY`; the local API's rate limit). */
  trustProxy?: TrustProxy;
  /**
   * Uploads (multipart forms with files) the local page reads at once (`LOCAL_MAX_UPLOADS`, default 4); one more is
   * answered 429 "busy" before a byte of it is read, which bounds the memory uploads take.
   */
  localMaxUploads?: number;
  /** How long a command acknowledged by this instance stays its own without renewal (see runtime/inflight.ts). */
  inflightLeaseSeconds: number;
  /**
   * The allocator settings this process started with (read by ./launch.ts before the process, and by the libraries
   * when they load; here only to say them in the start-up log): glibc's mmap threshold, whether the launcher started
   * this process, mimalloc's purge delay.
   */
  memory?: { mallocMmapThreshold: string | null; launched: boolean; mimallocPurgeDelay: string | null };
  /**
   * The engine pool: `workers` threads (`WORKERS`; default one per core the process may use, at most 8) and the
   * longest a command may wait for one before it is answered "busy, try again in N s" (`QUEUE_MAX_WAIT_SECONDS`).
   */
  pool?: { workers?: number; maxWaitSeconds: number };
  /**
   * Tokens at rest in the store (`STORE_ENCRYPTION_KEY`, and `STORE_ENCRYPTION_OLD_KEYS` still read); absent, they
   * are stored in plain text. Serialising it shows only key ids.
   */
  storeCipher?: StoreCipher;
}

/** Slack's OAuth (many workspaces): Bolt's install flow, installations kept in the store. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` (each state is also single-use, in the store). */
  stateSecret: string;
  /** Where Slack sends the browser back; optional when the app has one redirect URL. Ends in /slack/oauth_redirect. */
  redirectUri?: string;
  /** Slack's authorize page (derived from SLACK_API_URL: https://slack.com/oauth/v2/authorize). */
  authorizeUrl: string;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Where Slack sends the browser back after an install (Bolt's default path, on the instance's HTTP server). */
export const SLACK_OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

/** Slack's authorize page beside its Web API (`https://slack.com/api/` → `https://slack.com/oauth/v2/authorize`). */
export function slackAuthorizeUrl(apiUrl: string): string {
  return new URL('../oauth/v2/authorize', apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`).href;
}

/** Where Slack serves the files shared in it (`url_private`); tests point SLACK_FILES_URL at a fake. */
export const SLACK_FILES_URL = 'https://files.slack.com/';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

function get(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = get(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function urlVar(env: Env, name: string, fallback: string): string {
  const raw = get(env, name) ?? fallback;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new ConfigError(name, `must be an http(s) URL, got "${raw}"`);
  }
  return raw;
}

/** Both or neither: a half-configured platform is a mistake worth stopping for. */
function pair(env: Env, a: string, b: string): [string, string] | undefined {
  const va = get(env, a);
  const vb = get(env, b);
  if (va && !vb) throw new ConfigError(b, `is missing (needed because ${a} is set)`);
  if (vb && !va) throw new ConfigError(a, `is missing (needed because ${b} is set)`);
  return va && vb ? [va, vb] : undefined;
}

function trustProxyVar(env: Env): TrustProxy {
  try {
    return parseTrustProxy(get(env, 'TRUST_PROXY'));
  } catch (e) {
    throw new ConfigError('TRUST_PROXY', (e as Error).message);
  }
}

function storeKey(name: string, text: string, which = ''): Buffer {
  try {
    return parseStoreKey(text);
  } catch (e) {
    throw new ConfigError(name, `${which}${(e as Error).message}`);
  }
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/**
 * `STORE_ENCRYPTION_KEY` (the key new values are written with) and `STORE_ENCRYPTION_OLD_KEYS` (comma-separated,
 * still read): each 32 bytes as 64 hex or 44 base64 characters. Undefined when no key is set. Read by `loadConfig`
 * and by the CLI, which opens the store without the rest of the bot's configuration.
 */
export function readStoreCipher(env: Env): StoreCipher | undefined {
  const current = get(env, 'STORE_ENCRYPTION_KEY');
  const oldList = (get(env, 'STORE_ENCRYPTION_OLD_KEYS') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  if (!current) {
    if (oldList.length > 0)
      throw new ConfigError('STORE_ENCRYPTION_KEY', 'is missing (needed because STORE_ENCRYPTION_OLD_KEYS is set)');
    return undefined;
  }
  const key = storeKey('STORE_ENCRYPTION_KEY', current);
  const old = oldList.map((k, i) =>
    storeKey('STORE_ENCRYPTION_OLD_KEYS', k, `the ${ORDINALS[i] ?? `${i + 1}th`} key `),
  );
  try {
    return new StoreCipher(key, old);
  } catch (e) {
    throw new ConfigError('STORE_ENCRYPTION_OLD_KEYS', (e as Error).message);
  }
}

/**
 * In production (`NODE_ENV=production`) the bot refuses to keep tokens in plain text: `STORE_ENCRYPTION_KEY` is
 * required. Only the bot's start checks it (registering commands or the CLI store no token).
 */
export function requireStoreKeyInProduction(config: Config, env: Env): void {
  if (get(env, 'NODE_ENV') === 'production' && !config.storeCipher)
    throw new ConfigError(
      'STORE_ENCRYPTION_KEY',
      'is required when NODE_ENV=production (tokens in the store are encrypted with it); generate one with: openssl rand -hex 32',
    );
}

/**
 * Discord: the gateway with DISCORD_TOKEN (+ DISCORD_APP_ID), HTTP interactions with DISCORD_PUBLIC_KEY
 * (+ DISCORD_APP_ID), or both (then interactions arrive over HTTP, and the gateway carries mentions, DMs, edits).
 */
function readDiscord(env: Env): Config['discord'] {
  const token = get(env, 'DISCORD_TOKEN');
  const appId = get(env, 'DISCORD_APP_ID');
  const publicKey = get(env, 'DISCORD_PUBLIC_KEY');
  if (!token && !publicKey) {
    if (appId) throw new ConfigError('DISCORD_TOKEN', 'is missing (needed because DISCORD_APP_ID is set)');
    return undefined;
  }
  if (!appId)
    throw new ConfigError(
      'DISCORD_APP_ID',
      `is missing (needed because ${token ? 'DISCORD_TOKEN' : 'DISCORD_PUBLIC_KEY'} is set)`,
    );
  if (!/^\d{5,25}$/.test(appId))
    throw new ConfigError('DISCORD_APP_ID', 'must be the numeric application id (a snowflake)');
  if (publicKey && !/^[0-9a-f]{64}$/i.test(publicKey))
    throw new ConfigError('DISCORD_PUBLIC_KEY', "must be the application's public key: 64 hexadecimal characters");
  const guildId = get(env, 'DISCORD_GUILD_ID');
  if (guildId && !/^\d{5,25}$/.test(guildId)) throw new ConfigError('DISCORD_GUILD_ID', 'must be a numeric id');
  const gatewayRaw = (get(env, 'DISCORD_GATEWAY') ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(gatewayRaw))
    throw new ConfigError('DISCORD_GATEWAY', `must be on or off, got "${gatewayRaw}"`);
  if (gatewayRaw === 'on' && get(env, 'DISCORD_GATEWAY') && !token)
    throw new ConfigError('DISCORD_TOKEN', 'is missing (needed because DISCORD_GATEWAY is on)');
  const shardsRaw = (get(env, 'DISCORD_SHARDS') ?? '1').toLowerCase();
  let shards: 'auto' | number;
  if (shardsRaw === 'auto') shards = 'auto';
  else if (/^\d+$/.test(shardsRaw) && Number(shardsRaw) >= 1 && Number(shardsRaw) <= 1024) shards = Number(shardsRaw);
  else throw new ConfigError('DISCORD_SHARDS', `must be auto or a whole number from 1 to 1024, got "${shardsRaw}"`);
  const apiUrl = urlVar(env, 'DISCORD_API_URL', 'https://discord.com/api');
  const cdn = urlVar(env, 'DISCORD_CDN_URL', 'https://cdn.discordapp.com');
  const cdnHosts = [...new Set([new URL(cdn).host, ...(get(env, 'DISCORD_CDN_URL') ? [] : ['media.discordapp.net'])])];
  return {
    ...(token ? { token } : {}),
    appId,
    apiUrl,
    guildId,
    ...(publicKey ? { publicKey: publicKey.toLowerCase() } : {}),
    gateway: Boolean(token) && gatewayRaw === 'on',
    shards,
    cdnHosts,
  };
}

/** Reads and validates the configuration. Throws ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = get(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const config: Config = {
    port: intVar(env, 'PORT', 3000, 0, 65535),
    host: get(env, 'HOST') ?? '127.0.0.1',
    logLevel,
    rateLimit: {
      count: intVar(env, 'RATE_LIMIT_COUNT', 10, 1, 10000),
      windowSeconds: intVar(env, 'RATE_LIMIT_WINDOW_SECONDS', 30, 1, 86400),
    },
    trustProxy: trustProxyVar(env),
    localMaxUploads: intVar(env, 'LOCAL_MAX_UPLOADS', 4, 1, 64),
    inflightLeaseSeconds: intVar(env, 'INFLIGHT_LEASE_SECONDS', 30, 2, 600),
    memory: {
      mallocMmapThreshold: get(env, 'MALLOC_MMAP_THRESHOLD_') ?? null,
      launched: get(env, 'HADAMARD_LAUNCHED') !== undefined,
      mimallocPurgeDelay: get(env, 'MIMALLOC_PURGE_DELAY') ?? null,
    },
    pool: {
      maxWaitSeconds: intVar(env, 'QUEUE_MAX_WAIT_SECONDS', 15, 1, 600),
      ...(get(env, 'WORKERS') !== undefined ? { workers: intVar(env, 'WORKERS', 1, 1, 64) } : {}),
    },
  };
  const storeCipher = readStoreCipher(env);
  if (storeCipher) config.storeCipher = storeCipher;
  const discord = readDiscord(env);
  if (discord) config.discord = discord;
  const botToken = get(env, 'SLACK_BOT_TOKEN');
  const signingSecret = get(env, 'SLACK_SIGNING_SECRET');
  const appToken = get(env, 'SLACK_APP_TOKEN');
  const clientId = get(env, 'SLACK_CLIENT_ID');
  const clientSecret = get(env, 'SLACK_CLIENT_SECRET');
  const stateSecret = get(env, 'SLACK_STATE_SECRET');
  const redirectUri = get(env, 'SLACK_REDIRECT_URI');
  const oauthVars = { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret };
  const oauthSet = Object.entries(oauthVars).filter(([, v]) => v !== undefined);
  if (oauthSet.length > 0) {
    // Many workspaces: all three, a signing secret, and no single token.
    for (const [name, v] of Object.entries(oauthVars))
      if (v === undefined) throw new ConfigError(name, `is missing (needed because ${oauthSet[0][0]} is set)`);
    if (botToken)
      throw new ConfigError(
        'SLACK_BOT_TOKEN',
        'must be empty when SLACK_CLIENT_ID is set: one workspace uses the bot token, many use OAuth (choose one)',
      );
    if (appToken)
      throw new ConfigError('SLACK_APP_TOKEN', 'must be empty with OAuth: installs for many workspaces need HTTP mode');
    if (!signingSecret)
      throw new ConfigError('SLACK_SIGNING_SECRET', 'is missing (needed because SLACK_CLIENT_ID is set)');
    if (!/^\d+\.\d+$/.test(clientId!))
      throw new ConfigError('SLACK_CLIENT_ID', "must be the app's Client ID (digits.digits, Basic Information)");
    if (stateSecret!.length < 16)
      throw new ConfigError('SLACK_STATE_SECRET', 'must be at least 16 characters (a long random string)');
    if (redirectUri !== undefined) {
      urlVar(env, 'SLACK_REDIRECT_URI', redirectUri);
      if (!new URL(redirectUri).pathname.endsWith(SLACK_OAUTH_REDIRECT_PATH))
        throw new ConfigError('SLACK_REDIRECT_URI', `must end in ${SLACK_OAUTH_REDIRECT_PATH}`);
    }
    const apiUrl = urlVar(env, 'SLACK_API_URL', 'https://slack.com/api/');
    config.slack = {
      signingSecret: signingSecret!,
      apiUrl,
      filesUrl: urlVar(env, 'SLACK_FILES_URL', SLACK_FILES_URL),
      oauth: {
        clientId: clientId!,
        clientSecret: clientSecret!,
        stateSecret: stateSecret!,
        ...(redirectUri ? { redirectUri } : {}),
        authorizeUrl: slackAuthorizeUrl(apiUrl),
      },
    };
    return config;
  }
  if (redirectUri) throw new ConfigError('SLACK_CLIENT_ID', 'is missing (needed because SLACK_REDIRECT_URI is set)');
  const slack = pair(env, 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET');
  if (appToken && !slack)
    throw new ConfigError('SLACK_BOT_TOKEN', 'is missing (needed because SLACK_APP_TOKEN is set)');
  if (slack) {
    if (!slack[0].startsWith('xoxb-'))
      throw new ConfigError('SLACK_BOT_TOKEN', 'must be a bot token starting with xoxb-');
    if (appToken && !appToken.startsWith('xapp-'))
      throw new ConfigError('SLACK_APP_TOKEN', 'must be an app-level token starting with xapp-');
    config.slack = {
      botToken: slack[0],
      signingSecret: slack[1],
      appToken,
      apiUrl: urlVar(env, 'SLACK_API_URL', 'https://slack.com/api/'),
      filesUrl: urlVar(env, 'SLACK_FILES_URL', SLACK_FILES_URL),
    };
  }
  return config;
}

function describeTrust(t: TrustProxy | undefined): number | 'list' | false {
  if (t?.kind === 'hops') return t.hops;
  return t?.kind === 'list' ? 'list' : false;
}

/** A loggable summary: which adapters, which endpoints; never a secret. */
export function describeConfig(c: Config): Record<string, unknown> {
  return {
    discord: c.discord
      ? {
          apiUrl: c.discord.apiUrl,
          guildId: c.discord.guildId ?? null,
          gateway: c.discord.gateway ? { shards: c.discord.shards } : false,
          interactions: c.discord.publicKey ? 'http' : c.discord.gateway ? 'gateway' : false,
        }
      : false,
    slack: c.slack
      ? {
          mode: c.slack.appToken ? 'socket' : 'http',
          workspaces: c.slack.oauth ? 'many (oauth)' : 'one (bot token)',
          apiUrl: c.slack.apiUrl,
        }
      : false,
    port: c.port,
    host: c.host,
    rateLimit: c.rateLimit,
    trustProxy: describeTrust(c.trustProxy),
    localMaxUploads: c.localMaxUploads,
    pool: c.pool,
    storeEncryption: c.storeCipher ? { kid: c.storeCipher.kid, oldKids: c.storeCipher.oldKids } : false,
    ...(c.memory ? { memory: c.memory } : {}),
  };
}

/**
 * `npm start` and `npm run discord:register` read `./.env` when there is one (variables already
 * set in the environment win), so `cp .env.example .env`, fill it in, run: no shell tricks. Only
 * under those npm scripts: tests and other entry points get exactly the environment they are given.
 */
export function readDotEnv(...scripts: string[]): boolean {
  if (!scripts.includes(process.env.npm_lifecycle_event ?? '') || !existsSync('.env')) return false;
  process.loadEnvFile('.env');
  return true;
}
