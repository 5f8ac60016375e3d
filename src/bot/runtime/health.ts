/**
 * `GET /healthz` (the process answers), `GET /readyz` (the store answers and the adapters have started: 503 until
 * then, and while shutting down) and `GET /metrics` (Prometheus text). Every instance serves them on its HTTP server,
 * from the moment it listens (served early: while the adapters' routes still answer 503).
 */
import type { Store } from '../../store/types.js';
import type { HttpServer } from './http.js';
import type { Metrics } from './metrics.js';

export interface Readiness {
  /** Adapters started and not shutting down. */
  ready(): boolean;
  store?: Store;
}

export function mountHealth(http: HttpServer, readiness: Readiness, metrics?: Metrics): void {
  http.serveEarly('/healthz', '/readyz', '/metrics');
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  http.mount('/healthz', (_req, res) => json(res, 200, { ok: true }));
  http.mount('/readyz', async (_req, res) => {
    const checks: Record<string, string> = { adapters: readiness.ready() ? 'ok' : 'not ready' };
    if (readiness.store) {
      try {
        await readiness.store.ping();
        checks.store = 'ok';
      } catch (err) {
        checks.store = `unreachable: ${(err as Error).message}`;
      }
    }
    const ok = Object.values(checks).every((v) => v === 'ok');
    json(res, ok ? 200 : 503, { ok, checks });
  });
  if (metrics)
    http.mount('/metrics', async (_req, res) => {
      const text = await metrics.text();
      res.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' });
      res.end(text);
    });
}
