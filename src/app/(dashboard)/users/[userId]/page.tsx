import type { Metadata } from "next";
import { apiKeysPageInput } from "@/components/api-keys/api-keys-query";
import { NotAllowed } from "@/components/common/not-allowed";
import { PageHeader } from "@/components/shell/page-header";
import { UserDetail } from "@/components/users/user-detail";
import { memberActions } from "@/lib/member-actions";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const viewer = await getViewer();
  // Yourself always; others with member:read (user.one answers 403 otherwise).
  if (!viewer || (userId !== viewer.userId && !viewerCan(viewer, "member:read"))) {
    return (
      <>
        <PageHeader title="User" />
        <NotAllowed what="other members" needs="member:read" />
      </>
    );
  }
  const keysScope = memberActions(viewer, { userId, role: "member", system: false, enabled: true }).apiKeysScope;
  // Awaited: a failed query (404) is then left for the client to fetch, which reads its error code.
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.user.one.queryOptions({ userId })),
    keysScope ? queryClient.prefetchQuery(trpc.user.listApiKeys.queryOptions(apiKeysPageInput(keysScope, userId))) : null,
  ]);
  return (
    <HydrateClient>
      <UserDetail userId={userId} viewer={viewer} />
    </HydrateClient>
  );
}
