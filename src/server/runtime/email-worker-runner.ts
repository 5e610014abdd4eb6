import { config } from "@/server/config";
import { logger } from "@/server/logger";
import { startAuditVerificationWorker } from "@/server/services/audit/audit-verification-worker";
import { startEmailWorker } from "@/server/services/email/email-worker";

const RETRY_MS = 5_000;

/** Runs this instance's email delivery worker beside the HTTP server (unless ROSTER_EMAIL_WORKER=off). */
export function runEmailWorker(): () => Promise<void> {
  if (!config.email.worker) return async () => undefined;
  return keepWorkerRunning("email", startEmailWorker);
}

/** Runs this instance's audit verification worker beside the HTTP server. */
export const runAuditVerificationWorker = () => keepWorkerRunning("audit verification", startAuditVerificationWorker);

/**
 * A database that cannot be reached at start does not stop Roster from serving: the worker keeps
 * trying every few seconds. Returns the function that stops it.
 */
function keepWorkerRunning(name: string, start: () => Promise<() => Promise<void>>): () => Promise<void> {
  let stop: (() => Promise<void>) | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = () => {
    start()
      .then((stopWorker) => {
        stop = stopWorker;
        if (stopped) void stopWorker();
      })
      .catch((error: unknown) => {
        logger().warn({ err: error }, `the ${name} worker could not start; trying again`);
        if (!stopped) timer = setTimeout(attempt, RETRY_MS);
      });
  };
  attempt();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await stop?.();
  };
}
