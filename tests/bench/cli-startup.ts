import { spawnSync } from "node:child_process";
import { SDK_DIST, ensureSdkBuild } from "../support/global-build-sdk";
import { seedMembers } from "./seed-members";

/**
 * Wall time of `roster user ls -j` as a shell runs it (Node's start included), against a server
 * whose organization has 50 users: 2 warm-up runs, then 10 timed ones.
 */
export async function cliStartup(url: string, apiKey: string, databaseUrl: string, organizationId: string, existingMembers: number) {
  ensureSdkBuild();
  await seedMembers(databaseUrl, organizationId, 50 - existingMembers, "cli");
  const env = { ...process.env, ROSTER_URL: url, ROSTER_API_KEY: apiKey };
  const times: number[] = [];
  let users = 0;
  for (let i = 0; i < 12; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [SDK_DIST.cli, "user", "ls", "-j"], { env, encoding: "utf8" });
    const elapsed = performance.now() - started;
    if (result.status !== 0) throw new Error(`roster user ls -j exited ${result.status}: ${result.stderr}`);
    users = (JSON.parse(result.stdout) as unknown[]).length;
    if (i >= 2) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const nodeOnly = spawnTimes(10);
  return { users, p50: times[Math.floor(times.length / 2)]!, best: times[0]!, worst: times.at(-1)!, nodeStart: nodeOnly };
}

/** Node's own start-up (`node -e 0`), the floor under any command's time. */
function spawnTimes(runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
