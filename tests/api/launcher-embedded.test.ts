import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { httpClient } from "../support/http";
import { launcherSandbox } from "../support/launch";
import { stopChild } from "../support/roster-server";

// `npm start` as a newcomer runs it on a fresh machine, with no database of their own.
describe("npm start", () => {
  const sandbox = launcherSandbox();

  it("with no DATABASE_URL, runs an embedded PostgreSQL under ROSTER_DATA_DIR and creates INITIAL_ADMIN_*", async () => {
    const dataDir = sandbox.dataDir();
    const roster = await sandbox.launch({
      ROSTER_DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      INITIAL_ADMIN_USERNAME: "boot",
      INITIAL_ADMIN_PASSWORD: "boot-password",
      INITIAL_ADMIN_EMAIL: "boot@example.test",
    });
    expect(existsSync(path.join(dataDir, "postgres", "data", "PG_VERSION"))).toBe(true);
    expect(roster.log()).toContain("created the first administrator");
    const api = httpClient(roster.url);
    expect((await api.get("auth.setupStatus")).body).toEqual({ setupRequired: false });
    const session = await api.signIn("boot@example.test", "boot-password");
    expect(session.status).toBe(200);

    // Stopping Roster stops the embedded server it started; the data stays for the next start.
    await stopChild(roster.child);
    expect(existsSync(path.join(dataDir, "postgres", "data", "postmaster.pid"))).toBe(false);
    const again = await sandbox.launch({ ROSTER_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    expect((await httpClient(again.url).signIn("boot", "boot-password")).status).toBe(200);
  });
});
