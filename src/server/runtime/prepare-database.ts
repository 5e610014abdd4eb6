import path from "node:path";
import { config } from "@/server/config";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

export type PreparedDatabase = { url: string; embedded: EmbeddedServer | null };

/**
 * The database Roster will use, ready: DATABASE_URL when set (never starts the embedded server),
 * otherwise the embedded PostgreSQL under .roster/. Pending migrations are applied either way.
 */
export async function prepareDatabase(log: (line: string) => void): Promise<PreparedDatabase> {
  let embedded: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.stateDir, "postgres"),
      port: config.embeddedPostgresPort,
      log,
    });
    await ensureDatabase(embedded.url("postgres"), "roster");
    url = embedded.url("roster");
  }
  const applied = await applyMigrations(url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  return { url, embedded };
}
