// Connection-level failures: the database is down, restarting, unreachable or out of connections.
// A request that meets one gets 503 with Retry-After rather than a 500.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE", "EAI_AGAIN"]);
// PostgreSQL's class 08 (connection exception) and 57P0x (shutdown, crash, cannot connect now).
const POSTGRES_CODE = /^(08\d{3}|57P0[1-4]|53300)$/;
// Prisma's codes for an unreachable database, a closed connection and a pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Prisma's driver-adapter error kinds for the same.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionStartTimeout"]);
const MESSAGE = /Connection terminated|connect ECONNREFUSED|Can't reach database server|timeout exceeded when trying to connect|Client has encountered a connection error/i;

type Shaped = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth += 1) {
    const { code, kind, originalCode, message, cause, meta } = current as Shaped;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || POSTGRES_CODE.test(code) || PRISMA_CODES.has(code))) return true;
    if (typeof originalCode === "string" && (NETWORK_CODES.has(originalCode) || POSTGRES_CODE.test(originalCode))) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && MESSAGE.test(message)) return true;
    // Prisma keeps the driver's error under meta.driverAdapterError; others under cause.
    current = cause ?? meta?.driverAdapterError;
  }
  return false;
}
