import autocannon from "autocannon";
import { hashPassword } from "better-auth/crypto";

export type WriteResult = { rps: number; p50: number; p99: number; non2xx: number; errors: number; timeouts: number; requests: number };

/**
 * `seconds` of POSTs to one procedure at `connections`, every request with its own body
 * (`body(n)` with a counter across the whole run, so no two creates collide).
 */
export async function loadWrites(url: string, connections: number, headers: Record<string, string>, body: (n: number) => unknown, seconds = 5): Promise<WriteResult> {
  let counter = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(body(counter++)) }) }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    requests: result.requests.total,
  };
}

/** What one password hash costs in this Node process (the server hashes the same way), in ms. */
export async function passwordHashMs(samples = 20): Promise<number> {
  await hashPassword("warm-up-password");
  const started = performance.now();
  for (let i = 0; i < samples; i++) await hashPassword(`bench-password-${i}`);
  return (performance.now() - started) / samples;
}
