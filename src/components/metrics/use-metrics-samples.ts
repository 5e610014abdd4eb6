"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import { historySamples, mergeSamples, toSample, type MetricsSample } from "./metrics-series";

/** user.getMetricsSummary every `refreshSeconds`, and the samples so far: the instance's last hour, then each answer. */
export function useMetricsSamples(refreshSeconds: number) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.user.getMetricsSummary.queryOptions(),
    refetchInterval: Math.max(1, refreshSeconds) * 1000,
    staleTime: 0,
  });
  const [samples, setSamples] = useState<MetricsSample[]>([]);
  const [seen, setSeen] = useState<number>(0);
  // Each new answer becomes a sample while rendering (React's pattern for state derived from a
  // changing value), rather than in an effect that would render twice.
  if (query.data && query.dataUpdatedAt !== seen) {
    setSeen(query.dataUpdatedAt);
    setSamples((previous) => mergeSamples(previous, [...historySamples(query.data), toSample(query.data)]));
  }
  return { query, samples };
}
