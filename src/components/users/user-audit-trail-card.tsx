"use client";

import Link from "next/link";
import { AuditEventsTable } from "@/components/audit/audit-events-table";
import { useAuditPages } from "@/components/audit/use-audit-pages";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const PAGE = 10;

/** What was done to this member (audit events whose target is them), newest first. */
export function UserAuditTrailCard({ userId, username }: { userId: string; username: string }) {
  const pages = useAuditPages({ target: userId, targetType: "user" }, PAGE);
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2">
        <div className="grid grid-cols-1 gap-1.5">
          <CardTitle>Audit trail</CardTitle>
          <CardDescription>Changes made to {username}, newest first.</CardDescription>
        </div>
        <Link href="/audit" className="text-sm text-muted-foreground hover:text-foreground hover:underline">
          Open the audit log
        </Link>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-3">
        <AuditEventsTable
          label={`Audit trail of ${username}`}
          events={pages.events}
          isPending={pages.isPending}
          error={pages.error}
          onRetry={() => pages.refetch()}
          empty={{ title: "No changes recorded yet" }}
          hideTarget
        />
        {pages.hasNextPage ? (
          <div className="flex justify-center">
            <Button variant="outline" size="sm" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
              {pages.isFetchingNextPage ? "Loading…" : "Load more"}
            </Button>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
