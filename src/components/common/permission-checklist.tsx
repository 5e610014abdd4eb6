"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { ALL_PERMISSIONS, PERMISSIONS, type Permission } from "@/lib/permissions";
import { PermissionAreas } from "./permission-areas";

type Props = {
  value: Permission[];
  onChange: (next: Permission[]) => void;
  /** What the viewer holds: only that can be handed out (the services refuse the rest). */
  held: readonly Permission[];
  disabled?: boolean;
  idPrefix: string;
};

/** The permission catalog as a checklist, by area; what the viewer does not hold cannot be ticked. */
export function PermissionChecklist({ value, onChange, held, disabled, idPrefix }: Props) {
  const chosen = new Set(value);
  const toggle = (p: Permission, on: boolean) => onChange(ALL_PERMISSIONS.filter((a) => (a === p ? on : chosen.has(a))));
  return (
    <PermissionAreas
      label="permissions"
      items={ALL_PERMISSIONS}
      permissionOf={(p) => p}
      isOn={(p) => chosen.has(p)}
      renderItems={(permissions) => (
        <div className="grid grid-cols-1 gap-1.5 sm:grid-cols-2">
          {permissions.map((p) => {
            const grantable = held.includes(p);
            return (
              <div key={p} className="flex items-start gap-2">
                <Checkbox
                  id={`${idPrefix}-${p}`}
                  checked={chosen.has(p)}
                  // Something already granted can always be taken away.
                  disabled={disabled || (!grantable && !chosen.has(p))}
                  onCheckedChange={(on) => toggle(p, on === true)}
                  className="mt-0.5"
                />
                <Label htmlFor={`${idPrefix}-${p}`} className="grid min-w-0 grid-cols-1 gap-0.5 font-normal">
                  <code className="text-xs break-all">{p}</code>
                  <span className="text-xs text-muted-foreground">
                    {PERMISSIONS[p]}
                    {grantable ? "" : " (you do not hold it)"}
                  </span>
                </Label>
              </div>
            );
          })}
        </div>
      )}
    />
  );
}
