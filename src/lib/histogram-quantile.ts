// Quantiles estimated from cumulative histogram buckets, the way Prometheus' histogram_quantile()
// does (linear interpolation inside the bucket that holds the rank). Shared by the metrics summary
// (per procedure, since start) and the Metrics page (per refresh interval, from bucket deltas).

/** A cumulative bucket: `count` observations were ≤ `le` seconds (`le` Infinity for +Inf). */
export type Bucket = { le: number; count: number };

/** The q-quantile (0..1) of the observations, or null when there are none. */
export function histogramQuantile(q: number, buckets: readonly Bucket[]): number | null {
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  const total = sorted.at(-1)?.count ?? 0;
  if (total <= 0) return null;
  const rank = q * total;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const bucket of sorted) {
    if (bucket.count >= rank) {
      // In the +Inf bucket nothing bounds the value: answer the highest finite bound, as Prometheus does.
      if (!Number.isFinite(bucket.le)) return lowerBound;
      const inBucket = bucket.count - lowerCount;
      if (inBucket <= 0) return bucket.le;
      return lowerBound + (bucket.le - lowerBound) * ((rank - lowerCount) / inBucket);
    }
    lowerBound = bucket.le;
    lowerCount = bucket.count;
  }
  return lowerBound;
}

/** Bucket-wise difference of two cumulative snapshots (later − earlier): the observations in between. */
export function bucketDelta(later: readonly Bucket[], earlier: readonly Bucket[]): Bucket[] {
  const before = new Map(earlier.map((b) => [b.le, b.count]));
  return later.map((b) => ({ le: b.le, count: Math.max(0, b.count - (before.get(b.le) ?? 0)) }));
}
