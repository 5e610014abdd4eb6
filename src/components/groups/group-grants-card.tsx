"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { PermissionAreas } from "@/components/common/permission-areas";
import { PermissionChecklist } from "@/components/common/permission-checklist";
import { WorkspaceGrantsFields } from "@/components/workspaces/workspace-grants-fields";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { applyServerError } from "@/lib/form-errors";
import { PERMISSIONS, WORKSPACE_ROLES, type Permission } from "@/lib/permissions";
import type { TGroupDetail } from "@/lib/schemas/group";
import { ZGroupGrantsForm, type TGroupGrantsForm } from "@/lib/schemas/group-form";
import { useTRPC } from "@/trpc/react";
import { SaveOrDiscard } from "@/components/common/save-or-discard";

const formOf = (group: TGroupDetail): TGroupGrantsForm => ({
  grants: group.grants,
  workspaceRole: group.workspaceRole ?? "none",
  workspaceGrants: group.workspaceGrants.map((g) => ({ workspace: g.workspace, role: g.role })),
});

/** What the group grants its members: catalog permissions, a role in every workspace, roles in some. */
export function GroupGrantsCard({ group, canManage, held }: { group: TGroupDetail; canManage: boolean; held: Permission[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Grants</CardTitle>
        <CardDescription>Every member holds these on top of their own role and flags.</CardDescription>
      </CardHeader>
      <CardContent>{canManage ? <GrantsForm group={group} held={held} /> : <GrantsList group={group} />}</CardContent>
    </Card>
  );
}

function GrantsForm({ group, held }: { group: TGroupDetail; held: Permission[] }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const form = useForm<TGroupGrantsForm>({ resolver: zodResolver(ZGroupGrantsForm), defaultValues: formOf(group) });
  const update = useMutation(
    trpc.group.update.mutationOptions({
      onSuccess: async (saved) => {
        form.reset(formOf(saved));
        toast.success(`Grants of ${saved.name} saved`);
        await invalidate();
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors, isDirty } = form.formState;
  const grantErrors = errors.workspaceGrants;
  return (
    <form
      className="grid grid-cols-1 gap-6"
      noValidate
      onSubmit={form.handleSubmit((v) =>
        update.mutate({
          groupId: group.id,
          grants: v.grants,
          workspaceRole: v.workspaceRole === "none" ? null : v.workspaceRole,
          workspaceGrants: v.workspaceGrants,
        }),
      )}
    >
      <fieldset className="grid grid-cols-1 gap-3">
        <legend className="mb-2 text-sm font-medium">Permissions</legend>
        <Controller
          control={form.control}
          name="grants"
          render={({ field }) => <PermissionChecklist idPrefix="group-grant" value={field.value} onChange={field.onChange} held={held} />}
        />
        {errors.grants?.message ? <p role="alert" className="text-sm text-destructive">{errors.grants.message}</p> : null}
      </fieldset>
      <FormField id="group-workspace-role" label="Role in every workspace" className="max-w-xs" error={errors.workspaceRole?.message}>
        <Controller
          control={form.control}
          name="workspaceRole"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange}>
              <SelectTrigger id="group-workspace-role" aria-label="Role in every workspace">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="none">None</SelectItem>
                {WORKSPACE_ROLES.map((role) => (
                  <SelectItem key={role} value={role}>
                    <span className="capitalize">{role}</span>
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        />
      </FormField>
      <div className="grid grid-cols-1 gap-2">
        <span className="text-sm font-medium">Roles in selected workspaces</span>
        <Controller
          control={form.control}
          name="workspaceGrants"
          render={({ field }) => (
            <WorkspaceGrantsFields
              label="Roles in selected workspaces"
              value={field.value}
              onChange={field.onChange}
              errors={Array.isArray(grantErrors) ? grantErrors.map((e) => e?.workspace?.message) : undefined}
              error={grantErrors?.message}
            />
          )}
        />
      </div>
      <SaveOrDiscard error={errors.root?.message} saveLabel="Save grants" pending={update.isPending} dirty={isDirty} onDiscard={() => form.reset()} />
    </form>
  );
}

function GrantsList({ group }: { group: TGroupDetail }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="text-muted-foreground">Permissions</dt>
      <dd className="min-w-0">
        {group.grants.length ? (
          <PermissionAreas
            label="the group's permissions"
            items={group.grants}
            permissionOf={(p) => p}
            renderItems={(shown) => (
              <ul className="flex flex-wrap gap-1">
                {shown.map((p) => (
                  <li key={p}>
                    <Badge variant="outline" title={PERMISSIONS[p]}>
                      <code>{p}</code>
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          />
        ) : (
          <span className="text-muted-foreground">None</span>
        )}
      </dd>
      <dt className="text-muted-foreground">Every workspace</dt>
      <dd className="capitalize">{group.workspaceRole ?? <span className="text-muted-foreground normal-case">No role</span>}</dd>
      <dt className="text-muted-foreground">Selected workspaces</dt>
      <dd>
        {group.workspaceGrants.length ? (
          <ul className="grid grid-cols-1 gap-0.5">
            {group.workspaceGrants.map((g) => (
              <li key={g.workspaceId}>
                {g.workspace} as <span className="font-medium">{g.role}</span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="text-muted-foreground">None</span>
        )}
      </dd>
    </dl>
  );
}
