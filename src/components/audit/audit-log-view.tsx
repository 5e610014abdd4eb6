"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { auditExportHref, NO_AUDIT_FILTERS, toAuditFilters, type AuditFilterForm } from "@/lib/audit-filters";
import { AuditChainStatus } from "./audit-chain-status";
import { AuditEventsTable } from "./audit-events-table";
import { AuditFiltersBar } from "./audit-filters-bar";
import { useAuditPages } from "./use-audit-pages";

/** The audit log: chain verification, filters, the events a page at a time, and the CSV of the same filters. */
export function AuditLogView() {
  const [form, setForm] = useState<AuditFilterForm>(NO_AUDIT_FILTERS);
  // Text boxes query once per pause; the applied filters drive the list and the export alike.
  const applied = toAuditFilters(useDebouncedValue(form, 300));
  const pages = useAuditPages(applied);
  const filtered = Object.keys(applied).length > 0;
  const count = pages.events?.length ?? 0;
  return (
    <div className="grid grid-cols-1 gap-4">
      <AuditChainStatus />
      <AuditFiltersBar value={form} onChange={setForm} />
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
        <span aria-live="polite">
          {pages.isSuccess ? `${count} ${count === 1 ? "event" : "events"} shown${pages.hasNextPage ? ", more to load" : ""}` : null}
          {pages.isFetching && !pages.isPending ? " · updating…" : null}
        </span>
        <Button variant="outline" size="sm" asChild>
          <a href={auditExportHref(applied)} download>
            <Download aria-hidden /> Export CSV
          </a>
        </Button>
      </div>
      <AuditEventsTable
        label="Audit events"
        events={pages.events}
        isPending={pages.isPending}
        error={pages.error}
        onRetry={() => pages.refetch()}
        empty={filtered ? { title: "No events match these filters", hint: "Try another actor, action, target or range of days." } : { title: "No events yet" }}
      />
      {pages.hasNextPage ? (
        <div className="flex justify-center">
          <Button variant="outline" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
