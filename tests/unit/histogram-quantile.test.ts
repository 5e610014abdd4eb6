import { describe, expect, it } from "vitest";
import { bucketDelta, histogramQuantile } from "@/lib/histogram-quantile";

const buckets = (pairs: [number, number][]) => pairs.map(([le, count]) => ({ le, count }));

describe("histogramQuantile", () => {
  it("interpolates inside the bucket that holds the rank, as Prometheus does", () => {
    // 10 observations ≤ 0.1 s, 10 more in (0.1, 0.2]
    const b = buckets([[0.1, 10], [0.2, 20], [Infinity, 20]]);
    expect(histogramQuantile(0.5, b)).toBeCloseTo(0.1);
    expect(histogramQuantile(0.75, b)).toBeCloseTo(0.15);
    expect(histogramQuantile(0.25, b)).toBeCloseTo(0.05);
  });

  it("answers the highest finite bound when the rank falls in +Inf, and null with no observations", () => {
    expect(histogramQuantile(0.95, buckets([[0.1, 1], [1, 1], [Infinity, 10]]))).toBe(1);
    expect(histogramQuantile(0.5, buckets([[0.1, 0], [Infinity, 0]]))).toBeNull();
    expect(histogramQuantile(0.5, [])).toBeNull();
  });

  it("takes the difference of two snapshots bucket by bucket", () => {
    const earlier = buckets([[0.1, 5], [Infinity, 6]]);
    const later = buckets([[0.1, 9], [Infinity, 12]]);
    expect(bucketDelta(later, earlier)).toEqual(buckets([[0.1, 4], [Infinity, 6]]));
  });
});
