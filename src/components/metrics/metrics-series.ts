import { bucketDelta, histogramQuantile, type Bucket } from "@/lib/histogram-quantile";
import type { TMetricsSummary } from "@/lib/schemas/metrics";

// The Metrics page charts the differences between neighbouring samples of the cumulative counters:
// requests per second and latency per interval. Its samples are the instance's own history (the
// last hour, served with every summary) merged with each summary the page receives while open.

/** How far back the charts reach. */
export const KEEP_MS = 60 * 60 * 1000;
/** Samples closer together than this make no meaningful rate: the later one is left out. */
const MIN_GAP_MS = 500;

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

/** The instance's history that came with a summary, as samples, oldest first. */
export const historySamples = (summary: TMetricsSummary): MetricsSample[] =>
  summary.history.map((h) => ({
    at: Date.parse(h.at),
    startedAt: summary.instance.startedAt,
    requests: h.requests,
    failed: h.failed,
    latencyCount: h.latencyCount,
    latencySum: h.latencySumSeconds,
    buckets: h.latencyBuckets.map((b) => ({ le: b.le ?? Infinity, count: b.count })),
  }));

/**
 * The samples kept so far with new ones merged in, in time order: only those of the instance that
 * answered last (another instance's counters are not comparable), within KEEP_MS of the newest, and
 * none closer than MIN_GAP_MS to the one before it.
 */
export function mergeSamples(kept: readonly MetricsSample[], incoming: readonly MetricsSample[]): MetricsSample[] {
  const latest = incoming.at(-1) ?? kept.at(-1);
  if (!latest) return [];
  const merged: MetricsSample[] = [];
  const all = [...kept, ...incoming].filter((s) => s.startedAt === latest.startedAt && s.at > latest.at - KEEP_MS).sort((a, b) => a.at - b.at);
  for (const sample of all) {
    const previous = merged.at(-1);
    if (!previous || sample.at - previous.at >= MIN_GAP_MS) merged.push(sample);
  }
  return merged;
}

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
