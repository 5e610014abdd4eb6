import type { Metadata } from "next";
import { NotAllowed } from "@/components/common/not-allowed";
import { PageHeader } from "@/components/shell/page-header";
import { NO_FILTERS, usersPageInput } from "@/components/users/users-query";
import { UsersTable } from "@/components/users/users-table";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await getViewer();
  const header = <PageHeader title="Users" description="The members of your organization, their roles and whether they can sign in." />;
  if (!viewer || !viewerCan(viewer, "member:read")) {
    return (
      <>
        {header}
        <NotAllowed what="the organization's members" needs="member:read" />
      </>
    );
  }
  // Awaited, so the first page is in the HTML rather than behind a loading state.
  await getQueryClient().prefetchQuery(trpc.user.all.queryOptions(usersPageInput(NO_FILTERS, undefined)));
  return (
    <HydrateClient>
      {header}
      <UsersTable viewerId={viewer.userId} />
    </HydrateClient>
  );
}
