import { AppError } from "@/lib/errors";
import { sql } from "@/server/db";
import { SQL_NOW as NOW } from "@/server/services/db/sql-now";
import { recordRateLimited } from "@/server/services/metrics/registry";

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
  refillInMs: number | null;
};

const WHY = `
  SELECT ("rateLimitEnabled" AND NOT ${WINDOW_OVER} AND "requestCount" >= "rateLimitMax") AS "rateLimited",
         CASE WHEN "rateLimitWindowStart" IS NULL THEN NULL
              ELSE extract(epoch FROM ("rateLimitWindowStart" + make_interval(secs => "rateLimitTimeWindow" / 1000.0) - ${NOW})) * 1000 END AS "windowEndsInMs",
         CASE WHEN "refillInterval" IS NULL OR "refillAmount" IS NULL THEN NULL
              ELSE extract(epoch FROM (coalesce("lastRefillAt", "createdAt") + make_interval(secs => "refillInterval" / 1000.0) - ${NOW})) * 1000 END AS "refillInMs"
  FROM apikey WHERE id = $1`;

const seconds = (ms: number | null) => Math.max(1, Math.ceil(Number(ms ?? 1000) / 1000));

/** A limited key whose request was not spent: 429, with the seconds to wait when there are any. */
export async function rejectOverLimit(keyId: string, organizationId: string): Promise<never> {
  // Rejections only: a second read to say why, and for how long.
  const state = (await sql.query<LimitState>(WHY, [keyId])).rows[0];
  if (state?.rateLimited) {
    recordRateLimited("rate_limit", organizationId);
    const retryAfterSeconds = seconds(state.windowEndsInMs);
    throw new AppError("TOO_MANY_REQUESTS", `This API key's rate limit is reached. Retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
  recordRateLimited("quota", organizationId);
  if (state?.refillInMs !== null && state?.refillInMs !== undefined) {
    const retryAfterSeconds = seconds(state.refillInMs);
    throw new AppError("TOO_MANY_REQUESTS", `This API key has no requests remaining until its refill in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
  throw new AppError("TOO_MANY_REQUESTS", "This API key has no requests remaining.");
}
