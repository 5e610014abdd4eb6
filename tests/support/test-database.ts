import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The same server as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A name that changes whenever a migration does, so a stale template is never reused. */
export function templateName(): string {
  const dir = path.resolve("prisma/migrations");
  const hash = createHash("sha256");
  for (const entry of readdirSync(dir).sort()) {
    if (entry.endsWith(".toml")) continue;
    hash.update(entry).update(readFileSync(path.join(dir, entry, "migration.sql")));
  }
  return `roster_template_${hash.digest("hex").slice(0, 12)}`;
}

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the migrated template (~75 ms), named for this test run. */
export async function createTestDatabase(adminUrl: string, template: string, runId: string): Promise<string> {
  const name = `roster_t_${runId}_${randomBytes(4).toString("hex")}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`));
  return withDatabase(adminUrl, name);
}

/** An empty database (no tables), for tests of the migrations themselves. */
export async function createEmptyDatabase(adminUrl: string, runId: string): Promise<string> {
  const name = `roster_t_${runId}_${randomBytes(4).toString("hex")}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${ident(name)}`));
  return withDatabase(adminUrl, name);
}

export async function dropTestDatabases(adminUrl: string, runId: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `roster_t_${runId}_%`,
    ]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${ident(datname)} WITH (FORCE)`);
  });
}
