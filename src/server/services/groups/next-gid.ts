import { GID_MIN } from "@/lib/schemas/group";
import type { Tx } from "@/server/db";

/**
 * The lowest GID from 1000 that no group of the organization has. Two concurrent creates may pick
 * the same one: the unique (organizationId, gid) index lets one win and the other retries.
 */
export async function nextGid(tx: Tx, organizationId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ gid: number }[]>`
    SELECT CASE
      WHEN NOT EXISTS (SELECT 1 FROM "group" WHERE "organizationId" = ${organizationId} AND gid = ${GID_MIN}) THEN ${GID_MIN}
      ELSE (SELECT min(g.gid) + 1 FROM "group" g
            WHERE g."organizationId" = ${organizationId} AND g.gid >= ${GID_MIN}
              AND NOT EXISTS (SELECT 1 FROM "group" h WHERE h."organizationId" = g."organizationId" AND h.gid = g.gid + 1))
    END::int AS gid`;
  return row!.gid;
}
