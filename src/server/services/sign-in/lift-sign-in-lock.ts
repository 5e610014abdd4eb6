import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { SQL_NOW } from "@/server/sql-now";

/**
 * An administrator lifts the account's lock and its count of failures (unlock, password reset),
 * inside their audited transaction. Returns when the lock would have ended, or null when the
 * account was not locked.
 */
export async function liftSignInLock(tx: Tx, userId: string): Promise<Date | null> {
  const rows = await tx.$queryRaw<{ lockedUntil: Date | null }[]>`
    DELETE FROM sign_in_lock WHERE "userId" = ${userId}
    RETURNING CASE WHEN "lockedUntil" > ${Prisma.raw(SQL_NOW)} THEN "lockedUntil" END AS "lockedUntil"`;
  return rows[0]?.lockedUntil ?? null;
}
