import { db } from "@/server/db";
import { logger } from "@/server/logger";

const TIMEOUT_MS = 2000;

/**
 * Whether the database answers a trivial query within two seconds. The reason it does not goes to
 * the log only: the health endpoint is public and must not show a database's error text.
 */
export async function checkDatabase(): Promise<{ up: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { up: true };
  } catch (error) {
    logger().warn({ err: error }, "health check: the database is unreachable");
    return { up: false };
  } finally {
    clearTimeout(timer);
  }
}
