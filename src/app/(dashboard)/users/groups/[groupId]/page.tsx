import type { Metadata } from "next";
import { NotAllowed } from "@/components/common/not-allowed";
import { GroupDetail } from "@/components/groups/group-detail";
import { groupPageInput } from "@/components/groups/groups-query";
import { cursorsFromParams, paramReader } from "@/components/users/users-query";
import { PageHeader } from "@/components/shell/page-header";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Group" };

export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ groupId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { groupId } = await params;
  const cursor = cursorsFromParams(paramReader(await searchParams)).at(-1);
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
  await getQueryClient().prefetchQuery(trpc.group.get.queryOptions(groupPageInput(groupId, cursor)));
  return (
    <HydrateClient>
      <GroupDetail groupId={groupId} canManage={viewerCan(viewer, "group:manage")} held={viewer.permissions} />
    </HydrateClient>
  );
}
