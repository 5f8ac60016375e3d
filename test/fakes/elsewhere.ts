// A server standing in for "another host" (loopback, a cloud metadata address, anyone's server): it answers every
// request with a small valid CSV, so a download that reached it would be answered, and records each request it
// receives (method, path, headers) so a test can say that nothing, and no token, ever came here.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export class ElsewhereServer {
  /** Every request received, in order. */
  readonly requests: ReceivedRequest[] = [];
  private readonly server: Server = createServer((req, res) => {
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/csv' }).end('1,2\n3,4\n');
  });

  private constructor() {}

  static async start(): Promise<ElsewhereServer> {
    const s = new ElsewhereServer();
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    return s;
  }

  /** `http://127.0.0.1:<port>` followed by `path`. */
  url(path = '/'): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
