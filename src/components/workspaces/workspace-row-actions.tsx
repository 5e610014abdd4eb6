"use client";

import { useMutation } from "@tanstack/react-query";
import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/common/confirm-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import type { TWorkspace } from "@/lib/schemas/workspace";
import { useTRPC } from "@/trpc/react";
import { describeWorkspaceGrants } from "./describe-workspace-grants";
import { WorkspaceForm } from "./workspace-form";

/** Rename (a dialog) and delete (after a confirmation that says what access goes with it). */
export function WorkspaceRowActions({ workspace }: { workspace: TWorkspace }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const [open, setOpen] = useState(false);
  const remove = useMutation(trpc.workspace.delete.mutationOptions());
  const grants = workspace.memberGrantCount + workspace.groupGrantCount;
  return (
    <div className="flex justify-end gap-1">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={`Rename workspace ${workspace.name}`}>
            <Pencil aria-hidden />
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Rename {workspace.name}</DialogTitle>
            <DialogDescription>Change the workspace&apos;s name or description.</DialogDescription>
          </DialogHeader>
          {open ? <WorkspaceForm workspace={workspace} onDone={() => setOpen(false)} /> : null}
        </DialogContent>
      </Dialog>
      <ConfirmAction
        trigger={
          <Button variant="ghost" size="icon" aria-label={`Delete workspace ${workspace.name}`}>
            <Trash2 aria-hidden />
          </Button>
        }
        title={`Delete the workspace ${workspace.name}?`}
        description={
          grants === 0
            ? "Nobody has a role in it, so no one loses access. This cannot be undone."
            : `This removes ${describeWorkspaceGrants(workspace)}: they lose their role in ${workspace.name} at once. This cannot be undone.`
        }
        confirmLabel="Delete workspace"
        pendingLabel="Deleting…"
        onConfirm={async () => {
          await remove.mutateAsync({ workspaceId: workspace.id });
          toast.success(`Workspace ${workspace.name} deleted`);
          await invalidate();
        }}
      />
    </div>
  );
}
