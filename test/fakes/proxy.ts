// A small round-robin HTTP load balancer for the multi-instance tests, behaving like nginx's defaults: each request
// goes to the next upstream; an upstream that refuses the connection is skipped (the request was never sent, so
// trying the next is safe); a request already sent to an upstream that then dies gets 502 (a POST is not retried:
// it may have been acted on). Bodies are passed through byte for byte, so Slack's and Discord's signatures still
// verify behind it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyStats {
  /** Requests answered by each upstream (by index). */
  served: number[];
  /** Upstreams skipped because they refused the connection. */
  skipped: number;
  /** Requests that got 502 because their upstream failed after receiving them. */
  failed: number;
}

export class RoundRobinProxy {
  readonly stats: ProxyStats;
  private next = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly upstreams: URL[],
  ) {
    this.stats = { served: upstreams.map(() => 0), skipped: 0, failed: 0 };
  }

  static async start(upstreams: string[]): Promise<RoundRobinProxy> {
    const targets = upstreams.map((u) => new URL(u));
    const box: { proxy?: RoundRobinProxy } = {};
    const server = http.createServer((req, res) => box.proxy!.forward(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    box.proxy = new RoundRobinProxy(server, `http://127.0.0.1:${port}`, targets);
    return box.proxy;
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const first = this.next++ % this.upstreams.length;
      const attempt = (tries: number) => {
        const index = (first + tries) % this.upstreams.length;
        const target = this.upstreams[index];
        let sent = false;
        const up = http.request(
          {
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: target.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
            agent: false,
          },
          (upRes) => {
            this.stats.served[index]++;
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            upRes.pipe(res);
            upRes.on('error', () => res.destroy());
          },
        );
        up.on('socket', (s) => s.on('connect', () => (sent = true)));
        up.on('error', (err: NodeJS.ErrnoException) => {
          if (!sent && err.code === 'ECONNREFUSED' && tries + 1 < this.upstreams.length) {
            this.stats.skipped++;
            attempt(tries + 1);
            return;
          }
          this.stats.failed++;
          if (!res.headersSent) {
            res.writeHead(502, { 'content-type': 'text/plain' });
            res.end('bad gateway');
          } else res.destroy();
        });
        up.end(body);
      };
      attempt(0);
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
