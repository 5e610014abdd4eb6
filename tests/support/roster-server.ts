import { spawn } from "node:child_process";
import { inject } from "vitest";
import { stopChild, waitForHealth } from "./child-process";
import { freePort } from "./free-port";
import { createTestDatabase } from "./test-database";
import { serverCommand } from "@/server/runtime/server-command";

/** The secret every test server signs and encrypts with; fixtures written for a server use it too. */
export const TEST_AUTH_SECRET = "api-tests-secret-0123456789abcdef0123";

export type RosterServer = { url: string; databaseUrl: string; stop: () => Promise<void>; kill: () => Promise<void>; output: () => string };

/**
 * Roster's real HTTP server over the production build on a free port, over a fresh database copied from the
 * migrated template, unless `databaseUrl` is given.
 */
export async function startRoster(options: { env?: Record<string, string>; databaseUrl?: string; expectStatus?: number } = {}): Promise<RosterServer> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(inject("adminUrl"), inject("template"), inject("runId")));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(process.execPath, serverCommand("start"), {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_URL: url,
      BETTER_AUTH_SECRET: TEST_AUTH_SECRET,
      DATABASE_POOL_SIZE: "5",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  await waitForHealth(url, child, () => log, options.expectStatus);
  // SIGKILL: the process dies at once, as in a crash, with no chance to finish anything.
  const kill = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGKILL"))));
  return { url, databaseUrl, stop: () => stopChild(child), kill, output: () => log };
}

export { stopChild, waitForHealth };
