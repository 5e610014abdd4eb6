"use client";

import { useController, type Control, type FieldErrors, type FieldValues } from "react-hook-form";
import { GroupChecklist } from "@/components/groups/group-checklist";
import type { TEditAccessForm } from "@/lib/schemas/user-form";
import { WorkspaceAccessFields } from "./workspace-access-fields";

type Props<T extends TEditAccessForm & FieldValues> = {
  control: Control<T>;
  errors: FieldErrors<T>;
  role: TEditAccessForm["role"];
  /** False when the form asks for the groups elsewhere (Create User asks next to who they are). */
  groups?: boolean;
};

/** Workspace access and groups, as the Create User and Edit access forms both ask for them. */
export function AccessFields<T extends TEditAccessForm & FieldValues>({ control, errors, role, groups: withGroups = true }: Props<T>) {
  // Both forms hold these two fields with these types; react-hook-form's Control is invariant.
  const shared = control as unknown as Control<TEditAccessForm>;
  const access = useController({ control: shared, name: "workspaceAccess" });
  const groups = useController({ control: shared, name: "groups" });
  const { workspaceAccess, groups: groupErrors } = errors as FieldErrors<TEditAccessForm>;
  const grantErrors = workspaceAccess?.grants;
  return (
    <>
      <WorkspaceAccessFields
        value={access.field.value}
        onChange={access.field.onChange}
        role={role}
        errors={Array.isArray(grantErrors) ? grantErrors.map((e) => e?.workspace?.message ?? e?.role?.message) : undefined}
        error={grantErrors?.message ?? workspaceAccess?.message}
      />
      {withGroups ? <GroupChecklist value={groups.field.value} onChange={groups.field.onChange} error={groupErrors?.message} /> : null}
    </>
  );
}
