import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/server/runtime/migrate";
import { launcherSandbox } from "../support/launch";
import { createEmptyDatabase, withClient } from "../support/test-database";

// `npm start` with DATABASE_URL (CI runs this file against a PostgreSQL server as well);
// launcher-embedded.test.ts covers the embedded default.
describe("npm start with DATABASE_URL", () => {
  const sandbox = launcherSandbox();

  it("with DATABASE_URL, migrates that server's empty database and never starts the embedded one", async () => {
    const dataDir = sandbox.dataDir();
    const databaseUrl = await createEmptyDatabase(inject("adminUrl"), inject("runId"));
    const roster = await sandbox.launch({ DATABASE_URL: databaseUrl, ROSTER_DATA_DIR: dataDir });
    expect(existsSync(path.join(dataDir, "postgres"))).toBe(false);
    expect(roster.log()).toContain("applied migrations");
    const tables = await withClient(databaseUrl, (c) => c.query("SELECT count(*)::int AS n FROM _prisma_migrations"));
    expect(tables.rows[0].n).toBeGreaterThan(0);
    const home = await fetch(`${roster.url}/`, { redirect: "manual" });
    expect(home.headers.get("location")).toMatch(/\/setup$/);
  });

  it("gives an organization that has no metrics token one at start-up", async () => {
    const dataDir = sandbox.dataDir();
    const databaseUrl = await createEmptyDatabase(inject("adminUrl"), inject("runId"));
    // An organization from before tokens were made with the organization.
    await applyMigrations(databaseUrl);
    await withClient(databaseUrl, (c) => c.query("INSERT INTO organization (id, name, slug) VALUES ('old-org', 'Old', 'old')"));
    const roster = await sandbox.launch({ DATABASE_URL: databaseUrl, ROSTER_DATA_DIR: dataDir });
    expect(roster.log()).toContain("created a metrics token for 1 organization(s)");
    const { rows } = await withClient(databaseUrl, (c) => c.query(`SELECT "metricsTokenEncrypted", "metricsTokenHash" FROM organization WHERE id = 'old-org'`));
    expect(rows[0].metricsTokenEncrypted).toBeTruthy();
    expect(rows[0].metricsTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
