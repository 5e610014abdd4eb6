import { Agent, request } from "node:http";
import { gunzipSync } from "node:zlib";
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

type Latency = { p50: number; p99: number; statuses: Set<number> };

/** Latency of sequential requests (one connection), in ms: p50 over `count` calls. */
export async function sequentialP50(url: string, headers: Record<string, string>, count = 200): Promise<Latency> {
  const [result] = await alternatingP50([{ url, headers }], count);
  return result!;
}

/**
 * Latency of sequential requests to several targets taken in turns of `block` requests each, in ms,
 * p50 over `count` measured calls each: figures to compare with each other, since whatever else the
 * machine is doing meanwhile weighs on every target alike. Each turn opens with a request that is
 * not measured: it would pay for what the previous target's requests left behind (the server's
 * garbage collection, say), which would flatter the heavier target's ratio.
 */
export async function alternatingP50(targets: { url: string; headers: Record<string, string> }[], count: number, block = count): Promise<Latency[]> {
  const times = targets.map((): number[] => []);
  const statuses = targets.map(() => new Set<number>());
  for (let done = 0; done < count; done += block) {
    for (const [t, { url, headers }] of targets.entries()) {
      for (let i = done - 1; i < Math.min(count, done + block); i++) {
        const started = performance.now();
        statuses[t]!.add(await get(url, headers));
        if (i >= done) times[t]!.push(performance.now() - started);
      }
    }
  }
  return times.map((list, t) => {
    list.sort((a, b) => a - b);
    const at = (q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))]!;
    return { p50: at(0.5), p99: at(0.99), statuses: statuses[t]! };
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One GET as curl --compressed or a browser sends it (gzip accepted unless `headers` say otherwise),
 * the answer read whole and uncompressed; its status. Node's own fetch uncompresses through an
 * asynchronous zlib stream, which costs it about a millisecond per answer, as much as the server's
 * whole work for a small one: the figures here are the server's and the wire's, not that client's.
 */
function get(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent, headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        if (res.headers["content-encoding"] === "gzip") gunzipSync(body);
        resolve(res.statusCode!);
      });
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}
