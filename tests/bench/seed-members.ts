import pg from "pg";

const FIRST = ["Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger", "Radia", "John", "Mary", "Tim", "Katherine", "Donald", "Leslie", "Niklaus", "Shafi", "Whitfield"];
const LAST = ["Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra", "Perlman", "McCarthy", "Shaw", "Berners", "Johnson", "Knuth", "Lamport", "Wirth", "Goldwasser", "Diffie"];

/**
 * `count` members for `organizationId` in a few INSERT … SELECT generate_series statements (a
 * bulk load, not Roster's API: the point is to measure reads at this size). Names repeat every 400
 * rows, so a surname search matches 5 % and a name+number search matches a handful.
 */
export async function seedMembers(databaseUrl: string, organizationId: string, count: number, tag: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "user" (id, name, email, "emailVerified", "createdAt", "updatedAt", username, "displayUsername", "firstName", "lastName", role)
       SELECT $1 || '-u' || i, f.n || ' ' || l.n, $1 || '.' || i || '@bench.test', false, now(), now(),
              lower($1 || '_' || f.n || i), $1 || '_' || f.n || i, f.n, l.n, 'user'
       FROM generate_series(1, $2::int) AS i,
            LATERAL (SELECT ($3::text[])[1 + i % 20] AS n) f,
            LATERAL (SELECT ($4::text[])[1 + (i / 20) % 20] AS n) l`,
      [tag, count, FIRST, LAST],
    );
    await client.query(
      `INSERT INTO member (id, "organizationId", "userId", role, "createdAt")
       SELECT $1 || '-m' || i, $2, $1 || '-u' || i, 'member', now() - make_interval(secs => $3::int - i)
       FROM generate_series(1, $3::int) AS i`,
      [tag, organizationId, count],
    );
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
