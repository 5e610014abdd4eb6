import { bucketDelta, histogramQuantile, type Bucket } from "@/lib/histogram-quantile";
import type { TMetricsSummary } from "@/lib/schemas/metrics";

// The Metrics page keeps the last samples of user.getMetricsSummary (cumulative counters) and
// charts the differences between neighbours: requests per second and latency per interval.

export const MAX_SAMPLES = 60;

export type MetricsSample = {
  at: number;
  startedAt: string;
  requests: number;
  failed: number;
  latencyCount: number;
  latencySum: number;
  buckets: Bucket[];
};

export type SeriesPoint = {
  at: number;
  requestsPerSecond: number;
  failedPerSecond: number;
  averageMs: number | null;
  p95Ms: number | null;
};

export function toSample(summary: TMetricsSummary): MetricsSample {
  let requests = 0;
  let failed = 0;
  for (const r of summary.requests) {
    requests += r.count;
    if (r.status >= 400) failed += r.count;
  }
  return {
    at: Date.parse(summary.collectedAt),
    startedAt: summary.instance.startedAt,
    requests,
    failed,
    latencyCount: summary.latency.reduce((n, l) => n + l.count, 0),
    latencySum: summary.latency.reduce((n, l) => n + l.sumSeconds, 0),
    buckets: summary.latencyBuckets.map((b) => ({ le: b.le ?? Infinity, count: b.count })),
  };
}

/** Adds a sample unless it repeats the last one; keeps at most MAX_SAMPLES. */
export const appendSample = (samples: MetricsSample[], next: MetricsSample) =>
  samples.at(-1)?.at === next.at ? samples : [...samples, next].slice(-MAX_SAMPLES);

/**
 * One point per pair of neighbouring samples. A pair across an instance restart (or another
 * instance answering, whose counters differ) has no meaningful difference and is skipped.
 */
export function toSeries(samples: readonly MetricsSample[]): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (let i = 1; i < samples.length; i++) {
    const [a, b] = [samples[i - 1]!, samples[i]!];
    const seconds = (b.at - a.at) / 1000;
    if (seconds <= 0 || a.startedAt !== b.startedAt || b.requests < a.requests) continue;
    const count = b.latencyCount - a.latencyCount;
    const p95 = count > 0 ? histogramQuantile(0.95, bucketDelta(b.buckets, a.buckets)) : null;
    points.push({
      at: b.at,
      requestsPerSecond: round((b.requests - a.requests) / seconds),
      failedPerSecond: round((b.failed - a.failed) / seconds),
      averageMs: count > 0 ? round(((b.latencySum - a.latencySum) / count) * 1000) : null,
      p95Ms: p95 === null ? null : round(p95 * 1000),
    });
  }
  return points;
}

const round = (n: number) => Math.round(n * 100) / 100;
