import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotAllowed } from "@/components/common/not-allowed";
import { MetricsView } from "@/components/metrics/metrics-view";
import { PageHeader } from "@/components/shell/page-header";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Metrics" };

/** The address the browser used, for a curl line that works as written. */
async function requestOrigin() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return `${proto}://${host}`;
}

export default async function MetricsPage() {
  const viewer = await getViewer();
  const header = <PageHeader title="Metrics" description="Roster's own request, latency, API key, member and email metrics for this organization." />;
  if (!viewer || !viewerCan(viewer, "monitoring:read")) {
    return (
      <>
        {header}
        <NotAllowed what="the metrics" needs="monitoring:read" />
      </>
    );
  }
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.user.getMetricsToken.queryOptions()),
    queryClient.prefetchQuery(trpc.user.getMetricsSummary.queryOptions()),
  ]);
  return (
    <HydrateClient>
      {header}
      <MetricsView origin={await requestOrigin()} canRotate={viewerCan(viewer, "settings:manage")} />
    </HydrateClient>
  );
}
