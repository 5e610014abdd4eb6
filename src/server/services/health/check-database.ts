import { db } from "@/server/db";

const TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query within two seconds, and how fast. */
export async function checkDatabase(): Promise<{ up: boolean; latencyMs: number | null; error?: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { up: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { up: false, latencyMs: null, error: error instanceof Error ? error.message.split("\n")[0] : "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
