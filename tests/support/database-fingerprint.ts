// A fingerprint of a server's whole database, to show that a request changed nothing: every table's
// rows (their count and a digest of their contents) and every organization's audit chain head.
import pg from "pg";

// Columns a mere read touches (an API key's last use and its rate-limit window), left out.
const VOLATILE_COLUMNS = ["lastRequest", "updatedAt", "requestCount", "rateLimitWindowStart", "lastRefillAt"];

export type DatabaseFingerprint = Record<string, string>;

export function databaseFingerprints(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  let statement: Promise<string> | undefined;
  // One statement over every table, built once from the catalog.
  const build = async () => {
    const { rows } = await pool.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1",
    );
    const volatile = VOLATILE_COLUMNS.map((c) => ` - '${c}'`).join("");
    return rows
      .map(({ name }) => {
        const table = `"${name.replace(/"/g, '""')}"`;
        return `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg((to_jsonb(t)${volatile})::text, ',' ORDER BY (to_jsonb(t)${volatile})::text)), '') AS digest FROM ${table} t`;
      })
      .join(" UNION ALL ");
  };
  return {
    async take(): Promise<DatabaseFingerprint> {
      const { rows } = await pool.query<{ name: string; digest: string }>(await (statement ??= build()));
      return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
    },
    /** The highest audit sequence number of an organization. */
    async auditSeq(organizationId: string): Promise<number> {
      const { rows } = await pool.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM audit_event WHERE "organizationId" = $1', [organizationId]);
      return rows[0]?.seq ?? 0;
    },
    close: () => pool.end(),
  };
}

/** The tables whose fingerprint differs. */
export const changedTables = (before: DatabaseFingerprint, after: DatabaseFingerprint) =>
  Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
