import type { Metadata } from "next";
import { NotAllowed } from "@/components/common/not-allowed";
import { groupsListInput, groupsViewFromParams } from "@/components/groups/groups-query";
import { PageHeader } from "@/components/shell/page-header";
import { UserManagerTabs } from "@/components/users/user-manager-tabs";
import { cursorsFromParams, paramReader, tabOf, usersFiltersFromParams, usersPageInput } from "@/components/users/users-query";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
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
  const params = paramReader(await searchParams);
  const canReadGroups = viewerCan(viewer, "group:read");
  const groups = groupsViewFromParams(params);
  // Awaited, so the open tab's page (as the URL's filters ask) is in the HTML rather than behind a loading state.
  await (tabOf(params.get("tab")) === "groups" && canReadGroups
    ? getQueryClient().prefetchQuery(trpc.group.list.queryOptions(groupsListInput(groups.search, groups.sort)))
    : getQueryClient().prefetchQuery(trpc.user.all.queryOptions(usersPageInput(usersFiltersFromParams(params), cursorsFromParams(params).at(-1)))));
  return (
    <HydrateClient>
      {header}
      <UserManagerTabs
        viewer={{ userId: viewer.userId, role: viewer.role, permissions: viewer.permissions }}
        canCreateUsers={viewerCan(viewer, "member:create")}
        allowAdmin={viewer.role === "owner"}
        canReadGroups={canReadGroups}
        canManageGroups={viewerCan(viewer, "group:manage")}
        canManageSettings={viewerCan(viewer, "settings:manage")}
      />
    </HydrateClient>
  );
}
