/** What every adapter (Slack, Discord, local page) gets at start, and what it hands back to main. */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Dispatcher } from './runtime/dispatch.js';
import type { GroupService } from './groups/service.js';
import type { HttpServer } from './runtime/http.js';
import type { InflightTracker } from './runtime/inflight.js';
import type { DeliveryLedger } from './runtime/deliveries.js';

export interface AdapterContext {
  config: Config;
  dispatcher: Dispatcher;
  logger: Logger;
  /** The study-group service: adapters register a reveal publisher and attach posted quiz messages. */
  groups?: GroupService;
  /**
   * The instance's HTTP server (PORT, HOST): HTTP adapters mount their endpoints here; main listens once every
   * adapter has mounted. Without it (tests of one adapter) an adapter listens on its own.
   */
  http?: HttpServer;
  /**
   * Commands acknowledged and not yet answered, in the store: adapters `track` a command after the ack and call
   * `done` after the answer, and register how their platform reports a command lost by a dead instance.
   */
  inflight?: InflightTracker;
  /** Each platform delivery handled once: adapters claim a request's platform id before acting on it. */
  deliveries?: DeliveryLedger;
  /** The least time between two edits of a quiz question's count of answers (default 3 s; tests shorten it). */
  answerCountEditMs?: number;
}

export interface RunningAdapter {
  /** "slack (http)", "discord", "local page" … */
  name: string;
  /** Where it listens or connects, for the start-up line (never a secret). */
  where: string;
  /** Close servers and connections. main calls it after `dispatcher.drain()`. */
  stop(): Promise<void>;
}
