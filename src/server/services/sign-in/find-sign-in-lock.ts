import { AppError } from "@/lib/errors";
import { sql } from "@/server/db";
import { SQL_NOW } from "@/server/sql-now";
import { subjectSql, type PasswordSubject } from "./password-subject";

/** The refusal while a lock holds: the same words for an account and for a name no account has. */
export function lockedError(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError(
    "TOO_MANY_REQUESTS",
    `Too many failed password attempts for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask an administrator to unlock it.`,
    { retryAfterSeconds },
  );
}

/**
 * Seconds until the subject's lock ends, or null when it is not locked. One statement whatever the
 * subject (an account, or a name no account has), so both cost the same.
 */
export async function findSignInLock(subject: PasswordSubject): Promise<number | null> {
  const { cte, value } = subjectSql(subject);
  const { rows } = await sql.query<{ retryAfterSeconds: number }>(
    `WITH ${cte}
     SELECT ceil(extract(epoch FROM l."lockedUntil" - ${SQL_NOW}))::int AS "retryAfterSeconds"
     FROM sign_in_lock l JOIN subject s ON l.key = s.key
     WHERE l."lockedUntil" > ${SQL_NOW}`,
    [value],
  );
  return rows[0] ? Math.max(1, rows[0].retryAfterSeconds) : null;
}

/** Refuses with 429 (and Retry-After) while the subject is locked; checked before any password. */
export async function assertNotLocked(subject: PasswordSubject): Promise<void> {
  const retryAfterSeconds = await findSignInLock(subject);
  if (retryAfterSeconds !== null) throw lockedError(retryAfterSeconds);
}
