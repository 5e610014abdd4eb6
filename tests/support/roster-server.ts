import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { inject } from "vitest";
import { freePort } from "./free-port";
import { createTestDatabase } from "./test-database";

const require = createRequire(import.meta.url);

export type RosterServer = { url: string; databaseUrl: string; stop: () => Promise<void>; output: () => string };

/** Waits until GET {url}/api/health answers `status` (200 by default). */
export async function waitForHealth(url: string, child: ChildProcess, output: () => string, status = 200) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Roster exited with ${child.exitCode}:\n${output()}`);
    const res = await fetch(`${url}/api/health`).catch(() => null);
    if (res?.status === status) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Roster did not become healthy at ${url}:\n${output()}`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    child.kill("SIGTERM");
  });
}

/**
 * A real `next start` (the production build) on a free port, over a fresh database copied from the
 * migrated template, unless `databaseUrl` is given.
 */
export async function startRoster(options: { env?: Record<string, string>; databaseUrl?: string; expectStatus?: number } = {}): Promise<RosterServer> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(inject("adminUrl"), inject("template"), inject("runId")));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_URL: url,
      BETTER_AUTH_SECRET: "api-tests-secret-0123456789abcdef0123",
      DATABASE_POOL_SIZE: "5",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  await waitForHealth(url, child, () => log, options.expectStatus);
  return { url, databaseUrl, stop: () => stopChild(child), output: () => log };
}
