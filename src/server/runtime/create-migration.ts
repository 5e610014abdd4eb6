// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the committed migrations to prisma/schema.prisma. The diff runs against an
// in-memory PGlite shadow database, so no PostgreSQL server and no download is needed.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, NO_FILTERS, readMigrationsList, withSchemaEngine } from "./schema-engine";

async function main() {
  const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) {
    console.error("usage: npm run db:migration -- <name>");
    process.exit(2);
  }
  const migrationsList = await readMigrationsList();
  // The shadow database needs every extension the migrations create.
  const shadow = new PGlite({ extensions: { pg_trgm } });
  const adapter = new PrismaPGlite(shadow);
  // The adapter's own shadow database is a bare PGlite without extensions; the diff needs only the
  // shadow, so it gets ours.
  adapter.connectToShadowDb = () => adapter.connect();
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
  await shadow.close();
  const sql = withoutRecreatedExtensions(rawSql, migrationsList.migrationDirectories.map((m) => m.migrationFile.content.value));
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("The schema matches the migrations: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
