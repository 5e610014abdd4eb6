"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { WORKSPACE_ROLES, type WorkspaceRole } from "@/lib/permissions";

/** Dagu's workspace roles, weakest first. */
export function WorkspaceRoleSelect({
  value,
  onChange,
  label,
  disabled,
  id,
  className = "w-36",
}: {
  value: WorkspaceRole;
  onChange: (role: WorkspaceRole) => void;
  label: string;
  disabled?: boolean;
  id?: string;
  className?: string;
}) {
  return (
    <Select value={value} onValueChange={(role) => onChange(role as WorkspaceRole)} disabled={disabled}>
      <SelectTrigger id={id} aria-label={label} className={className}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {WORKSPACE_ROLES.map((role) => (
          <SelectItem key={role} value={role}>
            <span className="capitalize">{role}</span>
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
