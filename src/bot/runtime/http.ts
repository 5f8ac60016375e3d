/**
 * Each instance's one HTTP server (PORT, HOST): adapters mount their endpoints on it (Slack's `/slack/*` through Bolt's
 * request listener, Discord's `/discord/interactions`, the local page at `/`), and the runtime mounts `/healthz`,
 * `/readyz` and `/metrics`. One port per instance is what a load balancer in front of many instances expects.
 */
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

export class HttpServer {
  readonly server: Server;
  private readonly routes: Route[] = [];
  private address: string | undefined;

  constructor(private readonly logger: Logger) {
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
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ ok: false, error: { code: 'not_found', message: `nothing at ${path}` } }));
      return;
    }
    Promise.resolve()
      .then(() => route.handler(req, res))
      .catch((err: unknown) => {
        this.logger.error({ err, path }, 'http handler failed');
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ ok: false, error: { code: 'internal', message: 'internal error' } }));
      });
  }
}
