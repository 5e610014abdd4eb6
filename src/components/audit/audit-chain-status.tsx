"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RefreshCw, ShieldAlert, ShieldCheck, ShieldQuestion } from "lucide-react";
import { useEffect, useRef } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Button } from "@/components/ui/button";
import type { TAuditVerification, TVerifyAuditOutput } from "@/lib/schemas/audit";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

const count = (n: number) => n.toLocaleString("en");
const events = (n: number) => `${count(n)} ${n === 1 ? "event" : "events"}`;

/**
 * The chain's state: the latest full verification (a background job: its progress while it runs,
 * its outcome after, when and by whom), a button that starts one, and the quick check of the latest
 * events (audit.verify) that answers at once.
 */
export function AuditChainStatus() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const latest = useQuery({
    ...trpc.audit.getVerification.queryOptions(),
    refetchInterval: (query) => (isActive(query.state.data) ? 1000 : false),
  });
  const quick = useQuery({ ...trpc.audit.verify.queryOptions(), staleTime: 0 });
  const start = useMutation(
    trpc.audit.startVerification.mutationOptions({
      onSuccess: (verification) => {
        queryClient.setQueryData(trpc.audit.getVerification.queryKey(), verification);
        void queryClient.invalidateQueries({ queryKey: trpc.audit.list.queryKey() });
      },
    }),
  );
  const verification = latest.data ?? null;
  // A verification that finishes while the page is open checks the latest events again too, so the
  // quick check never contradicts the outcome shown above it.
  const finishedAt = verification?.finishedAt ?? null;
  const shownFinish = useRef(finishedAt);
  useEffect(() => {
    if (finishedAt === shownFinish.current) return;
    shownFinish.current = finishedAt;
    void queryClient.invalidateQueries({ queryKey: trpc.audit.verify.queryKey() });
  }, [finishedAt, queryClient, trpc]);
  const running = isActive(verification) || start.isPending;
  const broken = verification?.status === "done" && verification.valid === false;
  const tone = broken
    ? "border-destructive/40 bg-destructive/5"
    : verification?.status === "done"
      ? "border-emerald-600/30 bg-emerald-50 dark:border-emerald-400/30 dark:bg-emerald-950/60"
      : "border-border";
  return (
    <section aria-label="Chain verification" className={cn("grid gap-3 rounded-lg border px-4 py-3", tone)}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="status" aria-live="polite">
          {latest.isPending ? <p className="text-sm text-muted-foreground">Loading the last verification…</p> : <FullVerification verification={verification} />}
        </div>
        <Button variant="outline" size="sm" onClick={() => start.mutate(undefined)} disabled={running}>
          <RefreshCw aria-hidden className={cn(running && "animate-spin")} /> {running ? "Verifying…" : "Verify the whole chain"}
        </Button>
      </div>
      {start.isError ? <p className="text-sm text-destructive">Could not start a verification: {start.error.message}</p> : null}
      <QuickCheck query={quick} />
    </section>
  );
}

const isActive = (v: TAuditVerification | null | undefined) => v?.status === "queued" || v?.status === "running";

function FullVerification({ verification: v }: { verification: TAuditVerification | null }) {
  if (!v) {
    return (
      <div className="flex items-start gap-3">
        <ShieldQuestion aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
        <p className="font-medium">The whole chain has not been verified yet</p>
      </div>
    );
  }
  const by = (
    <>
      started by {v.requestedBy.name} <LocalTime iso={v.createdAt} prefix="on " />
    </>
  );
  if (v.status === "queued" || v.status === "running") {
    const percent = v.total ? Math.floor((v.checked / v.total) * 100) : 0;
    return (
      <div className="grid gap-1.5">
        <p className="font-medium">
          {v.status === "queued" ? "Verification queued" : `Verifying the whole chain: ${count(v.checked)} of ${events(v.total)} checked (${percent} %)`}
        </p>
        <div className="h-2 w-72 max-w-full overflow-hidden rounded bg-muted" role="progressbar" aria-label="Events checked" aria-valuemin={0} aria-valuemax={v.total} aria-valuenow={v.checked}>
          <div className="h-full bg-primary transition-all" style={{ width: `${percent}%` }} />
        </div>
        <p className="text-sm text-muted-foreground">{by}</p>
      </div>
    );
  }
  if (v.status === "failed") {
    return (
      <div className="flex items-start gap-3 text-destructive">
        <ShieldAlert aria-hidden className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-medium">The last verification could not finish</p>
          <p className="text-sm">
            {v.error}. {count(v.checked)} of {events(v.total)} were checked; {by}.
          </p>
        </div>
      </div>
    );
  }
  if (v.valid) {
    return (
      <div className="flex items-start gap-3 text-emerald-900 dark:text-emerald-200">
        <ShieldCheck aria-hidden className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-medium">Chain intact: all {events(v.checked)} verified</p>
          <p className="text-sm">
            Every event up to #{count(v.total)} carries the hash of the one before it. Verified {v.finishedAt ? <LocalTime iso={v.finishedAt} prefix="on " /> : null}, {by}.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="flex items-start gap-3 text-destructive">
      <ShieldAlert aria-hidden className="mt-0.5 size-5 shrink-0" />
      <div>
        <p className="font-medium">Chain broken at event #{v.firstBroken?.seq}</p>
        <p className="text-sm">
          {v.firstBroken?.reason}. {events(v.checked)} before it check out. Found {v.finishedAt ? <LocalTime iso={v.finishedAt} prefix="on " /> : null}, {by}.
        </p>
      </div>
    </div>
  );
}

/** audit.verify's answer for the latest events: a line under the full verification. */
function QuickCheck({ query }: { query: { isPending: boolean; isError: boolean; data?: TVerifyAuditOutput; error: { message: string } | null } }) {
  if (query.isPending) return <p className="text-sm text-muted-foreground">Checking the latest events…</p>;
  if (query.isError || !query.data) return <p className="text-sm text-destructive">Could not check the latest events: {query.error?.message}</p>;
  const q = query.data;
  if (q.headSeq === 0) return <p className="text-sm text-muted-foreground">No events yet.</p>;
  const range = q.complete ? `all ${events(q.headSeq)}` : `the latest ${events(q.toSeq - q.fromSeq + 1)} (#${count(q.fromSeq)} to #${count(q.toSeq)})`;
  return q.valid ? (
    <p className="text-sm text-muted-foreground">Quick check just now: {range} check out.</p>
  ) : (
    <p className="text-sm font-medium text-destructive">
      Quick check just now: broken at event #{q.firstBroken?.seq} — {q.firstBroken?.reason}.
    </p>
  );
}
