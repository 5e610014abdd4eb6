import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { config } from "./config";

// The launcher (src/server/runtime/start.ts) always sets DATABASE_URL: the embedded server's, or the
// one the operator gave. Nothing connects until the first query, so `next build` needs no database.

// Prisma stores DateTime as UTC in `timestamp` columns; read them back as UTC whatever the
// process's time zone (node-postgres would read them as local time). Prisma's own queries set
// their own parsers, so this only concerns raw queries on `sql`.
const UTC_TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === UTC_TIMESTAMP ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

function createClients() {
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: config.databasePoolSize,
    types,
  });
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

const globalForDb = globalThis as unknown as { rosterDb?: ReturnType<typeof createClients> };
const clients = globalForDb.rosterDb ?? createClients();
// Keep one pool across hot reloads in development.
if (!config.isProduction) globalForDb.rosterDb = clients;

export const db = clients.prisma;

/**
 * The same connection pool, for the few statements on every request's path (API-key lookup,
 * user.get): node-postgres directly costs about half the CPU of a Prisma query (measured
 * with `npm run bench`). Everything else goes through Prisma.
 */
export const sql = clients.pool;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
