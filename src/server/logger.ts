import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import pretty from "pino-pretty";
import { config } from "./config";

/** What one request's log line carries; procedures fill in who called and what. */
export type RequestLogFields = {
  requestId: string;
  procedure?: string;
  actorId?: string;
  organizationId?: string;
};

// The HTTP edge (src/server/runtime/serve.ts) and the app's bundle each load their own copy of this
// module; both must see the same store and logger, so they live on globalThis.
const shared = globalThis as unknown as { rosterRequestStore?: AsyncLocalStorage<RequestLogFields>; rosterLogger?: pino.Logger };

/** The fields of the request being handled, for the one log line the edge writes when it ends. */
export const requestStore = (shared.rosterRequestStore ??= new AsyncLocalStorage<RequestLogFields>());

function createLogger(): pino.Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: undefined,
    // A second guard behind the callers: these never reach a log line, wherever they are nested.
    redact: {
      paths: ["password", "*.password", "currentPassword", "*.currentPassword", "newPassword", "*.newPassword", "key", "*.key", "token", "*.token", "headers.authorization", "headers.cookie", 'headers["x-api-key"]', 'headers["x-authorization"]'],
      censor: "[redacted]",
    },
  };
  // JSON lines in production; readable lines while developing.
  return config.isProduction ? pino(options) : pino(options, pretty({ colorize: true, sync: true, singleLine: true, ignore: "pid,hostname" }));
}

export const logger = (): pino.Logger => (shared.rosterLogger ??= createLogger());

/** A logger that stamps the current request's id on every line. */
export function requestLogger(): pino.Logger {
  const fields = requestStore.getStore();
  return fields ? logger().child({ requestId: fields.requestId }) : logger();
}
