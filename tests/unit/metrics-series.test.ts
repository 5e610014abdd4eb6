import { describe, expect, it } from "vitest";
import { appendSample, toSeries, type MetricsSample } from "@/components/metrics/metrics-series";

const sample = (at: number, requests: number, patch: Partial<MetricsSample> = {}): MetricsSample => ({
  at: at * 1000,
  startedAt: "2030-01-01T00:00:00.000Z",
  requests,
  failed: 0,
  latencyCount: requests,
  latencySum: requests * 0.01,
  buckets: [
    { le: 0.01, count: requests },
    { le: Infinity, count: requests },
  ],
  ...patch,
});

describe("the Metrics page's series", () => {
  it("charts requests per second and latency between neighbouring samples", () => {
    const [point] = toSeries([sample(0, 10), sample(5, 60)]);
    expect(point).toMatchObject({ requestsPerSecond: 10, averageMs: 10 });
    expect(point!.p95Ms).toBeCloseTo(9.5);
  });

  it("skips a pair across an instance restart, and a quiet interval has no latency", () => {
    expect(toSeries([sample(0, 100), sample(5, 3, { startedAt: "2030-01-02T00:00:00.000Z" })])).toEqual([]);
    expect(toSeries([sample(0, 10), sample(5, 10)])[0]).toMatchObject({ requestsPerSecond: 0, averageMs: null, p95Ms: null });
  });

  it("keeps the last 60 samples and ignores a repeated one", () => {
    let samples: MetricsSample[] = [];
    for (let i = 0; i < 70; i++) samples = appendSample(samples, sample(i, i));
    expect(samples).toHaveLength(60);
    expect(appendSample(samples, sample(69, 69))).toBe(samples);
  });
});
