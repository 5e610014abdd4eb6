import type { Metadata } from "next";
import { NotAllowed } from "@/components/common/not-allowed";
import { PageHeader } from "@/components/shell/page-header";
import { CreateWorkspaceDialog } from "@/components/workspaces/create-workspace-dialog";
import { WorkspacesTable } from "@/components/workspaces/workspaces-table";
import { viewerCan } from "@/lib/viewer";
import { getQueryClient, getViewer, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const viewer = await getViewer();
  const canManage = !!viewer && viewerCan(viewer, "workspace:manage");
  const header = (
    <PageHeader
      title="Workspaces"
      description="Named scopes such as ops or prod. A member has a role in all of them, or in the ones selected for them."
      actions={canManage ? <CreateWorkspaceDialog /> : undefined}
    />
  );
  if (!viewer || !viewerCan(viewer, "workspace:read")) {
    return (
      <>
        <PageHeader title="Workspaces" />
        <NotAllowed what="the workspaces" needs="workspace:read" />
      </>
    );
  }
  await getQueryClient().prefetchQuery(trpc.workspace.list.queryOptions());
  return (
    <HydrateClient>
      {header}
      <WorkspacesTable canManage={canManage} />
    </HydrateClient>
  );
}
