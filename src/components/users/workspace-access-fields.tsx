"use client";

import { useId } from "react";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import type { WorkspaceRole } from "@/lib/permissions";
import type { TWorkspaceAccessForm } from "@/lib/schemas/user-form";
import { WorkspaceGrantsFields } from "@/components/workspaces/workspace-grants-fields";

type Props = {
  value: TWorkspaceAccessForm;
  onChange: (next: TWorkspaceAccessForm) => void;
  /** The role chosen above, in words for the hints ("developer"), or null for admins. */
  role: WorkspaceRole | "admin" | "member";
  errors?: (string | undefined)[];
  error?: string;
};

/** Dagu's workspace access: the role applies in all workspaces, or in selected ones, each with its own role. */
export function WorkspaceAccessFields({ value, onChange, role, errors, error }: Props) {
  const id = useId();
  const roleWords = role === "admin" ? "Administrators hold every permission everywhere" : `The ${role} role applies`;
  return (
    <fieldset className="grid grid-cols-1 gap-3 rounded-lg border p-4">
      <legend className="px-1 text-sm font-medium">Workspace access</legend>
      <RadioGroup
        aria-label="Workspace access"
        value={value.all ? "all" : "selected"}
        onValueChange={(choice) => onChange({ all: choice === "all", grants: choice === "all" ? [] : value.grants })}
      >
        <div className="flex items-center gap-2">
          <RadioGroupItem value="all" id={`${id}-all`} />
          <Label htmlFor={`${id}-all`}>All workspaces</Label>
        </div>
        <div className="flex items-center gap-2">
          <RadioGroupItem value="selected" id={`${id}-selected`} />
          <Label htmlFor={`${id}-selected`}>Selected workspaces</Label>
        </div>
      </RadioGroup>
      <p className="text-xs text-muted-foreground">
        {value.all
          ? `${roleWords} in every workspace.`
          : `${role === "admin" ? roleWords : `${roleWords} in the default workspace`}; tick the workspaces this user works in and give each a role.`}
      </p>
      {value.all ? null : (
        <WorkspaceGrantsFields
          label="Selected workspaces"
          value={value.grants}
          onChange={(grants) => onChange({ all: false, grants })}
          errors={errors}
          error={error}
          defaultRole={role === "admin" || role === "member" ? "viewer" : role}
        />
      )}
    </fieldset>
  );
}
