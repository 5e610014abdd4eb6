import { httpClient } from "../support/http";
import { sequentialP50 } from "./load";
import { seedMembers } from "./seed-members";
import { withClient } from "../support/test-database";

const MEMBERS = 100_000;
const LISTED = 100_000;
const DEEP = 50_000;
const TARGET_MS = 25;

export const BENCH_GROUP = "bench-big";

type Figure = { label: string; p50: number; p99: number };

/**
 * Lists that grow without bound, one page each over HTTP with a Bearer key: group.get's first page
 * and a page 50,000 members deep in a group of 100,000, and the first page of sessions, API keys and
 * invitations at 100,000 each. Everything is loaded by SQL into an organization of its own (the
 * point is reads at this size); `say` prints as it goes, and target lines come back.
 */
export async function groupMembersBench(url: string, databaseUrl: string, ownerId: string, cookie: string, say: (line: string) => void) {
  const organizationId = "bench-groups-org";
  const started = performance.now();
  await withClient(databaseUrl, async (c) => {
    await c.query(`INSERT INTO organization (id, name, slug) VALUES ($1, 'Bench groups', $1)`, [organizationId]);
    await c.query(`INSERT INTO member (id, "organizationId", "userId", role) VALUES ($1 || '-owner', $1, $2, 'owner')`, [organizationId, ownerId]);
  });
  await seedMembers(databaseUrl, organizationId, MEMBERS, "g100");
  await withClient(databaseUrl, async (c) => {
    const group = await c.query<{ id: string }>(
      `INSERT INTO "group" (id, "organizationId", name, gid, "updatedAt") VALUES (gen_random_uuid(), $1, $2, 5000, now()) RETURNING id`,
      [organizationId, BENCH_GROUP],
    );
    // Joined one after another, as a group that grew over time.
    await c.query(
      `INSERT INTO group_member ("groupId", "memberId", "createdAt")
       SELECT $1, m.id, m."createdAt" FROM member m WHERE m."organizationId" = $2 AND m.role = 'member'`,
      [group.rows[0]!.id, organizationId],
    );
    await c.query(
      `INSERT INTO session (id, "expiresAt", token, "createdAt", "updatedAt", "userId")
       SELECT 'bench-s' || i, now() + interval '7 days', 'bench-token-' || i, now() - make_interval(secs => i), now(), $1
       FROM generate_series(1, $2::int) AS i`,
      [ownerId, LISTED],
    );
    await c.query(
      `INSERT INTO apikey (id, name, start, "referenceId", "organizationId", prefix, key, "createdAt", "updatedAt")
       SELECT 'bench-k' || i, 'key ' || i, 'rst_bench', $1, $2, 'rst', 'bench-hash-' || i, now() - make_interval(secs => i), now()
       FROM generate_series(1, $3::int) AS i`,
      [ownerId, organizationId, LISTED],
    );
    await c.query(
      `INSERT INTO invitation (id, "organizationId", email, role, status, "expiresAt", "createdAt", "updatedAt", "inviterId")
       SELECT 'bench-i' || i, $1, 'invitee' || i || '@bench.test', 'member', CASE WHEN i % 3 = 0 THEN 'accepted' ELSE 'pending' END,
              now() + interval '2 days', now() - make_interval(secs => i), now(), $2
       FROM generate_series(1, $3::int) AS i`,
      [organizationId, ownerId, LISTED],
    );
    await c.query("VACUUM ANALYZE");
  });
  say(`seeded a group of ${MEMBERS.toLocaleString("en")} members and ${LISTED.toLocaleString("en")} sessions, API keys and invitations in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const api = httpClient(url);
  const key = (await api.post("user.createApiKey", { name: "groups bench", metadata: { organizationId } }, { cookie })).body.key as string;
  const headers = { authorization: `Bearer ${key}` };
  const deepCursor = await withClient(databaseUrl, async (c) => {
    const row = await c.query<{ memberId: string }>(
      `SELECT gm."memberId" FROM group_member gm JOIN "group" g ON g.id = gm."groupId"
       WHERE g.name = $1 ORDER BY gm."createdAt", gm."memberId" OFFSET $2 LIMIT 1`,
      [BENCH_GROUP, DEEP - 1],
    );
    return row.rows[0]!.memberId;
  });

  const routes: [string, string, (body: any) => number][] = [
    [`group.get first page of 50 (${MEMBERS.toLocaleString("en")} members)`, `group.get?groupId=${BENCH_GROUP}&limit=50`, (b) => b.members.length],
    [`group.get page ${(DEEP / 50 + 1).toLocaleString("en")} (${DEEP.toLocaleString("en")} deep)`, `group.get?groupId=${BENCH_GROUP}&limit=50&cursor=${deepCursor}`, (b) => b.members.length],
    [`session.list first page of 50 (${LISTED.toLocaleString("en")})`, "session.list?limit=50", (b) => b.length],
    [`user.listApiKeys organization, first 50 (${LISTED.toLocaleString("en")})`, "user.listApiKeys?scope=organization&limit=50", (b) => b.length],
    [`invitation.all first page of 50 (${LISTED.toLocaleString("en")})`, "invitation.all?limit=50", (b) => b.length],
  ];
  const figures: Figure[] = [];
  for (const [label, path, count] of routes) {
    const check = await api.get(path.split("?")[0]!, Object.fromEntries(new URLSearchParams(path.split("?")[1])), { bearer: key });
    if (check.status !== 200 || count(check.body) !== 50) throw new Error(`${path} answered ${check.status} with ${JSON.stringify(check.body).slice(0, 300)}`);
    const r = await sequentialP50(`${url}/api/${path}`, headers, 200);
    if (r.statuses.size !== 1 || !r.statuses.has(200)) throw new Error(`${path} answered ${[...r.statuses]}`);
    say(`${label.padEnd(58)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms`);
    figures.push({ label, p50: r.p50, p99: r.p99 });
  }
  const targets = figures.map((f) => `${f.label}: p50 ${f.p50.toFixed(1)} ms ≤ ${TARGET_MS} ms — ${f.p50 <= TARGET_MS ? "met" : "NOT met"}`);
  return { figures, targets };
}
