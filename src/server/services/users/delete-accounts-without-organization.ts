import type { Tx } from "@/server/db";

/**
 * Deletes those of `userIds` that belong to no organization any more (their sessions, keys and
 * sign-in locks go with them); returns the ids deleted. Called after memberships were removed in
 * the same transaction: an account lives exactly as long as it belongs somewhere.
 */
export async function deleteAccountsWithoutOrganization(tx: Tx, userIds: string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    DELETE FROM "user" u
     WHERE u.id = ANY(${userIds}::text[])
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m."userId" = u.id)
    RETURNING u.id`;
  return rows.map((row) => row.id);
}
