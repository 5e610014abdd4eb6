"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Eye, EyeOff, RefreshCw } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/common/confirm-action";
import { CopyButton } from "@/components/common/copy-button";
import { ErrorState } from "@/components/common/list-states";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";

const MASK = "•".repeat(32);

/** The metrics token, hidden until revealed; copy, rotate, and the curl line that scrapes with it. */
export function MetricsTokenCard({ origin, canRotate }: { origin: string; canRotate: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.user.getMetricsToken.queryOptions());
  const rotate = useMutation(trpc.user.rotateMetricsToken.mutationOptions());
  const [revealed, setRevealed] = useState(false);

  if (query.isPending) return <Skeleton className="h-56" aria-label="Loading the metrics token" />;
  if (query.isError) return <ErrorState message={`Could not load the metrics token: ${query.error.message}`} onRetry={() => query.refetch()} />;

  const { token, refreshRate } = query.data.metricsConfig.server;
  const curl = (t: string) => `curl -H "Authorization: Bearer ${t}" ${origin}/api/metrics`;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Metrics token</CardTitle>
        <CardDescription>
          Prometheus reads this organization&apos;s metrics with it. The charts below refresh every {refreshRate} s.
          {query.data.enabledFeatures ? "" : " Metrics are switched off for this organization."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-4">
        <div className="grid grid-cols-1 gap-2">
          <Label htmlFor="metrics-token">Token</Label>
          <div className="flex flex-wrap gap-2">
            <output id="metrics-token" aria-label="Metrics token" className="flex h-9 min-w-0 flex-1 items-center truncate rounded-md border bg-muted/40 px-3 font-mono text-xs">
              {revealed ? token : MASK}
            </output>
            <Button type="button" variant="outline" size="sm" className="h-9" aria-pressed={revealed} onClick={() => setRevealed((r) => !r)}>
              {revealed ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
              {revealed ? "Hide token" : "Reveal token"}
            </Button>
            <CopyButton value={token} label="Copy metrics token" />
            {canRotate ? (
              <ConfirmAction
                trigger={
                  <Button type="button" variant="outline" size="sm" className="h-9">
                    <RefreshCw aria-hidden /> Rotate token
                  </Button>
                }
                title="Rotate the metrics token?"
                description="A new token replaces this one, which stops working at once: update your Prometheus configuration."
                confirmLabel="Rotate token"
                pendingLabel="Rotating…"
                onConfirm={async () => {
                  const next = await rotate.mutateAsync({});
                  queryClient.setQueryData(trpc.user.getMetricsToken.queryKey(), next);
                  toast.success("Metrics token rotated: the old one no longer works");
                }}
              />
            ) : null}
          </div>
        </div>
        <div className="grid grid-cols-1 gap-2">
          <Label htmlFor="metrics-curl">Scrape with curl</Label>
          <div className="flex gap-2">
            <pre id="metrics-curl" className="min-w-0 flex-1 overflow-x-auto rounded-md border bg-muted/40 px-3 py-2 font-mono text-xs">
              {curl(revealed ? token : "<token>")}
            </pre>
            <CopyButton value={curl(token)} label="Copy curl command" />
          </div>
        </div>
      </CardContent>
    </Card>
  );
}
