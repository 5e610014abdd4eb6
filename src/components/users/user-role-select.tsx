"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { USER_ROLE_HINTS, USER_ROLES, type UserRole } from "@/lib/user-roles";

/** admin (offered to the owner only, as only the owner makes admins), Dagu's workspace roles, member. */
export function UserRoleSelect({
  id,
  value,
  onChange,
  allowAdmin,
  disabled,
}: {
  id: string;
  value: UserRole;
  onChange: (role: UserRole) => void;
  allowAdmin: boolean;
  disabled?: boolean;
}) {
  const roles = USER_ROLES.filter((role) => role !== "admin" || allowAdmin || value === "admin");
  return (
    <div className="grid grid-cols-1 gap-1">
      <Select value={value} onValueChange={(role) => onChange(role as UserRole)} disabled={disabled}>
        <SelectTrigger id={id} aria-label="Role">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {roles.map((role) => (
            <SelectItem key={role} value={role} disabled={role === "admin" && !allowAdmin}>
              <span className="capitalize">{role}</span>
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <p className="text-xs text-muted-foreground">{USER_ROLE_HINTS[value]}</p>
    </div>
  );
}
