import pg from "pg";

const FIRST = ["Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger", "Radia", "John", "Mary", "Tim", "Katherine", "Donald", "Leslie", "Niklaus", "Shafi", "Whitfield"];
const LAST = ["Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra", "Perlman", "McCarthy", "Shaw", "Berners", "Johnson", "Knuth", "Lamport", "Wirth", "Goldwasser", "Diffie"];

/** What `mix` seeds beside plain members, by row number i (the same shares at every size). */
export const MEMBER_MIX = {
  // Moduli prime to the names' 20 and 400, so every filter meets every name.
  /** 0.5 % administrators. */
  admin: "i % 199 = 100",
  /** 2.7 % disabled. */
  disabled: "i % 37 = 5",
  /** 0.2 % system users. */
  system: "i % 499 = 250",
  /** 14 % with access to every workspace (1 in 3 of them as developer, else viewer). */
  allWorkspaces: "i % 7 = 0",
  /** 2.6 % with no workspace access; the rest have a grant in one of 20 workspaces (a third, in two). */
  noAccess: "i % 7 <> 0 AND i % 33 = 7",
  /** 9 % in a big group (whose members may use workspace 1); 50 members in a small group. */
  bigGroup: "i % 11 = 3",
  workspaces: 20,
  smallGroupSize: 50,
} as const;

/** The ids `mix` gives an organization's groups and workspaces. */
export const mixIds = (tag: string) => ({
  bigGroup: `${tag}-g-big`,
  smallGroup: `${tag}-g-small`,
  workspace: (k: number) => `${tag}-w${k}`,
});

/**
 * `count` members for `organizationId` in a few INSERT … SELECT generate_series statements (a
 * bulk load, not Roster's API: the point is to measure reads at this size). Names repeat every 400
 * rows, so a surname search matches 5 % and a name+number search matches a handful. With `mix`,
 * some are administrators, disabled, system users, in groups or with workspace grants (MEMBER_MIX).
 */
export async function seedMembers(databaseUrl: string, organizationId: string, count: number, tag: string, { mix = false } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const m = MEMBER_MIX;
  const when = (condition: string, then: string, otherwise: string) => (mix ? `CASE WHEN ${condition} THEN ${then} ELSE ${otherwise} END` : otherwise);
  // A bulk load builds the secondary indexes once at the end: far faster than row by row (trigram).
  const rebuild = count >= 100_000 ? await dropSecondaryIndexes(client) : [];
  try {
    await client.query(
      `INSERT INTO "user" (id, name, email, "emailVerified", "createdAt", "updatedAt", username, "displayUsername", "firstName", "lastName", role, banned, system)
       SELECT $1 || '-u' || i, f.n || ' ' || l.n, $1 || '.' || i || '@bench.test', false, now(), now(),
              lower($1 || '_' || f.n || i), $1 || '_' || f.n || i, f.n, l.n, 'user',
              ${when(m.disabled, "true", "false")}, ${when(m.system, "true", "false")}
       FROM generate_series(1, $2::int) AS i,
            LATERAL (SELECT ($3::text[])[1 + i % 20] AS n) f,
            LATERAL (SELECT ($4::text[])[1 + (i / 20) % 20] AS n) l`,
      [tag, count, FIRST, LAST],
    );
    await client.query(
      `INSERT INTO member (id, "organizationId", "userId", role, "createdAt", "allWorkspaces", "workspaceRole")
       SELECT $1 || '-m' || i, $2, $1 || '-u' || i, ${when(m.admin, "'admin'", "'member'")},
              now() - make_interval(secs => $3::int - i),
              ${when(m.allWorkspaces, "true", mix ? "false" : "true")}, ${when(`${m.allWorkspaces} AND i % 3 = 0`, "'developer'", "'viewer'")}
       FROM generate_series(1, $3::int) AS i`,
      [tag, organizationId, count],
    );
    if (mix) await seedMix(client, organizationId, count, tag);
    await client.query("SET maintenance_work_mem = '256MB'");
    for (const definition of rebuild.splice(0)) await client.query(definition);
    // The grants' trigger rewrote most member rows (their grant count): clear the old versions too.
    await client.query("VACUUM ANALYZE");
  } finally {
    for (const definition of rebuild) await client.query(definition).catch(() => {});
    await client.end();
  }
}

/** Drops the indexes of the seeded tables that no constraint owns; answers their definitions. */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename IN ('user', 'member', 'member_workspace_grant', 'group_member')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const r of rows) await client.query(`DROP INDEX "${r.name}"`);
  return rows.map((r) => r.definition);
}

async function seedMix(client: pg.Client, organizationId: string, count: number, tag: string) {
  const m = MEMBER_MIX;
  const ids = mixIds(tag);
  await client.query(
    `INSERT INTO workspace (id, "organizationId", name, "updatedAt")
     SELECT $1 || '-w' || k, $2, $1 || '-ws-' || k, now() FROM generate_series(0, $3::int - 1) AS k`,
    [tag, organizationId, m.workspaces],
  );
  await client.query(
    `INSERT INTO member_workspace_grant ("memberId", "workspaceId", role)
     SELECT $1 || '-m' || i, $1 || '-w' || w.k, w.role
     FROM generate_series(1, $2::int) AS i,
          LATERAL (SELECT i % $3::int AS k, 'developer' AS role
                   UNION ALL SELECT (i + 7) % $3::int, 'viewer' WHERE i % 3 = 0) w
     WHERE NOT (${m.allWorkspaces}) AND NOT (${m.noAccess}) AND NOT (${m.admin})`,
    [tag, count, m.workspaces],
  );
  await client.query(
    `INSERT INTO "group" (id, "organizationId", name, gid, "updatedAt") VALUES ($1, $3, $4 || ' big', 1000, now()), ($2, $3, $4 || ' small', 1001, now())`,
    [ids.bigGroup, ids.smallGroup, organizationId, tag],
  );
  await client.query(`INSERT INTO group_workspace_grant ("groupId", "workspaceId", role) VALUES ($1, $2, 'viewer')`, [ids.bigGroup, ids.workspace(1)]);
  await client.query(
    `INSERT INTO group_member ("groupId", "memberId")
     SELECT $2, $1 || '-m' || i FROM generate_series(1, $3::int) AS i WHERE ${m.bigGroup}
     UNION ALL
     SELECT $4, $1 || '-m' || i FROM generate_series(1, $3::int) AS i WHERE i % greatest($3::int / $5::int, 1) = 1`,
    [tag, ids.bigGroup, count, ids.smallGroup, m.smallGroupSize],
  );
}
