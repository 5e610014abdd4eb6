import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/server/runtime/migrate";
import { readMigrationsList } from "@/server/runtime/schema-engine";
import { createEmptyDatabase, withClient } from "../support/test-database";

const require = createRequire(import.meta.url);

describe("migrations", () => {
  it("apply every migration to an empty database, record them as prisma migrate deploy does, and are idempotent", async () => {
    const url = await createEmptyDatabase(inject("adminUrl"), inject("runId"));
    const { migrationDirectories } = await readMigrationsList();
    const expected = migrationDirectories.map((m) => m.path);

    expect(await applyMigrations(url)).toEqual(expected);
    expect(await applyMigrations(url)).toEqual([]);

    const recorded = await withClient(url, (c) =>
      c.query<{ migration_name: string; finished_at: Date | null }>(
        "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
      ),
    );
    expect(recorded.rows.map((r) => r.migration_name)).toEqual(expected);
    expect(recorded.rows.every((r) => r.finished_at)).toBe(true);
    const tables = await withClient(url, (c) =>
      c.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"),
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(["user", "session", "account", "organization", "member", "apikey", "installation"]),
    );
  });

  it("let two instances start at once: each migration is applied exactly once", async () => {
    const url = await createEmptyDatabase(inject("adminUrl"), inject("runId"));
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    const { migrationDirectories } = await readMigrationsList();
    expect([...a, ...b].sort()).toEqual(migrationDirectories.map((m) => m.path).sort());
  });

  it("match prisma/schema.prisma: the migration check finds nothing missing", async () => {
    // Fails when someone changes the schema and forgets to create its migration.
    const { stdout } = await migrationCheck(process.cwd());
    expect(stdout).toContain("The schema matches the migrations.");
  }, 90_000);

  it("the migration check exits 1 and prints the missing SQL when the schema changed, and writes no migration", async () => {
    const copy = mkdtempSync(path.join(tmpdir(), "roster-migration-check-"));
    try {
      cpSync("prisma", path.join(copy, "prisma"), { recursive: true });
      appendFileSync(path.join(copy, "prisma/schema.prisma"), "\nmodel CheckProbe {\n  id String @id\n}\n");
      const before = readdirSync(path.join(copy, "prisma/migrations"));
      const failure = await migrationCheck(copy).then(() => null, (error: { code: number; stderr: string }) => error);
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain('CREATE TABLE "CheckProbe"');
      expect(readdirSync(path.join(copy, "prisma/migrations"))).toEqual(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 90_000);
});

/** `npm run db:migration -- --check`, run in `cwd` (whose prisma/ folder it reads). */
function migrationCheck(cwd: string) {
  const script = path.resolve("src/server/runtime/create-migration.ts");
  return promisify(execFile)(process.execPath, ["--import", require.resolve("tsx"), script, "--check"], { cwd, timeout: 80_000 });
}
