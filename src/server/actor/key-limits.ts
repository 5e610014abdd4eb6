import { AppError } from "@/lib/errors";
import { sql } from "@/server/db";
import { recordRateLimited } from "@/server/metrics-registry";
import { SQL_NOW as NOW } from "@/server/sql-now";

const WINDOW_OVER = `("rateLimitWindowStart" IS NULL OR "rateLimitWindowStart" <= ${NOW} - make_interval(secs => "rateLimitTimeWindow" / 1000.0))`;
const REFILL_DUE = `("refillInterval" IS NOT NULL AND "refillAmount" IS NOT NULL AND coalesce("lastRefillAt", "createdAt") <= ${NOW} - make_interval(secs => "refillInterval" / 1000.0))`;

/**
 * The UPDATE that checks and spends both limits of the key whose id `idExpression` yields, under the
 * row's lock: concurrent requests on any number of instances queue on the row and re-check these
 * conditions against its latest version, so exactly `remaining` of them succeed. It runs inside the
 * key lookup's own statement (verify-api-key.ts), so a limited key costs one statement.
 */
export const spendLimitsOf = (idExpression: string) => `
  UPDATE apikey SET
    "rateLimitWindowStart" = CASE WHEN "rateLimitEnabled" AND ${WINDOW_OVER} THEN ${NOW} ELSE "rateLimitWindowStart" END,
    "requestCount" = CASE WHEN NOT "rateLimitEnabled" THEN "requestCount" WHEN ${WINDOW_OVER} THEN 1 ELSE "requestCount" + 1 END,
    "remaining" = CASE WHEN "remaining" IS NULL THEN NULL WHEN ${REFILL_DUE} THEN "refillAmount" - 1 ELSE "remaining" - 1 END,
    "lastRefillAt" = CASE WHEN "remaining" IS NOT NULL AND ${REFILL_DUE} THEN ${NOW} ELSE "lastRefillAt" END,
    "lastRequest" = ${NOW}
  WHERE id = ${idExpression}
    AND (NOT "rateLimitEnabled" OR "rateLimitMax" IS NULL OR "rateLimitTimeWindow" IS NULL OR ${WINDOW_OVER} OR "requestCount" < "rateLimitMax")
    AND ("remaining" IS NULL OR "remaining" > 0 OR ${REFILL_DUE})
  RETURNING id`;

type LimitState = {
  rateLimited: boolean;
  windowEndsInMs: number | null;
  quotaSpent: boolean;
  /** Null when no refill is scheduled: a spent quota then stays spent. */
  refillInMs: number | null;
};

const WHY = `
  SELECT ("rateLimitEnabled" AND NOT ${WINDOW_OVER} AND "requestCount" >= "rateLimitMax") AS "rateLimited",
         CASE WHEN "rateLimitWindowStart" IS NULL THEN NULL
              ELSE extract(epoch FROM ("rateLimitWindowStart" + make_interval(secs => "rateLimitTimeWindow" / 1000.0) - ${NOW})) * 1000 END AS "windowEndsInMs",
         ("remaining" IS NOT NULL AND "remaining" <= 0 AND NOT ${REFILL_DUE}) AS "quotaSpent",
         CASE WHEN "refillInterval" IS NULL OR "refillAmount" IS NULL THEN NULL
              ELSE extract(epoch FROM (coalesce("lastRefillAt", "createdAt") + make_interval(secs => "refillInterval" / 1000.0) - ${NOW})) * 1000 END AS "refillInMs"
  FROM apikey WHERE id = $1`;

/** Whole seconds to wait, at least one (Retry-After takes whole seconds). */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

const tooMany = (message: string, retryAfterSeconds?: number) =>
  new AppError("TOO_MANY_REQUESTS", message, retryAfterSeconds === undefined ? {} : { retryAfterSeconds });

/**
 * A limited key whose request was not spent: 429 saying which limit, with Retry-After when waiting
 * helps. A spent quota with a scheduled refill waits for the refill (and for the rate window, when
 * that ends later); one with no refill gets no Retry-After, since no wait will serve it again.
 */
export async function rejectOverLimit(keyId: string, organizationId: string): Promise<never> {
  // Rejections only: a second read to say why, and for how long.
  const state = (await sql.query<LimitState>(WHY, [keyId])).rows[0];
  if (state?.quotaSpent) {
    recordRateLimited("quota", organizationId);
    if (state.refillInMs === null) throw tooMany("This API key has no requests remaining and no refill: it will not be served again.");
    const wait = seconds(Math.max(Number(state.refillInMs), state.rateLimited ? Number(state.windowEndsInMs ?? 0) : 0));
    throw tooMany(`This API key has no requests remaining until its refill in ${wait} s.`, wait);
  }
  recordRateLimited("rate_limit", organizationId);
  if (state?.rateLimited) {
    const wait = seconds(Number(state.windowEndsInMs ?? 0));
    throw tooMany(`This API key's rate limit is reached. Retry in ${wait} s.`, wait);
  }
  // Between the spend and this read a window ended or a refill came: the next request may pass.
  throw tooMany("This API key's limit was reached just now. Retry in 1 s.", 1);
}
