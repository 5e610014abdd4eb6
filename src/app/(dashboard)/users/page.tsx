import type { Metadata } from "next";
import { NotAllowed } from "@/components/common/not-allowed";
import { DEFAULT_GROUP_SORT, groupsListInput } from "@/components/groups/groups-query";
import { PageHeader } from "@/components/shell/page-header";
import { UserManagerTabs } from "@/components/users/user-manager-tabs";
import { NO_FILTERS, tabOf, usersPageInput } from "@/components/users/users-query";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ tab?: string | string[] }> }) {
  const viewer = await getViewer();
  const header = <PageHeader title="User Manager" description="The members of your organization and their groups: roles, access and whether they can sign in." />;
  if (!viewer || !viewerCan(viewer, "member:read")) {
    return (
      <>
        {header}
        <NotAllowed what="the organization's members" needs="member:read" />
      </>
    );
  }
  const { tab } = await searchParams;
  const canReadGroups = viewerCan(viewer, "group:read");
  // Awaited, so the open tab's first page is in the HTML rather than behind a loading state.
  await (tabOf(typeof tab === "string" ? tab : undefined) === "groups" && canReadGroups
    ? getQueryClient().prefetchQuery(trpc.group.list.queryOptions(groupsListInput("", DEFAULT_GROUP_SORT)))
    : getQueryClient().prefetchQuery(trpc.user.all.queryOptions(usersPageInput(NO_FILTERS, undefined))));
  return (
    <HydrateClient>
      {header}
      <UserManagerTabs
        viewerId={viewer.userId}
        canCreateUsers={viewerCan(viewer, "member:create")}
        allowAdmin={viewer.role === "owner"}
        canReadGroups={canReadGroups}
        canManageGroups={viewerCan(viewer, "group:manage")}
      />
    </HydrateClient>
  );
}
