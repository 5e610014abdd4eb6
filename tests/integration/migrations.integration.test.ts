import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/server/runtime/migrate";
import { readMigrationsList } from "@/server/runtime/schema-engine";
import { createEmptyDatabase, withClient } from "../support/test-database";

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

  it("match prisma/schema.prisma: `npm run db:migration` finds nothing to write", async () => {
    // Fails when someone changes the schema and forgets to create its migration.
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/server/runtime/create-migration.ts", "check"], {
      timeout: 60_000,
    });
    expect(stdout).toContain("nothing to write");
  });
});
