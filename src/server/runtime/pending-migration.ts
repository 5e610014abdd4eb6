import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { NO_FILTERS, readMigrationsList, withSchemaEngine } from "./schema-engine";

/**
 * The SQL that takes the committed migrations to prisma/schema.prisma, or "" when they agree.
 * The diff runs against an in-memory PGlite shadow database, so no PostgreSQL server and no
 * download is needed. Reads the two, writes nothing.
 */
export async function pendingMigrationSql(): Promise<string> {
  const migrationsList = await readMigrationsList();
  // The shadow database needs every extension the migrations create.
  const shadow = new PGlite({ extensions: { pg_trgm } });
  const adapter = new PrismaPGlite(shadow);
  // The adapter's own shadow database is a bare PGlite without extensions; the diff needs only the
  // shadow, so it gets ours.
  adapter.connectToShadowDb = () => adapter.connect();
  try {
    const rawSql = await withSchemaEngine(adapter, async (engine, schemaText) => {
      const from = migrationsList.migrationDirectories.length
        ? { tag: "migrations" as const, ...migrationsList }
        : { tag: "empty" as const };
      const result = await engine.diff({
        from,
        to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaText }] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      return result.stdout ?? "";
    });
    const sql = withoutRecreatedExtensions(rawSql, migrationsList.migrationDirectories.map((m) => m.migrationFile.content.value));
    return !sql.trim() || /^-- This is an empty migration/.test(sql.trim()) ? "" : sql;
  } finally {
    await shadow.close();
  }
}

/**
 * The engine does not see extensions inside PGlite, so every diff proposes to create them again.
 * Drop those statements when an earlier migration already creates the extension.
 */
function withoutRecreatedExtensions(sql: string, earlier: string[]): string {
  return sql.replace(/-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS "([^"]+)";\n*/g, (statement, name: string) =>
    earlier.some((m) => m.includes(`CREATE EXTENSION IF NOT EXISTS "${name}"`)) ? "" : statement,
  );
}
