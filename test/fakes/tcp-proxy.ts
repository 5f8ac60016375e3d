// A TCP proxy for fault tests, put between the bot and Postgres (never touching the shared server itself). Modes:
// - `pass`: bytes flow both ways as they come;
// - `stall`: nothing flows, in either direction, on old or new connections; what was sent waits in the proxy and
//   flows when the mode changes (as a database process that is stopped, a stalled disk or a failover behaves);
// - `slow`: every chunk waits `slowMs` before it is forwarded, each way (2 s per round trip with slowMs = 1000);
// - `cut`: every open connection is reset, and new ones are closed as soon as they open (a restart, a lost host).
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'pass' | 'stall' | 'slow' | 'cut';

interface Pipe {
  client: net.Socket;
  upstream: net.Socket;
  /** Chunks waiting to be forwarded, per direction, in order. */
  queues: { up: Buffer[]; down: Buffer[] };
  busy: { up: boolean; down: boolean };
}

export class TcpFaultProxy {
  private mode: ProxyMode = 'pass';
  private readonly pipes = new Set<Pipe>();
  /** Connections accepted since start (for tests that want to see reconnects). */
  connections = 0;

  private constructor(
    private readonly server: net.Server,
    private readonly target: { host: string; port: number },
    readonly slowMs: number,
  ) {}

  static async start(
    target: { host: string; port: number },
    options: { slowMs?: number } = {},
  ): Promise<TcpFaultProxy> {
    const box: { proxy?: TcpFaultProxy } = {};
    const server = net.createServer((socket) => box.proxy!.accept(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    box.proxy = new TcpFaultProxy(server, target, options.slowMs ?? 1000);
    return box.proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get current(): ProxyMode {
    return this.mode;
  }

  /** Switches mode; `cut` resets every open connection now; leaving `stall` lets what waited flow. */
  set(mode: ProxyMode): void {
    this.mode = mode;
    if (mode === 'cut')
      for (const p of [...this.pipes]) {
        p.client.resetAndDestroy();
        p.upstream.destroy();
        this.pipes.delete(p);
      }
    else
      for (const p of this.pipes) {
        this.pump(p, 'up');
        this.pump(p, 'down');
      }
  }

  private accept(client: net.Socket): void {
    this.connections++;
    if (this.mode === 'cut') {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    const pipe: Pipe = { client, upstream, queues: { up: [], down: [] }, busy: { up: false, down: false } };
    this.pipes.add(pipe);
    const close = () => {
      this.pipes.delete(pipe);
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (b: Buffer) => {
      pipe.queues.up.push(b);
      this.pump(pipe, 'up');
    });
    upstream.on('data', (b: Buffer) => {
      pipe.queues.down.push(b);
      this.pump(pipe, 'down');
    });
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  }

  /** Forwards what waits in one direction, as the mode allows. */
  private pump(p: Pipe, dir: 'up' | 'down'): void {
    if (p.busy[dir] || this.mode === 'stall' || this.mode === 'cut') return;
    const chunk = p.queues[dir].shift();
    if (!chunk) return;
    const to = dir === 'up' ? p.upstream : p.client;
    if (this.mode === 'pass') {
      to.write(chunk);
      this.pump(p, dir);
      return;
    }
    p.busy[dir] = true;
    setTimeout(() => {
      p.busy[dir] = false;
      if (this.mode === 'stall' || this.mode === 'cut') {
        p.queues[dir].unshift(chunk);
        return;
      }
      if (!to.destroyed) to.write(chunk);
      this.pump(p, dir);
    }, this.slowMs).unref();
  }

  async close(): Promise<void> {
    for (const p of this.pipes) {
      p.client.destroy();
      p.upstream.destroy();
    }
    this.pipes.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
