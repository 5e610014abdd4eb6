import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// The launcher (src/server/runtime/start.ts) always sets DATABASE_URL: the embedded server's, or the
// one the operator gave. Nothing connects until the first query, so `next build` needs no database.
function createClient() {
  const adapter = new PrismaPg({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { rosterDb?: PrismaClient };

export const db = globalForDb.rosterDb ?? createClient();
// Keep one client across hot reloads in development.
if (process.env.NODE_ENV !== "production") globalForDb.rosterDb = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
