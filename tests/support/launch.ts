import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { freePort } from "./free-port";
import { stopChild, waitForHealth } from "./roster-server";

// `npm start` as a newcomer runs it: the launcher, not a bare `next start`.
export async function launch(env: Record<string, string>) {
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

/**
 * For a test file that starts Roster the way `npm start` does: data folders and launched servers
 * it makes are removed and stopped after the file's tests, whether they passed or not.
 */
export function launcherSandbox() {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  return {
    /** A fresh ROSTER_DATA_DIR. As root, PostgreSQL runs as `postgres`, which must be able to enter it. */
    dataDir() {
      const dir = mkdtempSync(path.join(tmpdir(), "roster-launch-"));
      chmodSync(dir, 0o755);
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    },
    async launch(env: Record<string, string>) {
      const roster = await launch(env);
      cleanups.push(() => stopChild(roster.child));
      return roster;
    },
  };
}
