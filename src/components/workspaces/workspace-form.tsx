"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { applyServerError } from "@/lib/form-errors";
import { ZCreateWorkspaceInput, type TWorkspace } from "@/lib/schemas/workspace";
import { useTRPC } from "@/trpc/react";

type Values = { name: string; description: string };

/**
 * Creates a workspace, or renames one (`workspace` given). The same schema as workspace.create:
 * names of letters, digits, dots, dashes and underscores, never "default".
 */
export function WorkspaceForm({ workspace, onDone }: { workspace?: TWorkspace; onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const form = useForm<Values>({
    resolver: zodResolver(ZCreateWorkspaceInput.required()),
    defaultValues: { name: workspace?.name ?? "", description: workspace?.description ?? "" },
  });
  const handlers = (verb: string) => ({
    onSuccess: async (saved: TWorkspace) => {
      onDone();
      toast.success(`Workspace ${saved.name} ${verb}`);
      await invalidate();
    },
    onError: (error: Parameters<typeof applyServerError>[1]) => applyServerError(form, error),
  });
  const create = useMutation(trpc.workspace.create.mutationOptions(handlers("created")));
  const update = useMutation(trpc.workspace.update.mutationOptions(handlers("saved")));
  const pending = create.isPending || update.isPending;
  const { errors } = form.formState;
  return (
    <form
      className="grid grid-cols-1 gap-4"
      noValidate
      onSubmit={form.handleSubmit((values) => (workspace ? update.mutate({ workspaceId: workspace.id, ...values }) : create.mutate(values)))}
    >
      <FormField id="workspace-name" label="Name" hint="Letters, digits, dots, dashes and underscores, e.g. ops or prod" error={errors.name?.message}>
        <Input id="workspace-name" autoComplete="off" aria-invalid={!!errors.name} {...form.register("name")} />
      </FormField>
      <FormField id="workspace-description" label="Description" error={errors.description?.message}>
        <Input id="workspace-description" autoComplete="off" {...form.register("description")} />
      </FormField>
      {workspace ? <p className="text-xs text-muted-foreground">Grants follow the workspace, not its name: renaming keeps everyone&apos;s access.</p> : null}
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : workspace ? "Save workspace" : "Create workspace"}
        </Button>
      </DialogFooter>
    </form>
  );
}
