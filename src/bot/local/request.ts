/**
 * The local API's view of a request: who the client is (for the rate limit), behind a reverse proxy or not, and
 * the body, read with a byte counter so an oversized one is answered 413 (not a connection reset).
 *
 * Client address. The socket's peer address, unless `TRUST_PROXY` says which proxies may speak for the client
 * through `X-Forwarded-For` (as Express's `trust proxy` does): a number of hops (`1` = one proxy in front; the
 * client is then the last address that proxy appended), or a comma-separated list of proxy addresses, CIDR ranges
 * and the names `loopback`, `linklocal`, `uniquelocal` (the header is then walked from the right while the hop is
 * a trusted proxy). Without `TRUST_PROXY` the header is ignored: anyone can write it.
 *
 * The rate limit counts per client address only (see `rateKey`). Addresses are normalised for it: an IPv4-mapped
 * IPv6 address is its IPv4 one, every loopback address (`127.0.0.0/8`, `::1`) is one client, `loopback`, and an IPv6
 * address counts by its /64 (one household or host typically holds a whole /64, so a fresh address per request
 * would otherwise be a fresh bucket).
 */
import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** How far `X-Forwarded-For` is believed: not at all, a number of hops, or while the hop is a listed proxy. */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: BlockList };

export const NO_PROXY: TrustProxy = { kind: 'none' };

const PRESETS: Readonly<Record<string, [string, number, 'ipv4' | 'ipv6'][]>> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  linklocal: [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
  uniquelocal: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
};

/**
 * Parses `TRUST_PROXY`: empty, `0` or `false` = trust no proxy; a whole number 1–10 = that many hops; else a list
 * of addresses, CIDR ranges and preset names. Throws an Error with a readable message for anything else
 * (config.ts wraps it in a ConfigError naming the variable).
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === '0' || value === 'false') return NO_PROXY;
  if (value === 'true')
    throw new Error(
      'say how many proxies are in front (e.g. 1) or which addresses they have (e.g. loopback, 10.0.0.0/8); ' +
        '"true" would believe any client that writes X-Forwarded-For',
    );
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10) throw new Error(`must be a number of proxies between 1 and 10, got ${hops}`);
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const item of value.split(',').map((s) => s.trim())) {
    if (item === '') continue;
    const preset = PRESETS[item];
    if (preset) {
      for (const [net, prefix, family] of preset) list.addSubnet(net, prefix, family);
      continue;
    }
    const [addr, prefixText, extra] = item.split('/');
    const family = isIP(addr);
    if (family === 0 || extra !== undefined)
      throw new Error(
        `"${item}" is not an address, a CIDR range or one of loopback, linklocal, uniquelocal (e.g. TRUST_PROXY=1 or TRUST_PROXY=loopback,10.0.0.0/8)`,
      );
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      list.addAddress(addr, type);
      continue;
    }
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128)))
      throw new Error(`"${item}" has a bad prefix length (0–${family === 4 ? 32 : 128})`);
    list.addSubnet(addr, prefix, type);
  }
  return { kind: 'list', list };
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; anything that is not an IP address → undefined. */
function plainAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let a = raw.trim();
  // "[::1]:1234" and "1.2.3.4:5678" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.replace(/:\d+$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1];
  return isIP(a) ? a : undefined;
}

function trusted(trust: TrustProxy, addr: string, hop: number): boolean {
  switch (trust.kind) {
    case 'none':
      return false;
    case 'hops':
      return hop < trust.hops;
    case 'list':
      return trust.list.check(addr, isIP(addr) === 4 ? 'ipv4' : 'ipv6');
  }
}

/**
 * The client's address as `TRUST_PROXY` allows it to be known: the socket's peer, then `X-Forwarded-For` from the
 * right while each hop is trusted (Express's `proxy-addr` rule). A malformed header entry stops the walk.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  let addr = plainAddress(req.socket.remoteAddress) ?? 'unknown';
  if (trust.kind === 'none') return addr;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .reverse();
  for (let hop = 0; hop < forwarded.length; hop++) {
    if (!trusted(trust, addr, hop)) break;
    const next = plainAddress(forwarded[hop]);
    if (!next) break;
    addr = next;
  }
  return addr;
}

/** One rate-limit bucket per client: every loopback address is `loopback`, IPv6 counts by its /64. */
export function normaliseAddress(addr: string): string {
  const a = plainAddress(addr);
  if (!a) return addr;
  if (isIP(a) === 4) return a.startsWith('127.') ? 'loopback' : a;
  const groups = expandIpv6(a);
  if (groups.every((g, i) => (i < 7 ? g === 0 : g === 1))) return 'loopback';
  return (
    groups
      .slice(0, 4)
      .map((g) => g.toString(16))
      .join(':') + '::/64'
  );
}

/** The eight 16-bit groups of an IPv6 address (which `isIP` has accepted). */
function expandIpv6(a: string): number[] {
  let text = a.replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [b0, b1, b2, b3] = v4.slice(1).map(Number);
    text = text.slice(0, v4.index) + `${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((g) => parseInt(g, 16));
}

/**
 * The rate-limit key of a request: the client's (normalised) address, and nothing the client declares. An id in the
 * body would be a fresh bucket (and a store row) per request for anyone who rotates it; the page's `user` only names
 * the person inside the playground (quizzes, scores), it never counts for the limit.
 */
export function rateKey(address: string): string {
  return normaliseAddress(address);
}

/** Thrown (as the promise's rejection) when a body passes its limit; the caller answers 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

/**
 * After a body passed its limit we keep reading it and throw the bytes away, so the client, still sending, gets our
 * 413 rather than a reset; past this many more bytes the connection is closed.
 */
export const DRAIN_BYTES = 64 * 1024 * 1024;

const discarding = new WeakSet<IncomingMessage>();

/**
 * Throws away what is left of a request body, holding nothing, after it was answered without being read (refused
 * before reading: over a limit, busy, rate-limited): the client, still sending, then reads our answer rather than a
 * reset. Past DRAIN_BYTES the socket is closed.
 */
export function discardBody(req: IncomingMessage): void {
  if (req.complete || req.destroyed || discarding.has(req)) return;
  discarding.add(req);
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > DRAIN_BYTES) req.socket.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}

/**
 * Reads a request body with a byte counter, `Content-Length` or chunked alike. Past `limit` it rejects with
 * BodyTooLargeError at once (the caller answers 413 while the client may still be sending) and goes on draining
 * what follows, holding nothing, up to DRAIN_BYTES; then it destroys the socket. A declared `Content-Length` over
 * the limit rejects before a byte is read.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const overflow = () => {
      over = true;
      chunks.length = 0;
      reject(new BodyTooLargeError(limit));
    };
    if (Number.isFinite(declared) && declared > limit) overflow();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (over) {
        if (size > limit + DRAIN_BYTES) req.socket.destroy();
        return;
      }
      if (size > limit) overflow();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (err) => {
      if (!over) reject(err);
    });
  });
}
