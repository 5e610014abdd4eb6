"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { OpenedFromMenu } from "@/components/common/confirm-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { applyServerError } from "@/lib/form-errors";
import type { TMemberDetail } from "@/lib/schemas/user";
import { toUpdateMemberInput, ZEditAccessForm, type TEditAccessForm } from "@/lib/schemas/user-form";
import { userRoleOf } from "@/lib/user-roles";
import { useTRPC } from "@/trpc/react";
import { UserRoleSelect } from "./user-role-select";
import { AccessFields } from "./access-fields";

type Props = { user: TMemberDetail; changeRole: boolean; allowAdmin: boolean };

const formOf = (user: TMemberDetail): TEditAccessForm => ({
  role: userRoleOf(user),
  groups: user.groups.map((g) => g.id),
  workspaceAccess: { all: user.workspaceAccess.all, grants: user.workspaceAccess.grants.map((g) => ({ workspace: g.workspace, role: g.role })) },
});

/** Role, groups and workspace access of a member in one dialog (user.updateMember). */
export function EditAccessDialog({ menu, ...props }: Props & { menu?: OpenedFromMenu }) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = menu?.open ?? ownOpen;
  const setOpen = menu?.onOpenChange ?? setOwnOpen;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {menu ? null : (
        <DialogTrigger asChild>
          <Button variant="outline" size="sm">
            <Pencil aria-hidden /> Edit access
          </Button>
        </DialogTrigger>
      )}
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Edit the access of {props.user.username}</DialogTitle>
          <DialogDescription>
            Admin is an organization role: every permission, everywhere. Manager, developer, operator and viewer are workspace roles for a
            member, in all workspaces or in the ones you select. Changes apply to their sessions and API keys at once.
          </DialogDescription>
        </DialogHeader>
        {open ? <EditAccessForm {...props} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function EditAccessForm({ user, changeRole, allowAdmin, onDone }: Props & { onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const initial = formOf(user);
  const form = useForm<TEditAccessForm>({ resolver: zodResolver(ZEditAccessForm), defaultValues: initial });
  const update = useMutation(
    trpc.user.updateMember.mutationOptions({
      onSuccess: async () => {
        onDone();
        toast.success(`Access of ${user.username} saved`);
        await invalidate();
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const role = useWatch({ control: form.control, name: "role" });
  const { errors } = form.formState;
  const changed = (v: TEditAccessForm, field: keyof TEditAccessForm) => JSON.stringify(v[field]) !== JSON.stringify(initial[field]);
  return (
    <form
      className="grid grid-cols-1 gap-5"
      noValidate
      onSubmit={form.handleSubmit((v) => {
        const dirty = { role: changed(v, "role"), groups: changed(v, "groups"), workspaceAccess: changed(v, "workspaceAccess") };
        if (!dirty.role && !dirty.groups && !dirty.workspaceAccess) return onDone();
        update.mutate(toUpdateMemberInput(user.userId, v, dirty));
      })}
    >
      <FormField id="edit-role" label="Role" error={errors.role?.message}>
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <UserRoleSelect id="edit-role" value={field.value} onChange={field.onChange} allowAdmin={allowAdmin} disabled={!changeRole} />
          )}
        />
        {changeRole ? null : <p className="text-xs text-muted-foreground">Nobody changes their own role or the owner&apos;s here.</p>}
      </FormField>
      <AccessFields control={form.control} errors={errors} role={role} />
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save access"}
        </Button>
      </DialogFooter>
    </form>
  );
}
