import { RingBuffer } from "@/lib/ring-buffer";
import type { TMetricsHistorySample } from "@/lib/schemas/metrics";
import { config } from "@/server/config";
import { logger } from "@/server/logger";
import { metrics } from "@/server/metrics-registry";

// The Metrics page's charts need differences between samples of the cumulative counters. Kept only
// in the browser, a freshly opened page would show a single dot; so each instance samples its own
// counters on a timer, the last hour of them, and the summary hands its organization's share over.

type Totals = { requests: number; failed: number; latencyCount: number; latencySum: number; buckets: Map<number, number> };
type Snapshot = { at: number; byOrganization: Map<string, Totals> };
type History = { buffer: RingBuffer<Snapshot>; timer: NodeJS.Timeout };

const leOf = (le: string | number | undefined) => (le === "+Inf" ? Infinity : Number(le));

/** This instance's request counters right now, added up per organization label. */
export async function takeSnapshot(at = Date.now()): Promise<Snapshot> {
  const [requests, latency] = await Promise.all([metrics.requests.get(), metrics.latency.get()]);
  const byOrganization = new Map<string, Totals>();
  const totalsOf = (organization: string | number | undefined) => {
    const key = String(organization);
    let totals = byOrganization.get(key);
    if (!totals) byOrganization.set(key, (totals = { requests: 0, failed: 0, latencyCount: 0, latencySum: 0, buckets: new Map() }));
    return totals;
  };
  for (const v of requests.values) {
    const totals = totalsOf(v.labels.organization);
    totals.requests += v.value;
    if (Number(v.labels.status) >= 400) totals.failed += v.value;
  }
  for (const v of latency.values) {
    const totals = totalsOf(v.labels.organization);
    if (v.metricName?.endsWith("_bucket")) {
      const le = leOf((v.labels as Record<string, string | number>).le);
      totals.buckets.set(le, (totals.buckets.get(le) ?? 0) + v.value);
    } else if (v.metricName?.endsWith("_sum")) totals.latencySum += v.value;
    else if (v.metricName?.endsWith("_count")) totals.latencyCount += v.value;
  }
  return { at, byOrganization };
}

/** One organization's share of a snapshot, as the summary serves it (zeros before its first request). */
export function organizationSample(snapshot: Snapshot, organizationId: string): TMetricsHistorySample {
  const totals = snapshot.byOrganization.get(organizationId);
  return {
    at: new Date(snapshot.at).toISOString(),
    requests: totals?.requests ?? 0,
    failed: totals?.failed ?? 0,
    latencyCount: totals?.latencyCount ?? 0,
    latencySumSeconds: totals?.latencySum ?? 0,
    latencyBuckets: [...(totals?.buckets ?? [])].sort(([a], [b]) => a - b).map(([le, count]) => ({ le: Number.isFinite(le) ? le : null, count })),
  };
}

// One sampler per process, kept across hot reloads like the registry it reads.
const globalForHistory = globalThis as unknown as { rosterMetricsHistory?: History };

/**
 * Starts sampling this instance's counters every ROSTER_METRICS_SAMPLE_SECONDS (at once, then on
 * the timer), keeping the last hour. Idempotent: the server calls it at start, the summary on use.
 */
export function startMetricsHistory(): History {
  if (globalForHistory.rosterMetricsHistory) return globalForHistory.rosterMetricsHistory;
  const { sampleSeconds, keepSamples } = config.metricsHistory;
  const buffer = new RingBuffer<Snapshot>(keepSamples);
  const sample = () =>
    takeSnapshot()
      .then((snapshot) => buffer.push(snapshot))
      .catch((error: unknown) => logger().warn({ err: error }, "could not sample the metrics for the Metrics page"));
  void sample();
  const timer = setInterval(sample, sampleSeconds * 1000);
  timer.unref();
  return (globalForHistory.rosterMetricsHistory = { buffer, timer });
}

/** The organization's samples from the last hour on this instance, oldest first. */
export function metricsHistory(organizationId: string): TMetricsHistorySample[] {
  return startMetricsHistory()
    .buffer.toArray()
    .map((snapshot) => organizationSample(snapshot, organizationId));
}
