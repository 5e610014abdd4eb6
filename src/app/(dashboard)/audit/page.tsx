import type { Metadata } from "next";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { auditPagesOptions } from "@/components/audit/audit-query";
import { NotAllowed } from "@/components/common/not-allowed";
import { PageHeader } from "@/components/shell/page-header";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const viewer = await getViewer();
  const header = (
    <PageHeader
      title="Audit log"
      description="Every change in this organization: who made it, when, from where, and what it changed. Events are hash-chained, so tampering shows."
    />
  );
  if (!viewer || !viewerCan(viewer, "audit:read")) {
    return (
      <>
        {header}
        <NotAllowed what="the audit log" needs="audit:read" />
      </>
    );
  }
  const queryClient = getQueryClient();
  // The first page is in the HTML; the chain's state (the last full verification, a quick check of
  // the latest events) streams in on the client.
  await queryClient.prefetchInfiniteQuery(auditPagesOptions(trpc, queryClient, {}));
  return (
    <HydrateClient>
      {header}
      <AuditLogView />
    </HydrateClient>
  );
}
