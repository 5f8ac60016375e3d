/**
 * The pino logger, made once and handed to every adapter. Nothing secret reaches its output: secret fields are
 * redacted by path, and every finished line goes through the token scrubber (log-redaction.ts), which catches token
 * shapes and the configured secrets' values wherever they are (a message, an error's text, a URL).
 */
import { pino, type Logger } from 'pino';
import { REDACTED, REDACT_PATHS, makeScrubber } from './log-redaction.js';

export interface LoggerOptions {
  /** Values to redact literally wherever they appear (main passes `secretsFromEnv(process.env)`). */
  secrets?: readonly string[];
}

export function makeLogger(level: string, destination?: NodeJS.WritableStream, options: LoggerOptions = {}): Logger {
  const scrub = makeScrubber(options.secrets);
  return pino(
    {
      level,
      base: { app: 'hadamard-bot' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: scrub },
    },
    destination as pino.DestinationStream | undefined,
  );
}
