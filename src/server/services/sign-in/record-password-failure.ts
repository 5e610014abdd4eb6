import type { RequestInfo } from "@/server/actor/actor";
import { config } from "@/server/config";
import { db, sql } from "@/server/db";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { SQL_NOW as NOW } from "@/server/sql-now";
import { subjectSql, type PasswordSubject } from "./password-subject";

// Parameters: $1 the subject, $2 the threshold, $3 the window and $4 the lock, in seconds.
const WINDOW_START = `${NOW} - make_interval(secs => $3)`;
// A count starts again when its window has passed or when the lock it led to has ended.
const RESTART = `(l."windowStart" <= ${WINDOW_START} OR l."lockedUntil" <= ${NOW})`;
const FAILURES = `CASE WHEN ${RESTART} THEN 1 ELSE l.failures + 1 END`;
const STILL_LOCKED = `(l."lockedUntil" > ${NOW})`;
const LOCKS = `(${FAILURES} >= $2)`;

/**
 * One statement, atomic across instances: the failure is counted with an upsert on the subject's row
 * under its row lock, so concurrent failures each count once and exactly one of them locks.
 * `justLocked` is true only for the statement that set the lock: lockedAt is its transaction's now(),
 * kept to the microsecond.
 * Rows whose window and lock are both over are swept on the way (a few per failure, skipping rows
 * another statement holds), so names no account has do not pile up.
 */
const RECORD_FAILURE = (cte: string) => `
  WITH ${cte},
  swept AS (
    DELETE FROM sign_in_lock WHERE key IN (
      SELECT key FROM sign_in_lock
      WHERE "windowStart" <= ${WINDOW_START} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${NOW})
        AND key <> (SELECT key FROM subject)
      LIMIT 20 FOR UPDATE SKIP LOCKED))
  INSERT INTO sign_in_lock AS l (key, "userId", failures, "windowStart", "lockedAt", "lockedUntil")
  SELECT key, "userId", 1, ${NOW},
         CASE WHEN 1 >= $2 THEN ${NOW} END,
         CASE WHEN 1 >= $2 THEN ${NOW} + make_interval(secs => $4) END
  FROM subject
  ON CONFLICT (key) DO UPDATE SET
    failures = ${FAILURES},
    "windowStart" = CASE WHEN ${RESTART} THEN ${NOW} ELSE l."windowStart" END,
    "lockedAt" = CASE WHEN ${STILL_LOCKED} THEN l."lockedAt" WHEN ${LOCKS} THEN ${NOW} END,
    "lockedUntil" = CASE WHEN ${STILL_LOCKED} THEN l."lockedUntil" WHEN ${LOCKS} THEN ${NOW} + make_interval(secs => $4) END
  RETURNING l."userId", l.failures, l."lockedUntil", coalesce(l."lockedAt" = ${NOW}, false) AS "justLocked"`;

type Row = { userId: string | null; failures: number; lockedUntil: Date | null; justLocked: boolean };

/**
 * Counts one failed password check for the subject. When it locks an account, one "user.locked"
 * event (actor: system, with the request that caused it) is written in every organization the
 * account belongs to. Returns whether the subject is now locked.
 */
export async function recordPasswordFailure(subject: PasswordSubject, request: RequestInfo): Promise<{ locked: boolean }> {
  const { threshold, windowMinutes, lockMinutes } = config.lockout;
  const { cte, value } = subjectSql(subject);
  const { rows } = await sql.query<Row>(RECORD_FAILURE(cte), [value, threshold, windowMinutes * 60, lockMinutes * 60]);
  const row = rows[0];
  if (row?.justLocked && row.userId) await auditLock(row.userId, row, request);
  return { locked: Boolean(row?.lockedUntil) };
}

async function auditLock(userId: string, row: Row, request: RequestInfo): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { username: true, members: { select: { organizationId: true } } } });
  if (!user?.members.length) return;
  const organizations = user.members.map((m) => m.organizationId);
  await auditedTransaction(organizations, async (_tx, audit) => {
    for (const organizationId of organizations) {
      await audit(
        { user: null, request },
        {
          organizationId,
          action: "user.locked",
          target: { type: "user", id: userId, name: user.username },
          after: { failedAttempts: row.failures, lockedUntil: row.lockedUntil, lockMinutes: config.lockout.lockMinutes },
        },
      );
    }
  });
}
