import { describe, expect, it } from "vitest";
import { KEEP_MS, mergeSamples, toSeries, type MetricsSample } from "@/components/metrics/metrics-series";

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

  it("merges the instance's history with the page's own samples, in time order, once each, over the last hour", () => {
    const history = [sample(0, 0), sample(10, 5), sample(20, 9)];
    let samples = mergeSamples([], [...history, sample(25, 12)]);
    expect(samples.map((s) => s.at / 1000)).toEqual([0, 10, 20, 25]);
    // The next answer repeats the history, adds one server sample and the page's own.
    samples = mergeSamples(samples, [...history, sample(30, 14), sample(31, 15)]);
    expect(samples.map((s) => s.at / 1000)).toEqual([0, 10, 20, 25, 30, 31]);
    expect(toSeries(samples)).toHaveLength(5);
    // Older than an hour before the newest: dropped.
    const later = mergeSamples(samples, [sample(KEEP_MS / 1000 + 15, 99)]);
    expect(later.map((s) => s.at / 1000)).toEqual([20, 25, 30, 31, KEEP_MS / 1000 + 15]);
  });

  it("keeps only the samples of the instance that answered last", () => {
    const restarted = { startedAt: "2030-01-02T00:00:00.000Z" };
    const samples = mergeSamples([sample(0, 100), sample(10, 110)], [sample(20, 1, restarted), sample(30, 2, restarted)]);
    expect(samples.map((s) => s.requests)).toEqual([1, 2]);
  });
});
