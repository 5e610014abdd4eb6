import type { Metadata } from "next";
import { NotAllowed } from "@/components/common/not-allowed";
import { GroupDetail } from "@/components/groups/group-detail";
import { PageHeader } from "@/components/shell/page-header";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Group" };

export default async function GroupPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { groupId } = await params;
  const viewer = await getViewer();
  if (!viewer || !viewerCan(viewer, "group:read")) {
    return (
      <>
        <PageHeader title="Group" />
        <NotAllowed what="the groups" needs="group:read" />
      </>
    );
  }
  // Awaited: a failed query (404) is then left for the client to fetch, which reads its error code.
  await getQueryClient().prefetchQuery(trpc.group.get.queryOptions({ groupId }));
  return (
    <HydrateClient>
      <GroupDetail groupId={groupId} canManage={viewerCan(viewer, "group:manage")} held={viewer.permissions} />
    </HydrateClient>
  );
}
