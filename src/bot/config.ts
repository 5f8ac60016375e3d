/**
 * Configuration, read from the environment once at start-up and validated.
 * A wrong variable fails with its name; secrets are never logged (see `describeConfig`).
 */
import { existsSync } from 'node:fs';
import { parseTrustProxy, type TrustProxy } from './local/request.js';

export interface Config {
  discord?: { token: string; appId: string; apiUrl: string; guildId?: string };
  slack?: { botToken: string; signingSecret: string; appToken?: string; apiUrl: string };
  port: number;
  host: string;
  logLevel: string;
  rateLimit: { count: number; windowSeconds: number };
  /** Which reverse proxies may name the client in X-Forwarded-For (`TRUST_PROXY`; the local API's rate limit). */
  trustProxy?: TrustProxy;
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
  };
  const discord = pair(env, 'DISCORD_TOKEN', 'DISCORD_APP_ID');
  if (discord) {
    if (!/^\d{5,25}$/.test(discord[1]))
      throw new ConfigError('DISCORD_APP_ID', 'must be the numeric application id (a snowflake)');
    const guildId = get(env, 'DISCORD_GUILD_ID');
    if (guildId && !/^\d{5,25}$/.test(guildId)) throw new ConfigError('DISCORD_GUILD_ID', 'must be a numeric id');
    config.discord = {
      token: discord[0],
      appId: discord[1],
      apiUrl: urlVar(env, 'DISCORD_API_URL', 'https://discord.com/api'),
      guildId,
    };
  }
  const slack = pair(env, 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET');
  const appToken = get(env, 'SLACK_APP_TOKEN');
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
    discord: c.discord ? { apiUrl: c.discord.apiUrl, guildId: c.discord.guildId ?? null } : false,
    slack: c.slack ? { mode: c.slack.appToken ? 'socket' : 'http', apiUrl: c.slack.apiUrl } : false,
    port: c.port,
    host: c.host,
    rateLimit: c.rateLimit,
    trustProxy: describeTrust(c.trustProxy),
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
