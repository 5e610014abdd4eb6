import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/server/runtime/migrate";
import { freePort } from "../support/free-port";
import { httpClient } from "../support/http";
import { stopChild, waitForHealth } from "../support/roster-server";
import { createEmptyDatabase, withClient } from "../support/test-database";

// `npm start` as a newcomer runs it: the launcher, not a bare `next start`.
async function launch(env: Record<string, string>) {
  const port = await freePort();
  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/runtime/start.ts", "start"], {
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const url = `http://localhost:${port}`;
  await waitForHealth(url, child, () => log);
  return { url, child, log: () => log };
}

describe("npm start", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("with no DATABASE_URL, runs an embedded PostgreSQL under ROSTER_DATA_DIR and creates INITIAL_ADMIN_*", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "roster-launch-"));
    // As root, PostgreSQL runs as `postgres`, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const roster = await launch({
      ROSTER_DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      INITIAL_ADMIN_USERNAME: "boot",
      INITIAL_ADMIN_PASSWORD: "boot-password",
      INITIAL_ADMIN_EMAIL: "boot@example.test",
    });
    cleanups.push(() => stopChild(roster.child));
    expect(existsSync(path.join(dataDir, "postgres", "data", "PG_VERSION"))).toBe(true);
    expect(roster.log()).toContain("created the first administrator");
    const api = httpClient(roster.url);
    expect((await api.get("auth.setupStatus")).body).toEqual({ setupRequired: false });
    const session = await api.signIn("boot@example.test", "boot-password");
    expect(session.status).toBe(200);

    // Stopping Roster stops the embedded server it started; the data stays for the next start.
    await stopChild(roster.child);
    expect(existsSync(path.join(dataDir, "postgres", "data", "postmaster.pid"))).toBe(false);
    const again = await launch({ ROSTER_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    cleanups.push(() => stopChild(again.child));
    expect((await httpClient(again.url).signIn("boot", "boot-password")).status).toBe(200);
  });

  it("with DATABASE_URL, migrates that server's empty database and never starts the embedded one", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "roster-launch-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const databaseUrl = await createEmptyDatabase(inject("adminUrl"), inject("runId"));
    const roster = await launch({ DATABASE_URL: databaseUrl, ROSTER_DATA_DIR: dataDir });
    cleanups.push(() => stopChild(roster.child));
    expect(existsSync(path.join(dataDir, "postgres"))).toBe(false);
    expect(roster.log()).toContain("applied migrations");
    const tables = await withClient(databaseUrl, (c) => c.query("SELECT count(*)::int AS n FROM _prisma_migrations"));
    expect(tables.rows[0].n).toBeGreaterThan(0);
    const home = await fetch(`${roster.url}/`, { redirect: "manual" });
    expect(home.headers.get("location")).toMatch(/\/setup$/);
  });

  it("gives an organization that has no metrics token one at start-up", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "roster-launch-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const databaseUrl = await createEmptyDatabase(inject("adminUrl"), inject("runId"));
    // An organization from before tokens were made with the organization.
    await applyMigrations(databaseUrl);
    await withClient(databaseUrl, (c) => c.query("INSERT INTO organization (id, name, slug) VALUES ('old-org', 'Old', 'old')"));
    const roster = await launch({ DATABASE_URL: databaseUrl, ROSTER_DATA_DIR: dataDir });
    cleanups.push(() => stopChild(roster.child));
    expect(roster.log()).toContain("created a metrics token for 1 organization(s)");
    const { rows } = await withClient(databaseUrl, (c) => c.query(`SELECT "metricsTokenEncrypted", "metricsTokenHash" FROM organization WHERE id = 'old-org'`));
    expect(rows[0].metricsTokenEncrypted).toBeTruthy();
    expect(rows[0].metricsTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
