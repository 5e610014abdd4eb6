// Bursts of parallel writes into one organization over HTTP, as a busy organization's scripts send
// them, and what a burst may answer: each call its own success or meaningful 4xx, never a 5xx, never
// a hang; and one audit event per real change.
import { expect } from "vitest";
import pg from "pg";
import { jsonOrText, type RawResult } from "./http";

/** Parallel calls in one burst (the bar every mutation must clear). */
export const BURST = 20;

/** However long the queue of one organization's writers, each call is answered within this. */
const ANSWER_WITHIN_MS = 45_000;

export type Call = { method: string; path: string; body?: unknown; headers?: Record<string, string> };

/** Fires every call at once; a call that gets no answer in time fails the test with its path. */
export async function burst(baseUrl: string, calls: Call[]): Promise<RawResult[]> {
  return Promise.all(
    calls.map(async (call) => {
      const headers: Record<string, string> = { ...call.headers };
      if (call.body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(`${baseUrl}/api${call.path}`, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      }).catch((error: Error) => {
        throw new Error(`${call.method} ${call.path}: no answer within ${ANSWER_WITHIN_MS} ms (${error.message})`);
      });
      const text = await res.text();
      return { status: res.status, body: jsonOrText(text), headers: res.headers, text };
    }),
  );
}

/** n copies of one call. */
export const identical = (call: Call, n = BURST): Call[] => Array.from({ length: n }, () => call);

/** n calls, the i-th made by `make(i)`. */
export const distinct = (make: (i: number) => Call, n = BURST): Call[] => Array.from({ length: n }, (_, i) => make(i));

/** Status → how many calls got it, e.g. { 200: 1, 409: 19 }. */
export const statusCounts = (results: RawResult[]) =>
  results.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

/**
 * Every call succeeded (`ok` of them: all by default) and the rest got one of `refusals`, each a
 * JSON error with a message.
 */
export function expectOutcome(results: RawResult[], { ok = results.length, refusals = [] as number[] } = {}) {
  const counts = statusCounts(results);
  const okCount = results.filter((r) => r.status >= 200 && r.status < 300).length;
  const refused = results.filter((r) => r.status >= 300).map((r) => `${r.status} ${r.text.slice(0, 200)}`);
  expect(okCount, `statuses ${JSON.stringify(counts)}; ${refused.slice(0, 3).join(" | ")}`).toBe(ok);
  for (const r of results.filter((x) => x.status >= 300)) {
    expect(refusals, `unexpected ${r.status}: ${r.text.slice(0, 300)}`).toContain(r.status);
    const body = r.body as { message?: unknown; error?: { message?: unknown } };
    expect(typeof (body?.message ?? body?.error?.message), r.text).toBe("string");
  }
}

/** Audit events of an organization, counted by action, from the server's database. */
export function auditCounter(databaseUrl: string, organizationId: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  return {
    /** The highest sequence number now (the point to count from). */
    async mark(): Promise<number> {
      const { rows } = await pool.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM audit_event WHERE "organizationId" = $1', [organizationId]);
      return rows[0]?.seq ?? 0;
    },
    /** Events since `mark`, by action. */
    async since(mark: number): Promise<Record<string, number>> {
      const { rows } = await pool.query<{ action: string; n: number }>(
        'SELECT action, count(*)::int AS n FROM audit_event WHERE "organizationId" = $1 AND seq > $2 GROUP BY action',
        [organizationId, mark],
      );
      return Object.fromEntries(rows.map((r) => [r.action, r.n]));
    },
    close: () => pool.end(),
  };
}
