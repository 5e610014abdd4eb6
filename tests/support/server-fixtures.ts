// Fixtures for HTTP tests, written straight to a running server's database (members of several
// organizations, disabled users, expired or scoped keys: states no public route creates in one call).
// The Prisma client reads DATABASE_URL when it is first imported, so the modules are loaded only
// after it points at the server's database; one server database per test file.
import { TEST_AUTH_SECRET, type RosterServer } from "./roster-server";

export async function fixturesFor(server: Pick<RosterServer, "databaseUrl">) {
  process.env.DATABASE_URL = server.databaseUrl;
  process.env.DATABASE_POOL_SIZE ??= "5";
  // The server's own secret: organizations made here carry a metrics token the server can decrypt.
  process.env.BETTER_AUTH_SECRET = TEST_AUTH_SECRET;
  const [factories, keys, { db }] = await Promise.all([import("./factories"), import("./api-keys"), import("@/server/db")]);
  return { ...factories, ...keys, db };
}

export type Fixtures = Awaited<ReturnType<typeof fixturesFor>>;
