import pg from "pg";
import { auditKeyFromAuthSecret } from "@/server/services/audit/audit-keys";
import { httpClient } from "../support/http";
import { seedAuditEvents } from "../support/seed-audit-events";
import { sequentialP50 } from "./load";

const EVENTS = 5_000_000;
const CHAINED = 100_000;
const TARGET_P50_MS = 25;

type Say = (line?: string) => void;
const fmt = (n: number, digits = 0) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

/**
 * The audit log at 5,000,000 events in one organization: audit.list's first page (and a deep page)
 * for each filter over HTTP with a Bearer key, p50 of sequential requests; and a full background
 * verification's throughput over a chained organization of 100,000 events.
 *
 * The 5,000,000 are seeded unchained (placeholder hashes: the list does not read the chain, and
 * sealing five million events one after another in SQL takes longer than the rest of the section);
 * the 100,000 are chained and sealed in SQL exactly as Roster seals them, so they verify.
 */
export async function auditScaleBench(url: string, databaseUrl: string, authSecret: string, say: Say) {
  const api = httpClient(url);
  await api.post("auth.setup", { username: "bench", password: "bench-password" });
  const { cookie } = await api.signIn("bench", "bench-password");
  const me = (await api.get("user.get", {}, { cookie })).body as { userId: string };
  // The events first: creating each organization's key appends an event after them.
  await organization(databaseUrl, "bench-audit-5m", me.userId);
  await organization(databaseUrl, "bench-audit-chain", me.userId);
  say(`\n== Audit log at ${EVENTS.toLocaleString("en")} events in one organization ==`);
  let started = performance.now();
  await seedAuditEvents(databaseUrl, "bench-audit-5m", EVENTS, null);
  say(`seeded ${EVENTS.toLocaleString("en")} events (unchained) by SQL in ${fmt((performance.now() - started) / 1000)} s`);
  started = performance.now();
  await seedAuditEvents(databaseUrl, "bench-audit-chain", CHAINED, auditKeyFromAuthSecret(authSecret));
  say(`seeded ${CHAINED.toLocaleString("en")} chained, sealed events by SQL in ${fmt((performance.now() - started) / 1000)} s`);
  const big = await keyFor(url, "bench-audit-5m", cookie);
  const chained = await keyFor(url, "bench-audit-chain", cookie);

  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const filters: [string, Record<string, string>][] = [
    ["no filter", {}],
    ["actor", { actor: "actor7" }],
    ["action", { action: "user.create" }],
    ["target", { target: "target42" }],
    ["time range (one day, a month ago)", { from: day(30), to: day(29) }],
    ["no filter, page at depth 2,500,000", { cursor: "2500000" }],
  ];
  const lines: string[] = [];
  for (const [name, query] of filters) {
    const qs = new URLSearchParams({ ...query, limit: "50" }).toString();
    const r = await sequentialP50(`${url}/api/audit.list?${qs}`, { authorization: `Bearer ${big.key}` }, 200);
    if (r.statuses.size !== 1 || !r.statuses.has(200)) throw new Error(`audit.list ${qs} answered ${[...r.statuses]}`);
    say(`audit.list ${name.padEnd(36)} p50 ${fmt(r.p50, 1).padStart(5)} ms  p99 ${fmt(r.p99, 1).padStart(5)} ms`);
    lines.push(`audit.list ${name} at 5,000,000 events ≤ ${TARGET_P50_MS} ms p50: ${fmt(r.p50, 1)} ms — ${verdict(r.p50 <= TARGET_P50_MS)}`);
  }

  const headers = { bearer: chained.key };
  const quick = await sequentialP50(`${url}/api/audit.verify`, { authorization: `Bearer ${chained.key}` }, 5);
  say(`audit.verify (the latest 10,000 events, while the caller waits)  p50 ${fmt(quick.p50)} ms`);
  const begun = await api.post("audit.startVerification", {}, headers);
  if (begun.status !== 200) throw new Error(`audit.startVerification answered ${begun.status}: ${JSON.stringify(begun.body)}`);
  type Verification = { status: string; checked: number; total: number; valid: boolean | null; startedAt: string; finishedAt: string };
  let verification: Verification;
  for (;;) {
    verification = (await api.get("audit.getVerification", { verificationId: begun.body.id }, headers)).body as Verification;
    if (verification.status === "done" || verification.status === "failed") break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = (Date.parse(verification.finishedAt) - Date.parse(verification.startedAt)) / 1000;
  const rate = verification.checked / seconds;
  say(
    `full verification of ${verification.total.toLocaleString("en")} events: ${verification.status}, valid ${verification.valid}, ${fmt(seconds, 1)} s, ${fmt(rate)} events/s (5,000,000 would take ${fmt(EVENTS / rate / 60, 1)} min)`,
  );
  lines.push(`audit full verification completes in the background, chain valid: ${verification.status}, ${verification.valid} — ${verdict(verification.status === "done" && verification.valid === true)}`);
  return { lines, eventsPerSecond: rate };
}

async function organization(databaseUrl: string, id: string, ownerId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO organization (id, name, slug) VALUES ($1, $1, $1)`, [id]);
    await client.query(`INSERT INTO member (id, "organizationId", "userId", role) VALUES ($1, $2, $3, 'owner')`, [`${id}-owner`, id, ownerId]);
  } finally {
    await client.end();
  }
}

async function keyFor(url: string, id: string, cookie: string) {
  const res = await httpClient(url).post("user.createApiKey", { name: id, metadata: { organizationId: id } }, { cookie });
  if (res.status !== 200) throw new Error(`user.createApiKey answered ${res.status}`);
  return { id, key: res.body.key as string };
}
