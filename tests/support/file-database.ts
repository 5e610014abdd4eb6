// Runs before each integration test file: the file gets its own database, copied from the migrated
// template, before any application module (and so the Prisma client) is loaded.
import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./test-database";

process.env.DATABASE_URL = await createTestDatabase(inject("adminUrl"), inject("template"), inject("runId"));
process.env.BETTER_AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
process.env.BETTER_AUTH_URL ??= "http://localhost:3000";
process.env.DATABASE_POOL_SIZE ??= "5";

afterAll(async () => {
  const { db, sql } = await import("@/server/db");
  await db.$disconnect();
  await sql.end();
});
