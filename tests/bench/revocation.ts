import { httpClient } from "../support/http";
import { stopChild } from "../support/child-process";
import { startBenchServer } from "./bench-server";

const ROUNDS = 20;

/**
 * How soon a second instance of the same database refuses a key revoked on the first: the key is
 * used on the second (so it is cached there), revoked on the first, then tried on the second in a
 * tight loop; the figure is the time from the first's answer to the second's first 401.
 */
export async function revocationBench(firstUrl: string, cookie: string, serverEnv: Record<string, string>) {
  const second = await startBenchServer({ ...serverEnv, ROSTER_EMAIL_WORKER: "off" });
  const first = httpClient(firstUrl);
  const other = httpClient(second.url);
  const delays: number[] = [];
  try {
    // The second instance's notification connection is up shortly after its health check.
    await new Promise((r) => setTimeout(r, 1000));
    for (let round = 0; round < ROUNDS; round++) {
      const created = (await first.post("user.createApiKey", { name: `revocation-${round}` }, { cookie })).body as { id: string; key: string };
      const used = await other.get("user.get", {}, { apiKey: created.key });
      if (used.status !== 200) throw new Error(`a new key answered ${used.status} on the second instance`);
      const revoked = await first.post("user.deleteApiKey", { apiKeyId: created.id }, { cookie });
      if (revoked.status !== 200) throw new Error(`user.deleteApiKey answered ${revoked.status}`);
      const answered = performance.now();
      for (;;) {
        if ((await other.get("user.get", {}, { apiKey: created.key })).status === 401) break;
        if (performance.now() - answered > 5000) throw new Error("the second instance still accepted a revoked key after 5 s");
      }
      delays.push(performance.now() - answered);
    }
  } finally {
    await stopChild(second.child);
  }
  delays.sort((a, b) => a - b);
  return { p50: delays[Math.floor(ROUNDS / 2)]!, worst: delays.at(-1)! };
}
