// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the committed migrations to prisma/schema.prisma.
// `npm run db:migration -- --check`: writes nothing; exits 1 and prints that SQL when the schema and
// the migrations disagree, 0 when they agree (for CI and the tests).
// `npm run db:migration -- --empty <name>`: a migration folder with no statements, for SQL that the
// schema cannot express (a data change, a CHECK constraint), written by hand.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "./schema-engine";
import { pendingMigrationSql } from "./pending-migration";

const USAGE = "usage: npm run db:migration -- <name> | --check | --empty <name>";

async function main([first = "", second = ""]: string[]): Promise<number> {
  if (first === "--check") return check();
  const empty = first === "--empty";
  const name = (empty ? second : first).toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name || (!empty && first.startsWith("-"))) {
    console.error(USAGE);
    return 2;
  }
  const sql = await pendingMigrationSql();
  if (empty) {
    if (sql) return disagree(sql, "Write the schema's migration first (npm run db:migration -- <name>), then the empty one.");
    return write(name, "-- Written by hand: SQL that prisma/schema.prisma cannot express.\n");
  }
  if (!sql) {
    console.log("The schema matches the migrations: nothing to write.");
    return 0;
  }
  return write(name, sql);
}

async function check(): Promise<number> {
  const sql = await pendingMigrationSql();
  if (sql) return disagree(sql, "Create it with: npm run db:migration -- <name>");
  console.log("The schema matches the migrations.");
  return 0;
}

function disagree(sql: string, advice: string): number {
  console.error(`prisma/schema.prisma and prisma/migrations disagree. The missing migration:\n\n${sql.trim()}\n\n${advice}`);
  return 1;
}

async function write(name: string, sql: string): Promise<number> {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
