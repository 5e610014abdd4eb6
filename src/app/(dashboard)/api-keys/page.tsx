import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { apiKeysPageInput } from "@/components/api-keys/api-keys-query";
import { ApiKeysView } from "@/components/api-keys/api-keys-view";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { PageHeader } from "@/components/shell/page-header";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const canManage = viewerCan(viewer, "apiKey:manage");
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.user.listApiKeys.queryOptions(apiKeysPageInput("mine"))),
    canManage ? queryClient.prefetchQuery(trpc.user.listApiKeys.queryOptions(apiKeysPageInput("organization"))) : null,
  ]);
  return (
    <HydrateClient>
      <PageHeader
        title="API keys"
        description="Keys for scripts, the CLI and the SDK. A key is shown once when created; revoke it when it is no longer needed."
        actions={<CreateApiKeyDialog held={viewer.permissions} />}
      />
      <ApiKeysView canManage={canManage} held={viewer.permissions} />
    </HydrateClient>
  );
}
