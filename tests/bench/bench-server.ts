import { spawn } from "node:child_process";
import { serverCommand } from "@/server/runtime/server-command";
import { waitForHealth } from "../support/child-process";
import { freePort } from "../support/free-port";

/** A production Roster server on a free port with `env` added, answering /api/health. */
export function startBenchServer(env: Record<string, string>): Promise<{ child: ReturnType<typeof spawn>; url: string }> {
  return (async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let log = "";
    const child = spawn(process.execPath, serverCommand("start"), {
      env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", BETTER_AUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d) => (log += d));
    child.stderr?.on("data", (d) => (log += d));
    await waitForHealth(url, child, () => log);
    return { child, url };
  })();
}
