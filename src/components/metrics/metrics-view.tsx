"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "@/components/common/list-states";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { MetricsBreakdown } from "./metrics-breakdown";
import { toSeries } from "./metrics-series";
import { MetricsTokenCard } from "./metrics-token-card";
import { TimeSeriesChart } from "./time-series-chart";
import { useMetricsSamples } from "./use-metrics-samples";

export function MetricsView({ origin, canRotate }: { origin: string; canRotate: boolean }) {
  const trpc = useTRPC();
  const config = useQuery(trpc.user.getMetricsToken.queryOptions());
  return (
    <div className="grid grid-cols-1 gap-6">
      <MetricsTokenCard origin={origin} canRotate={canRotate} />
      {config.data ? <MetricsCharts refreshSeconds={config.data.metricsConfig.server.refreshRate} /> : null}
    </div>
  );
}

function MetricsCharts({ refreshSeconds }: { refreshSeconds: number }) {
  const { query, samples } = useMetricsSamples(refreshSeconds);
  const points = toSeries(samples);
  if (query.isPending) return <Skeleton className="h-64" aria-label="Loading metrics" />;
  if (!query.data) return <ErrorState message={`Could not load metrics: ${query.error?.message ?? "no data"}`} onRetry={() => query.refetch()} />;
  return (
    <section aria-label="Charts" className="grid grid-cols-1 gap-6">
      {query.isError ? (
        <p role="alert" className="text-sm text-destructive">
          The last refresh failed ({query.error.message}); showing the previous sample.
        </p>
      ) : null}
      <p className="text-xs text-muted-foreground">
        This instance&apos;s counters since it started. The charts cover up to the last hour on this instance ({samples.length} samples) and
        add one every {refreshSeconds} s while this page is open.
      </p>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <TimeSeriesChart
          title="Requests per second"
          unit="req/s"
          points={points}
          waitingSeconds={refreshSeconds}
          lines={[
            { key: "requestsPerSecond", name: "All requests", color: "#2563eb" },
            { key: "failedPerSecond", name: "Failed (4xx/5xx)", color: "#dc2626" },
          ]}
        />
        <TimeSeriesChart
          title="Latency"
          unit="ms"
          points={points}
          waitingSeconds={refreshSeconds}
          lines={[
            { key: "averageMs", name: "Average", color: "#2563eb" },
            { key: "p95Ms", name: "p95", color: "#9333ea" },
          ]}
        />
      </div>
      <MetricsBreakdown summary={query.data} />
    </section>
  );
}
