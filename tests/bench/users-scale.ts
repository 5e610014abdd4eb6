// `npm run bench -- users`: user.all and user.count in an organization of 1,000,000 members against
// one of 1,000 seeded the same way (MEMBER_MIX), every filter alone and with a search, on the first
// page and on a page 10,000 rows deep.
import pg from "pg";
import { httpClient } from "../support/http";
import { alternatingP50, sequentialP50 } from "./load";
import { mixIds, seedMembers } from "./seed-members";

const SIZES = [1000, 1_000_000] as const;
const DEPTH = 10_000;
const REQUESTS = 40;
/** Requests to one organization before the other's turn. */
const TURN = 10;
const SEARCH = "grace";
const TARGET_MS = 25;
const TARGET_RATIO = 2;

type Say = (line?: string) => void;
type Filter = { name: string; params: Record<string, string>; sql: string };

/** Each filter as user.all takes it and as SQL over member m / user u (to find the deep page's cursor). */
function filtersOf(tag: string): Filter[] {
  const ids = mixIds(tag);
  const workspace = ids.workspace(5);
  const hasGrant = `EXISTS (SELECT 1 FROM member_workspace_grant mw WHERE mw."memberId" = m.id)`;
  const inGroup = (id: string) => `EXISTS (SELECT 1 FROM group_member gm WHERE gm."memberId" = m.id AND gm."groupId" = '${id}')`;
  return [
    { name: "no filter", params: {}, sql: "true" },
    { name: "role=admin", params: { role: "admin" }, sql: "m.role = 'admin'" },
    { name: "status=disabled", params: { status: "disabled" }, sql: "m.banned" },
    { name: "kind=system", params: { kind: "system" }, sql: "m.system" },
    { name: "group (9 %)", params: { groupId: ids.bigGroup }, sql: inGroup(ids.bigGroup) },
    { name: "group (50)", params: { groupId: ids.smallGroup }, sql: inGroup(ids.smallGroup) },
    {
      name: "workspace",
      params: { workspace: `${tag}-ws-5` },
      sql: `(m.role IN ('owner', 'admin') OR m."allWorkspaces" OR EXISTS (SELECT 1 FROM member_workspace_grant w WHERE w."memberId" = m.id AND w."workspaceId" = '${workspace}')
        OR EXISTS (SELECT 1 FROM group_member gm JOIN "group" g ON g.id = gm."groupId" LEFT JOIN group_workspace_grant gw ON gw."groupId" = g.id AND gw."workspaceId" = '${workspace}'
                   WHERE gm."memberId" = m.id AND (g."workspaceRole" IS NOT NULL OR gw."groupId" IS NOT NULL)))`,
    },
    { name: "access=none", params: { access: "none" }, sql: `(m.role = 'member' AND NOT m."allWorkspaces" AND NOT ${hasGrant})` },
    { name: "access=per-workspace", params: { access: "per-workspace" }, sql: `(m.role = 'member' AND NOT m."allWorkspaces" AND ${hasGrant})` },
    { name: "access=developer", params: { access: "developer" }, sql: `(m.role = 'member' AND m."allWorkspaces" AND m."workspaceRole" = 'developer')` },
  ];
}

const searchSql = (term: string) =>
  `(u.username ILIKE '%${term}%' OR u.name ILIKE '%${term}%' OR u."firstName" ILIKE '%${term}%' OR u."lastName" ILIKE '%${term}%' OR u.email ILIKE '%${term}%')`;

export type UsersScaleResult = { lines: string[] };

