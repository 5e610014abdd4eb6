import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { NO_FILTERS, readMigrationsList, withSchemaEngine } from "./schema-engine";

// Any constant works; it only has to be the same for every Roster instance on one database.
const MIGRATION_LOCK_KEY = 7_265_706_173;

/**
 * Applies every migration under prisma/migrations that the database has not seen yet.
 * Several instances may start at once: a session-level advisory lock makes them take turns.
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      const migrationsList = await readMigrationsList();
      const result = await withSchemaEngine(new PrismaPg(pool), (engine) =>
        engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
      ) as { appliedMigrationNames: string[] };
      return result.appliedMigrationNames;
    } finally {
      await pool.end();
    }
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await lock.end();
  }
}
