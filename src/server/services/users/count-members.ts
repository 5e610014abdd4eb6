import type { TMemberCount } from "@/lib/schemas/user-settings";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";

/** Up to this many members are counted exactly; beyond it the count is the planner's estimate. */
export const EXACT_COUNT_UP_TO = 1000;

type Row = { counted: number; estimate: number | null };

/**
 * How many members the organization has, cheaply at any size, in one statement: counting stops
 * after EXACT_COUNT_UP_TO + 1 rows; past that, the estimate is what PostgreSQL's planner would
 * guess for `organizationId = …` from the table's statistics (the organization's share of rows
 * among the most common values, or an even share of the rest, times the table's row estimate).
 */
export async function countMembers({ actor }: { actor: Actor }): Promise<TMemberCount> {
  requirePermission(actor, "member:read");
  const [row] = await db.$queryRaw<Row[]>`
    WITH stats AS (
      SELECT greatest(c.reltuples, 0)::float8 AS rows,
             s.most_common_vals::text::text[] AS vals,
             s.most_common_freqs::float8[] AS freqs,
             s.n_distinct::float8 AS n_distinct,
             coalesce(s.null_frac, 0)::float8 AS null_frac
      FROM pg_class c
      LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'member' AND s.attname = 'organizationId'
      WHERE c.oid = 'member'::regclass
    )
    SELECT
      (SELECT count(*)::int FROM (SELECT 1 FROM member WHERE "organizationId" = ${actor.organizationId} LIMIT ${EXACT_COUNT_UP_TO + 1}) capped) AS counted,
      (SELECT CASE
         WHEN s.vals IS NULL AND s.n_distinct IS NULL THEN NULL
         WHEN array_position(s.vals, ${actor.organizationId}) IS NOT NULL THEN s.rows * s.freqs[array_position(s.vals, ${actor.organizationId})]
         ELSE s.rows * greatest(1 - s.null_frac - coalesce((SELECT sum(f) FROM unnest(s.freqs) f), 0), 0)
              / greatest((CASE WHEN s.n_distinct < 0 THEN -s.n_distinct * s.rows ELSE s.n_distinct END) - coalesce(cardinality(s.vals), 0), 1)
       END FROM stats s) AS estimate`;
  const counted = row?.counted ?? 0;
  if (counted <= EXACT_COUNT_UP_TO) return { total: counted, exact: true };
  // Stale statistics may guess fewer than were just counted: never say less than that.
  return { total: roughly(Math.max(row?.estimate ?? 0, counted)), exact: false };
}

/** Two significant digits: 1,234 → 1,200; 98,765 → 99,000. */
export function roughly(n: number): number {
  const step = 10 ** Math.max(Math.floor(Math.log10(Math.max(n, 1))) - 1, 0);
  return Math.round(n / step) * step;
}
