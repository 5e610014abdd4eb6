"use client";

import { useQuery } from "@tanstack/react-query";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { LocalTime } from "@/components/common/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";
import { describeWorkspaceGrants } from "./describe-workspace-grants";
import { WorkspaceRowActions } from "./workspace-row-actions";

/** The organization's named workspaces, with how many grants each carries. */
export function WorkspacesTable({ canManage }: { canManage: boolean }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.workspace.list.queryOptions());
  const columns = canManage ? 5 : 4;
  return (
    <div className="grid grid-cols-1 gap-3">
      <Table aria-label="Workspaces">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Description</TableHead>
            <TableHead>Access granted</TableHead>
            <TableHead>Created</TableHead>
            {canManage ? (
              <TableHead className="w-24">
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {query.isPending ? (
            <LoadingRows columns={columns} label="Loading workspaces" />
          ) : query.isError ? (
            <MessageRow columns={columns}>
              <ErrorState message={`Could not load workspaces: ${query.error.message}`} onRetry={() => query.refetch()} />
            </MessageRow>
          ) : query.data.length === 0 ? (
            <MessageRow columns={columns}>
              <EmptyState
                title="No workspaces yet"
                hint={canManage ? "Create one, such as ops or prod, then give people a role in it." : "Items with no workspace belong to the default one."}
                action={canManage ? <CreateWorkspaceDialog label="Create a workspace" /> : undefined}
              />
            </MessageRow>
          ) : (
            query.data.map((workspace) => (
              <TableRow key={workspace.id}>
                <TableCell className="font-medium">{workspace.name}</TableCell>
                <TableCell className="text-muted-foreground">{workspace.description || "—"}</TableCell>
                <TableCell>{describeWorkspaceGrants(workspace)}</TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <LocalTime iso={workspace.createdAt} dateOnly />
                </TableCell>
                {canManage ? (
                  <TableCell>
                    <WorkspaceRowActions workspace={workspace} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      <p className="text-xs text-muted-foreground">
        Items that name no workspace belong to the implicit <span className="font-medium">default</span> workspace, which is not listed here.
      </p>
    </div>
  );
}
