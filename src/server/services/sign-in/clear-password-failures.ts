import { sql } from "@/server/db";
import { SQL_NOW } from "@/server/sql-now";

/**
 * A password check succeeded: the account's count of failures starts again. A lock that another
 * request set meanwhile stays (a correct guess racing the lock does not lift it).
 */
export async function clearPasswordFailures(userId: string): Promise<void> {
  await sql.query(`DELETE FROM sign_in_lock WHERE "userId" = $1 AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${SQL_NOW})`, [userId]);
}
