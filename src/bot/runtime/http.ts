/**
 * Each instance's one HTTP server (PORT, HOST): adapters mount their endpoints on it (Slack's `/slack/*` through Bolt's
 * request listener, Discord's `/discord/interactions`, the local page at `/`), and the runtime mounts `/healthz`,
 * `/readyz` and `/metrics`. One port per instance is what a load balancer in front of many instances expects.
 *
 * What it answers itself: 404 for a path nothing is mounted at; with `routing: false`, 503 with `Retry-After` for
 * every path but the early ones (`serveEarly`: health, readiness, metrics) until `startRouting()` (main.ts listens
 * first, then the adapters mount their routes: a request in between must hear "try again", not "not found"); 500
 * with an error id when a handler throws. That error is logged as its id, the path and a short message, never the
 * error object (a library's error may carry the whole request, headers and cookies included).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

interface Route {
  path: string;
  /** `prefix`: the path and everything under it (`/slack/` → `/slack/events`, `/slack/install`). */
  prefix: boolean;
  handler: Handler;
}

/** How long a client is asked to wait (seconds) when it comes before the routes are mounted. */
export const NOT_READY_RETRY_AFTER_SECONDS = 1;

export interface HttpServerOptions {
  /**
   * false: answer 503 (with `Retry-After`) on every path but the `serveEarly` ones until `startRouting()`. Default
   * true (routing at once), for tests and adapters that make their own server.
   */
  routing?: boolean;
}

export class HttpServer {
  readonly server: Server;
  private readonly routes: Route[] = [];
  private address: string | undefined;
  private routing: boolean;
  /** Exact paths served before `startRouting()` (health, readiness, metrics). */
  private readonly early = new Set<string>();

  constructor(
    private readonly logger: Logger,
    options: HttpServerOptions = {},
  ) {
    this.routing = options.routing ?? true;
    this.server = createServer((req, res) => this.dispatch(req, res));
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 30_000;
  }

  /** Mounts `handler` at an exact path, or (prefix) at a path and below. The longest match wins. */
  mount(path: string, handler: Handler, options: { prefix?: boolean } = {}): void {
    if (this.routes.some((r) => r.path === path && r.prefix === Boolean(options.prefix)))
      throw new Error(`http: ${path} is mounted twice`);
    this.routes.push({ path, prefix: Boolean(options.prefix), handler });
    this.routes.sort((a, b) => b.path.length - a.path.length || Number(a.prefix) - Number(b.prefix));
  }

  /** These exact paths are served before `startRouting()` too (whenever they are mounted). */
  serveEarly(...paths: string[]): void {
    for (const p of paths) this.early.add(p);
  }

  /** Every route is served from now on (main.ts calls it once every adapter has mounted its routes). */
  startRouting(): void {
    this.routing = true;
  }

  /** Whether every route is served (false: only the early ones; the others get 503). */
  get isRouting(): boolean {
    return this.routing;
  }

  /** The base URL once listening (`http://127.0.0.1:3000`). */
  get url(): string | undefined {
    return this.address;
  }

  async listen(port: number, host: string): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException) => {
        if (err.code === 'EADDRINUSE')
          reject(new Error(`port ${port} on ${host} is already in use; set PORT to another port`));
        else if (err.code === 'EADDRNOTAVAIL') reject(new Error(`HOST ${host} is not an address of this machine`));
        else reject(err);
      };
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        resolve();
      });
    });
    const addr = this.server.address() as AddressInfo;
    const h = host.includes(':') ? `[${host}]` : host;
    this.address = `http://${h}:${addr.port}`;
    return this.address;
  }

  close(): Promise<void> {
    if (!this.server.listening) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
      this.server.closeIdleConnections();
    });
  }

  private dispatch(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    const route = this.routes.find((r) =>
      r.prefix
        ? path === r.path.replace(/\/$/, '') ||
          path.startsWith(r.path.endsWith('/') ? r.path : `${r.path}/`) ||
          (r.path === '/' && path.startsWith('/'))
        : path === r.path,
    );
    if (!this.routing && !this.early.has(path)) {
      req.resume();
      res.writeHead(503, {
        'Content-Type': 'application/json; charset=utf-8',
        'Retry-After': String(NOT_READY_RETRY_AFTER_SECONDS),
      });
      res.end(
        JSON.stringify({ ok: false, error: { code: 'starting', message: 'starting up; try again in a moment' } }),
      );
      return;
    }
    if (!route) {
      req.resume();
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ ok: false, error: { code: 'not_found', message: `nothing at ${path}` } }));
      return;
    }
    Promise.resolve()
      .then(() => route.handler(req, res))
      .catch((err: unknown) => {
        // Never the error object: a library's error may hold the request (headers, cookies) or a response.
        const errorId = randomUUID();
        this.logger.error(
          { errorId, method: req.method, path: path.slice(0, 200), error: shortError(err) },
          'http handler failed',
        );
        if (res.headersSent) {
          res.end();
          return;
        }
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({
            ok: false,
            error: { code: 'internal', message: `internal error (id ${errorId})`, errorId },
          }),
        );
      });
  }
}

/** An error as one short line: its name, code and the start of its message, nothing it refers to. */
export function shortError(err: unknown): string {
  if (!(err instanceof Error)) return typeof err === 'string' ? err.slice(0, 200) : typeof err;
  const code = (err as { code?: unknown }).code;
  return `${err.name}${typeof code === 'string' ? ` (${code})` : ''}: ${err.message.slice(0, 200)}`;
}
