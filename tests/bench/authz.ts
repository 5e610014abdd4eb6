import { load, type LoadResult } from "./load";

type Target = { label: string; url: string; headers: Record<string, string> };

const ROUNDS = 3;
const CONNECTIONS = 32;

/**
 * authz.check against the bare route at 32 connections, in interleaved rounds (the machine is
 * shared: a burst of other work must hit both routes alike). The figure is the best authz.check
 * round over the best bare round, as the full run compares routes; every round's own ratio is shown.
 */
export async function authzBench(bare: Target, authz: Target, say: (line: string) => void) {
  const rounds: { a: LoadResult; d: LoadResult }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const a = await load(bare.label, bare.url, CONNECTIONS, bare.headers, 5);
    const d = await load(authz.label, authz.url, CONNECTIONS, authz.headers, 5);
    if (d.non2xx) throw new Error(`authz.check answered ${d.non2xx} non-2xx responses`);
    rounds.push({ a, d });
    say(`round ${round + 1}: bare ${a.rps.toFixed(0)} req/s, authz.check ${d.rps.toFixed(0)} req/s (p50 ${d.p50} ms, p99 ${d.p99} ms), ratio ${(d.rps / a.rps).toFixed(2)}`);
  }
  const best = (pick: (r: { a: LoadResult; d: LoadResult }) => LoadResult) => Math.max(...rounds.map((r) => pick(r).rps));
  const ratio = best((r) => r.d) / best((r) => r.a);
  const worstRound = Math.min(...rounds.map((r) => r.d.rps / r.a.rps));
  say(`authz.check ≥ 60 % of (a) at 32 conn: ${(ratio * 100).toFixed(0)} % (worst round ${(worstRound * 100).toFixed(0)} %) — ${ratio >= 0.6 ? "met" : "NOT met"}`);
  return { ratio, worstRound };
}
