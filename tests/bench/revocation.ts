import { httpClient } from "../support/http";
import { stopChild } from "../support/child-process";
import { startBenchServer } from "./bench-server";

const ROUNDS = 20;
// Each session round signs in once: with the run's own sign-in, within the per-address limit (20 a minute).
const SESSION_ROUNDS = 15;

type Delays = { p50: number; worst: number };

/** Time from `answered` until `refused()` first holds, polled in a tight loop. */
async function until(refused: () => Promise<boolean>, what: string): Promise<number> {
  const answered = performance.now();
  for (;;) {
    if (await refused()) return performance.now() - answered;
    if (performance.now() - answered > 5000) throw new Error(`the second instance still accepted ${what} after 5 s`);
  }
}

function summary(delays: number[]): Delays {
  delays.sort((a, b) => a - b);
  return { p50: delays[Math.floor(delays.length / 2)]!, worst: delays.at(-1)! };
}

/**
 * How soon a second instance of the same database refuses what the first revoked, for an API key
 * (deleted) and for a session (signed out): the credential is used on the second (so it is cached
 * there), revoked on the first, then tried on the second in a tight loop; the figure is the time
 * from the first's answer to the second's first 401.
 */
export async function revocationBench(
  firstUrl: string,
  cookie: string,
  serverEnv: Record<string, string>,
  account: { username: string; password: string },
): Promise<{ key: Delays; session: Delays }> {
  const second = await startBenchServer({ ...serverEnv, ROSTER_EMAIL_WORKER: "off" });
  const first = httpClient(firstUrl);
  const other = httpClient(second.url);
  const keyDelays: number[] = [];
  const sessionDelays: number[] = [];
  try {
    // The second instance's notification connection is up shortly after its health check.
    await new Promise((r) => setTimeout(r, 1000));
    for (let round = 0; round < ROUNDS; round++) {
      const created = (await first.post("user.createApiKey", { name: `revocation-${round}` }, { cookie })).body as { id: string; key: string };
      const used = await other.get("user.get", {}, { apiKey: created.key });
      if (used.status !== 200) throw new Error(`a new key answered ${used.status} on the second instance`);
      const revoked = await first.post("user.deleteApiKey", { apiKeyId: created.id }, { cookie });
      if (revoked.status !== 200) throw new Error(`user.deleteApiKey answered ${revoked.status}`);
      keyDelays.push(await until(async () => (await other.get("user.get", {}, { apiKey: created.key })).status === 401, "a revoked key"));
    }
    for (let round = 0; round < SESSION_ROUNDS; round++) {
      const session = await first.signIn(account.username, account.password);
      if (session.status !== 200) throw new Error(`sign-in answered ${session.status}`);
      const used = await other.get("user.get", {}, { cookie: session.cookie });
      if (used.status !== 200) throw new Error(`a new session answered ${used.status} on the second instance`);
      const out = await fetch(`${firstUrl}/api/auth/sign-out`, { method: "POST", headers: { cookie: session.cookie, origin: firstUrl, "content-type": "application/json" }, body: "{}" });
      if (out.status !== 200) throw new Error(`sign-out answered ${out.status}`);
      sessionDelays.push(await until(async () => (await other.get("user.get", {}, { cookie: session.cookie })).status === 401, "a signed-out session"));
    }
  } finally {
    await stopChild(second.child);
  }
  return { key: summary(keyDelays), session: summary(sessionDelays) };
}
