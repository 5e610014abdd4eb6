import PgBoss from "pg-boss";
import { config } from "@/server/config";
import type { Tx } from "@/server/db";

// Delivery jobs live in pg-boss, in the same PostgreSQL as everything else (schema "pgboss"), so a
// job is written in the same transaction as the delivery it carries and no extra server is needed.

export const EMAIL_QUEUE = "email-delivery";

type PgBossDb = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };

const globalForQueue = globalThis as unknown as { rosterEmailBoss?: { boss: PgBoss; ready: Promise<void> } };

/**
 * The process's pg-boss, its schema made and the queue created. Only the process that runs the
 * worker supervises (it takes over jobs whose worker died once their lease runs out); it asks
 * first, so the one instance serves both.
 */
export function emailBoss({ supervise = false }: { supervise?: boolean } = {}): Promise<PgBoss> {
  if (!globalForQueue.rosterEmailBoss) {
    const boss = new PgBoss({
      connectionString: config.databaseUrl,
      max: 4,
      supervise,
      maintenanceIntervalSeconds: 5,
      schedule: false,
      migrate: true,
    });
    boss.on("error", () => undefined);
    const ready = boss.start().then(() => boss.createQueue(EMAIL_QUEUE)).then(() => undefined);
    globalForQueue.rosterEmailBoss = { boss, ready };
    ready.catch(() => {
      delete globalForQueue.rosterEmailBoss;
    });
  }
  const { boss, ready } = globalForQueue.rosterEmailBoss;
  return ready.then(() => boss);
}

/** pg-boss's statements run on a Prisma transaction, so the job commits or rolls back with it. */
export function prismaBossDb(tx: Tx): PgBossDb {
  return {
    async executeSql(text, values = []) {
      const params = values.map((value) =>
        value === undefined ? null : value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? JSON.stringify(value) : value,
      );
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params);
      return { rows };
    },
  };
}

/** Job options: retries are counted by the delivery row, so pg-boss itself may retry generously. */
export function deliveryJobOptions() {
  const { maxAttempts, retryDelaySeconds, sendTimeoutSeconds } = config.email;
  return { retryLimit: maxAttempts + 5, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds: sendTimeoutSeconds };
}

/** Stops this process's pg-boss (its workers finish their jobs first). */
export async function stopEmailBoss(): Promise<void> {
  const current = globalForQueue.rosterEmailBoss;
  if (!current) return;
  delete globalForQueue.rosterEmailBoss;
  await current.ready.catch(() => undefined);
  await current.boss.stop({ graceful: true, wait: true });
}
