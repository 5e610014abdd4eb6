"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { PermissionAreas } from "@/components/common/permission-areas";
import { SaveOrDiscard } from "@/components/common/save-or-discard";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { flagLabel } from "@/lib/describe-access";
import { applyServerError } from "@/lib/form-errors";
import { MEMBER_FLAGS, MEMBER_FLAG_NAMES } from "@/lib/permissions";
import { ZAssignPermissionsForm, type TAssignPermissionsForm } from "@/lib/schemas/member-form";
import type { TMemberDetail } from "@/lib/schemas/user";
import { useTRPC } from "@/trpc/react";

/** The owner switches Dokploy's permission flags of a member, by area (user.assignPermissions). */
export function AssignPermissionsForm({ user }: { user: TMemberDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<TAssignPermissionsForm>({ resolver: zodResolver(ZAssignPermissionsForm), defaultValues: user.flags });
  const assign = useMutation(
    trpc.user.assignPermissions.mutationOptions({
      onSuccess: async (result) => {
        form.reset(result.flags);
        await queryClient.invalidateQueries({ queryKey: trpc.user.one.queryKey({ userId: user.userId }) });
        await queryClient.invalidateQueries({ queryKey: trpc.user.all.queryKey() });
        toast.success(`Permissions of ${user.username} saved`);
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const values = useWatch({ control: form.control });
  return (
    <form className="grid grid-cols-1 gap-5" noValidate onSubmit={form.handleSubmit((flags) => assign.mutate({ id: user.userId, ...flags }))}>
      {user.role === "admin" ? <p className="text-sm text-muted-foreground">Admins hold every permission; flags matter for members.</p> : null}
      <PermissionAreas
        label="permission flags"
        items={MEMBER_FLAG_NAMES}
        permissionOf={(flag) => MEMBER_FLAGS[flag]}
        textOf={(flag) => `${flag} ${flagLabel(flag)}`}
        isOn={(flag) => values[flag] === true}
        renderItems={(flags) => (
          <div className="grid grid-cols-1 gap-x-8 gap-y-3 sm:grid-cols-2">
            {flags.map((flag) => (
              <div key={flag} className="flex items-center justify-between gap-3">
                <Label htmlFor={`flag-${flag}`} className="font-normal">
                  {flagLabel(flag)}
                </Label>
                <Switch
                  id={`flag-${flag}`}
                  checked={values[flag] === true}
                  onCheckedChange={(on) => form.setValue(flag, on, { shouldDirty: true })}
                />
              </div>
            ))}
          </div>
        )}
      />
      <SaveOrDiscard
        error={form.formState.errors.root?.message}
        saveLabel="Save permissions"
        pending={assign.isPending}
        dirty={form.formState.isDirty}
        onDiscard={() => form.reset()}
      />
    </form>
  );
}
