import { config } from "@/server/config";
import { logger } from "@/server/logger";
import { startEmailWorker } from "@/server/services/email/email-worker";

const RETRY_MS = 5_000;

/**
 * Runs this instance's email delivery worker beside the HTTP server (unless ROSTER_EMAIL_WORKER=off).
 * A database that cannot be reached at start does not stop Roster from serving: the worker keeps
 * trying every few seconds. Returns the function that stops it.
 */
export function runEmailWorker(): () => Promise<void> {
  if (!config.email.worker) return async () => undefined;
  let stop: (() => Promise<void>) | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = () => {
    startEmailWorker()
      .then((stopWorker) => {
        stop = stopWorker;
        if (stopped) void stopWorker();
      })
      .catch((error: unknown) => {
        logger().warn({ err: error }, "the email worker could not start; trying again");
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
