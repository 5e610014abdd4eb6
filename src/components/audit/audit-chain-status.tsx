"use client";

import { useQuery } from "@tanstack/react-query";
import { RefreshCw, ShieldAlert, ShieldCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

/** audit.verify's answer: the hash chain recomputed from the first event, or its first broken link. */
export function AuditChainStatus() {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.audit.verify.queryOptions(), staleTime: 0 });
  const verifyAgain = (
    <Button variant="outline" size="sm" onClick={() => query.refetch()} disabled={query.isFetching}>
      <RefreshCw aria-hidden className={cn(query.isFetching && "animate-spin")} /> {query.isFetching ? "Verifying…" : "Verify again"}
    </Button>
  );
  let body: React.ReactNode;
  let tone = "border-border";
  if (query.isPending) {
    body = <p className="text-sm text-muted-foreground">Verifying the chain…</p>;
  } else if (query.isError) {
    tone = "border-destructive/40 bg-destructive/5";
    body = <p className="text-sm text-destructive">Could not verify the chain: {query.error.message}</p>;
  } else if (query.data.valid) {
    tone = "border-emerald-600/30 bg-emerald-50 dark:border-emerald-400/30 dark:bg-emerald-950/60";
    body = (
      <div className="flex items-start gap-3 text-emerald-900 dark:text-emerald-200">
        <ShieldCheck aria-hidden className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-medium">
            Chain intact: {query.data.checked} {query.data.checked === 1 ? "event" : "events"} checked
          </p>
          <p className="text-sm">Every event carries the hash of the one before it, up to the latest (#{query.data.headSeq}).</p>
        </div>
      </div>
    );
  } else {
    tone = "border-destructive/40 bg-destructive/5";
    const broken = query.data.firstBroken;
    body = (
      <div className="flex items-start gap-3 text-destructive">
        <ShieldAlert aria-hidden className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-medium">Chain broken at event #{broken?.seq}</p>
          <p className="text-sm">
            {broken?.reason}. {query.data.checked} {query.data.checked === 1 ? "event" : "events"} before it check out.
          </p>
        </div>
      </div>
    );
  }
  return (
    <section aria-label="Chain verification" role="status" className={cn("flex flex-wrap items-center justify-between gap-3 rounded-lg border px-4 py-3", tone)}>
      {body}
      {verifyAgain}
    </section>
  );
}
