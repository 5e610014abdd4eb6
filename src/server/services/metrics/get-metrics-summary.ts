import { histogramQuantile, type Bucket } from "@/lib/histogram-quantile";
import type { TMetricsSummary } from "@/lib/schemas/metrics";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { metrics } from "@/server/metrics-registry";
import { metricsHistory } from "./metrics-history";

type Labels = Record<string, string | number>;
type Value = { value: number; labels: Labels; metricName?: string };

// An unknown key belongs to no organization, so an organization's summary has only its own keys'.
const KEY_RESULTS = ["ok", "refused"] as const;
const LIMIT_REASONS = ["rate_limit", "quota"] as const;
const EMAIL_EVENTS = ["queued", "sent", "failed", "retried"] as const;
const startedAt = new Date(Date.now() - process.uptime() * 1000).toISOString();

// As /api/metrics does: values labelled with this organization, or unlabelled (instance-wide).
const ownedBy = (organizationId: string) => (v: Value) => !("organization" in v.labels) || v.labels.organization === organizationId;

/**
 * Roster's own metrics for the caller's organization, as JSON for the Metrics page: this
 * instance's in-process counters (they restart with the instance), its samples of them over the
 * last hour, plus member counts from the database. Needs monitoring:read.
 */
export async function getMetricsSummary({ actor }: { actor: Actor }): Promise<TMetricsSummary> {
  requirePermission(actor, "monitoring:read");
  const own = ownedBy(actor.organizationId);
  const [requests, latency, keys, limited, emails, members] = await Promise.all([
    metrics.requests.get(),
    metrics.latency.get(),
    metrics.keyVerifications.get(),
    metrics.rateLimited.get(),
    metrics.emails.get(),
    countMembers(actor.organizationId),
  ]);
  const countBy = (values: Value[], label: string, value: string) =>
    values.filter((v) => own(v) && String(v.labels[label]) === value).reduce((sum, v) => sum + v.value, 0);

  return {
    collectedAt: new Date().toISOString(),
    instance: { startedAt },
    requests: requests.values
      .filter(own)
      .map((v) => ({ procedure: String(v.labels.procedure), status: Number(v.labels.status), count: v.value }))
      .sort((a, b) => a.procedure.localeCompare(b.procedure) || a.status - b.status),
    ...summarizeLatency(latency.values.filter(own)),
    keyVerifications: KEY_RESULTS.map((result) => ({ result, count: countBy(keys.values, "result", result) })),
    rateLimitRejections: LIMIT_REASONS.map((reason) => ({ reason, count: countBy(limited.values, "reason", reason) })),
    emails: EMAIL_EVENTS.map((event) => ({ event, count: countBy(emails.values, "event", event) })),
    members,
    history: metricsHistory(actor.organizationId),
  };
}

const leOf = (labels: Labels) => (labels.le === "+Inf" ? Infinity : Number(labels.le));

/** Per-procedure count, sum and p50/p95, and the buckets of all procedures added together. */
function summarizeLatency(values: Value[]) {
  const byProcedure = new Map<string, { count: number; sum: number; buckets: Bucket[] }>();
  const overall = new Map<number, number>();
  for (const v of values) {
    const procedure = String(v.labels.procedure);
    const entry = byProcedure.get(procedure) ?? { count: 0, sum: 0, buckets: [] };
    byProcedure.set(procedure, entry);
    if (v.metricName?.endsWith("_bucket")) {
      const le = leOf(v.labels);
      entry.buckets.push({ le, count: v.value });
      overall.set(le, (overall.get(le) ?? 0) + v.value);
    } else if (v.metricName?.endsWith("_sum")) entry.sum = v.value;
    else if (v.metricName?.endsWith("_count")) entry.count = v.value;
  }
  return {
    latency: [...byProcedure]
      .map(([procedure, e]) => ({
        procedure,
        count: e.count,
        sumSeconds: e.sum,
        p50Seconds: histogramQuantile(0.5, e.buckets),
        p95Seconds: histogramQuantile(0.95, e.buckets),
      }))
      .sort((a, b) => a.procedure.localeCompare(b.procedure)),
    latencyBuckets: [...overall]
      .sort(([a], [b]) => a - b)
      .map(([le, count]) => ({ le: Number.isFinite(le) ? le : null, count })),
  };
}

async function countMembers(organizationId: string) {
  const [row] = await db.$queryRaw<{ total: number; disabled: number }[]>`
    SELECT count(*)::int AS total, (count(*) FILTER (WHERE u.banned))::int AS disabled
    FROM member m JOIN "user" u ON u.id = m."userId"
    WHERE m."organizationId" = ${organizationId}`;
  const total = row?.total ?? 0;
  const disabled = row?.disabled ?? 0;
  return { total, enabled: total - disabled, disabled };
}
