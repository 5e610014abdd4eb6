import pg from "pg";

/**
 * SQL statements a request costs, from pg_stat_statements: reset, send `count` requests one by one,
 * read the calls recorded for the app's database. Writes are statements that insert, update or
 * delete (also inside a WITH).
 */
export async function statementsPerRequest(adminUrl: string, database: string, send: () => Promise<void>, count = 100) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_stat_statements_reset()");
    for (let i = 0; i < count; i++) await send();
    // Statements are recorded when they finish; the last request's are done once it answered.
    const { rows } = await client.query<{ calls: string; writes: string }>(
      `SELECT coalesce(sum(s.calls), 0) AS calls,
              coalesce(sum(s.calls) FILTER (WHERE s.query ~* '(insert\\s+into|update\\s+\\S+\\s+set|delete\\s+from)'), 0) AS writes
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = $1 AND s.query !~* '^\\s*(begin|commit|rollback|deallocate|set |show )'`,
      [database],
    );
    return { perRequest: Number(rows[0]!.calls) / count, writesPerRequest: Number(rows[0]!.writes) / count };
  } finally {
    await client.end();
  }
}
