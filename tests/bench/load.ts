import autocannon from "autocannon";

export type LoadResult = { label: string; connections: number; rps: number; p50: number; p99: number; non2xx: number; errors: number };

/** autocannon against one URL: a short warm-up, then `seconds` of measured load. */
export async function load(label: string, url: string, connections: number, headers: Record<string, string> = {}, seconds = 8): Promise<LoadResult> {
  await autocannon({ url, connections, duration: 2, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    label,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Latency of sequential requests (one connection), in ms: p50 over `count` calls. */
export async function sequentialP50(url: string, headers: Record<string, string>, count = 200): Promise<{ p50: number; p99: number; statuses: Set<number> }> {
  const times: number[] = [];
  const statuses = new Set<number>();
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - started);
    statuses.add(res.status);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), statuses };
}