export async function usersScaleBench(url: string, databaseUrl: string, cookie: string, ownerId: string, say: Say): Promise<UsersScaleResult> {
  const api = httpClient(url);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const fmt = (n: number, digits = 1) => n.toFixed(digits);
  const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
  try {
    const orgs: Record<number, { id: string; tag: string; key: string }> = {};
    for (const size of SIZES) {
      const id = `bench-users-${size}`;
      await db.query(`INSERT INTO organization (id, name, slug) VALUES ($1, $2, $1)`, [id, `Bench users ${size}`]);
      await db.query(`INSERT INTO member (id, "organizationId", "userId", role) VALUES ($1, $2, $3, 'owner')`, [`${id}-owner`, id, ownerId]);
      const tag = `us${size}`;
      const started = performance.now();
      await seedMembers(databaseUrl, id, size, tag, { mix: true });
      say(`seeded ${size.toLocaleString("en")} members (with admins, disabled and system users, groups, workspace grants) in ${fmt((performance.now() - started) / 1000)} s`);
      const res = await api.post("user.createApiKey", { name: `users ${size}`, metadata: { organizationId: id } }, { cookie });
      orgs[size] = { id, tag, key: res.body.key as string };
    }

    /**
     * The id of the row DEPTH rows into the filter's order (the middle when fewer match), and that
     * depth; when nothing matches, the filter's without the search (a search that finds nothing further on).
     */
    const deepCursor = async (org: string, where: string, without: string): Promise<{ id: string; depth: number }> => {
      const ordered = `FROM member m JOIN "user" u ON u.id = m."userId" WHERE m."organizationId" = $1 AND ${where}`;
      const { rows } = await db.query<{ id: string }>(`SELECT m.id ${ordered} ORDER BY m."createdAt", m.id OFFSET ${DEPTH - 1} LIMIT 1`, [org]);
      if (rows[0]) return { id: rows[0].id, depth: DEPTH };
      const { rows: counted } = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${ordered}`, [org]);
      const depth = Math.max(Math.floor(counted[0]!.n / 2), 1);
      const { rows: middle } = await db.query<{ id: string }>(`SELECT m.id ${ordered} ORDER BY m."createdAt", m.id OFFSET ${depth - 1} LIMIT 1`, [org]);
      return middle[0] ? { id: middle[0].id, depth } : deepCursor(org, without, without);
    };
    /** p50 at each size, the two organizations' requests taken in turns of TURN (so a busy moment weighs on both alike). */
    const p50s = async (params: Record<number, Record<string, string>>): Promise<Record<number, number>> => {
      const targets = SIZES.map((size) => ({
        url: `${url}/api/user.all?${new URLSearchParams({ ...params[size], limit: "51" })}`,
        headers: { authorization: `Bearer ${orgs[size]!.key}` },
      }));
      await alternatingP50(targets, 5);
      const results = await alternatingP50(targets, REQUESTS, TURN);
      const figures: Record<number, number> = {};
      for (const [i, size] of SIZES.entries()) {
        const r = results[i]!;
        if (!r.statuses.has(200) || r.statuses.size !== 1) throw new Error(`user.all ${targets[i]!.url} answered ${[...r.statuses]}`);
        figures[size] = r.p50;
      }
      return figures;
    };

    say(`\n== user.all at 1,000 and 1,000,000 members: p50 of ${REQUESTS} sequential requests to each organization, in turns of ${TURN}, first page of 50 and a page ${DEPTH.toLocaleString("en")} rows deep ==`);
    const lines: string[] = [];
    for (const withSearch of [false, true]) {
      for (const filter of filtersOf("")) {
        const name = withSearch ? `${filter.name} + search "${SEARCH}"` : filter.name;
        const first: Record<number, Record<string, string>> = {};
        const deep: Record<number, Record<string, string>> = {};
        const depths: Record<number, number> = {};
        for (const size of SIZES) {
          const own = filtersOf(orgs[size]!.tag).find((f) => f.name === filter.name)!;
          first[size] = { ...own.params, ...(withSearch ? { search: SEARCH } : {}) };
          const cursor = await deepCursor(orgs[size]!.id, withSearch ? `${own.sql} AND ${searchSql(SEARCH)}` : own.sql, own.sql);
          depths[size] = cursor.depth;
          deep[size] = { ...first[size], cursor: cursor.id };
        }
        const figures = { first: await p50s(first), deep: await p50s(deep) };
        for (const page of ["first", "deep"] as const) {
          const [small, big] = [figures[page]![1000]!, figures[page]![1_000_000]!];
          const where = page === "first" ? "first page" : `after row ${depths[1_000_000]!.toLocaleString("en")} (${depths[1000]!.toLocaleString("en")} at 1,000)`;
          const ok = big <= TARGET_MS && big / small <= TARGET_RATIO;
          const line = `user.all ${name}, ${where}: p50 ${fmt(small)} ms at 1,000, ${fmt(big)} ms at 1,000,000, ratio ${fmt(big / small, 2)} (targets ≤ ${TARGET_MS} ms, ≤ ${TARGET_RATIO}) — ${verdict(ok)}`;
          say(line);
          lines.push(line);
        }
      }
    }

    say("\n== user.count (exact up to 1,000, else the planner's estimate) ==");
    const counts: Record<number, { p50: number; total: number; exact: boolean }> = {};
    for (const size of SIZES) {
      const headers = { authorization: `Bearer ${orgs[size]!.key}` };
      const answer = await (await fetch(`${url}/api/user.count`, { headers })).json();
      await sequentialP50(`${url}/api/user.count`, headers, 5);
      const r = await sequentialP50(`${url}/api/user.count`, headers, 100);
      counts[size] = { p50: r.p50, total: answer.total, exact: answer.exact };
      say(`user.count at ${size.toLocaleString("en")} members: ${answer.exact ? "" : "about "}${Number(answer.total).toLocaleString("en")}, p50 ${fmt(r.p50)} ms`);
    }
    const [c1, cM] = [counts[1000]!, counts[1_000_000]!];
    const countLine = `user.count at 1,000,000: p50 ${fmt(cM.p50)} ms vs ${fmt(c1.p50)} ms at 1,000, ratio ${fmt(cM.p50 / c1.p50, 2)} (targets ≤ ${TARGET_MS} ms, ≤ ${TARGET_RATIO}) — ${verdict(cM.p50 <= TARGET_MS && cM.p50 / c1.p50 <= TARGET_RATIO)}`;
    lines.push(countLine);

    say("\n== user.create into each organization (20 sequential, a password hash each) ==");
    const creates: Record<number, number> = {};
    for (const size of SIZES) {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        const res = await fetch(`${url}/api/user.create`, {
          method: "POST",
          headers: { authorization: `Bearer ${orgs[size]!.key}`, "content-type": "application/json" },
          body: JSON.stringify({ username: `new-${size}-${i}`, password: "bench-password", role: "viewer", workspaceAccess: { all: true } }),
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`user.create answered ${res.status}`);
        times.push(performance.now() - started);
      }
      creates[size] = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      say(`user.create at ${size.toLocaleString("en")} members: p50 ${fmt(creates[size]!)} ms`);
    }
    const createRatio = creates[1_000_000]! / creates[1000]!;
    lines.push(`user.create at 1,000,000 members within 1.25× of 1,000: ${fmt(createRatio, 2)}× — ${verdict(createRatio <= 1.25)}`);
    return { lines };
  } finally {
    await db.end();
  }
}
