import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

export const STATE_DIR = path.resolve(process.env.ROSTER_DATA_DIR ?? ".roster");

export type PreparedDatabase = { url: string; embedded: EmbeddedServer | null };

/**
 * The database Roster will use, ready: DATABASE_URL when set (never starts the embedded server),
 * otherwise the embedded PostgreSQL under .roster/. Pending migrations are applied either way.
 */
export async function prepareDatabase(log: (line: string) => void): Promise<PreparedDatabase> {
  let embedded: EmbeddedServer | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(STATE_DIR, "postgres"),
      port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
      log,
    });
    await ensureDatabase(embedded.url("postgres"), "roster");
    url = embedded.url("roster");
  }
  const applied = await applyMigrations(url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  return { url, embedded };
}
