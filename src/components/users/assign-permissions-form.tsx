"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Controller, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";


import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { flagLabel } from "@/lib/describe-access";
import { applyServerError } from "@/lib/form-errors";
import { MEMBER_FLAG_NAMES } from "@/lib/permissions";
import { ZAssignPermissionsForm, type TAssignPermissionsForm } from "@/lib/schemas/member-form";
import type { TMemberDetail } from "@/lib/schemas/user";
import { useTRPC } from "@/trpc/react";
import { SaveOrDiscard } from "@/components/common/save-or-discard";

/** The owner sets a member's role (admin or member) and Dokploy's permission flags. */
export function AssignPermissionsForm({ user }: { user: TMemberDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const defaults: TAssignPermissionsForm = { ...user.flags, role: user.role === "admin" ? "admin" : "member" };
  const form = useForm<TAssignPermissionsForm>({ resolver: zodResolver(ZAssignPermissionsForm), defaultValues: defaults });
  const assign = useMutation(
    trpc.user.assignPermissions.mutationOptions({
      onSuccess: async (result) => {
        form.reset({ ...result.flags, role: result.role === "admin" ? "admin" : "member" });
        await queryClient.invalidateQueries({ queryKey: trpc.user.one.queryKey({ userId: user.userId }) });
        await queryClient.invalidateQueries({ queryKey: trpc.user.all.queryKey() });
        toast.success(`Permissions of ${user.username} saved`);
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const role = useWatch({ control: form.control, name: "role" });
  return (
    <form className="grid grid-cols-1 gap-5" noValidate onSubmit={form.handleSubmit((values) => assign.mutate({ id: user.userId, ...values }))}>
      <div className="grid max-w-xs gap-2">
        <Label htmlFor="assign-role">Role</Label>
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange}>
              <SelectTrigger id="assign-role" aria-label="Role">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="member">Member</SelectItem>
                <SelectItem value="admin">Admin</SelectItem>
              </SelectContent>
            </Select>
          )}
        />
        {role === "admin" ? <p className="text-xs text-muted-foreground">Admins hold every permission; flags matter for members.</p> : null}
      </div>
      <fieldset className="grid grid-cols-1 gap-3">
        <legend className="mb-2 text-sm font-medium">Permission flags</legend>
        <div className="grid grid-cols-1 gap-x-8 gap-y-3 sm:grid-cols-2">
          {MEMBER_FLAG_NAMES.map((flag) => (
            <Controller
              key={flag}
              control={form.control}
              name={flag}
              render={({ field }) => (
                <div className="flex items-center justify-between gap-3">
                  <Label htmlFor={`flag-${flag}`} className="font-normal">
                    {flagLabel(flag)}
                  </Label>
                  <Switch id={`flag-${flag}`} checked={field.value} onCheckedChange={field.onChange} />
                </div>
              )}
            />
          ))}
        </div>
      </fieldset>
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
