import { z } from "zod";

// user.getMetricsSummary: Roster's own metrics for the caller's organization, as JSON for charts.

const ZCount = z.number().nonnegative();

export const ZLatencyBucket = z.object({
  le: z.number().nullable().describe("Upper bound in seconds; null for +Inf"),
  count: ZCount.describe("Cumulative: observations at or below `le`"),
});

export const ZMetricsHistorySample = z.object({
  at: z.iso.datetime(),
  requests: ZCount.describe("Procedure calls since the instance started, all statuses"),
  failed: ZCount.describe("Of which answered 4xx or 5xx"),
  latencyCount: ZCount,
  latencySumSeconds: z.number().nonnegative(),
  latencyBuckets: z.array(ZLatencyBucket).describe("All procedures together, cumulative"),
});
export type TMetricsHistorySample = z.infer<typeof ZMetricsHistorySample>;

export const ZMetricsSummary = z.object({
  collectedAt: z.iso.datetime(),
  instance: z.object({
    startedAt: z.iso.datetime().describe("When this instance started: counters restart from zero then"),
  }),
  requests: z
    .array(z.object({ procedure: z.string(), status: z.number().int(), count: ZCount }))
    .describe("Procedure calls since the instance started, by procedure and HTTP status"),
  latency: z
    .array(
      z.object({
        procedure: z.string(),
        count: ZCount,
        sumSeconds: z.number().nonnegative(),
        p50Seconds: z.number().nullable().describe("Estimated from the histogram buckets"),
        p95Seconds: z.number().nullable(),
      }),
    )
    .describe("Latency by procedure since the instance started"),
  latencyBuckets: z.array(ZLatencyBucket).describe("All procedures together, cumulative: for latency over time"),
  keyVerifications: z.array(z.object({ result: z.enum(["ok", "refused"]), count: ZCount })),
  rateLimitRejections: z.array(z.object({ reason: z.enum(["rate_limit", "quota"]), count: ZCount })),
  emails: z
    .array(z.object({ event: z.enum(["queued", "sent", "failed", "retried"]), count: ZCount }))
    .describe("This organization's emails on this instance: queued here, or sent, failed (gave up) and retried by this instance's worker"),
  members: z.object({ total: z.number().int(), enabled: z.number().int(), disabled: z.number().int() }),
  history: z
    .array(ZMetricsHistorySample)
    .describe(
      "This instance's samples of the organization's request counters over the last hour, oldest first (one every ROSTER_METRICS_SAMPLE_SECONDS, 10 s unless set): charts can draw the recent past at once",
    ),
});
export type TMetricsSummary = z.infer<typeof ZMetricsSummary>;
