"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { ALL_PERMISSIONS, PERMISSIONS, isAdministration, isWorkspacePermission, type Permission } from "@/lib/permissions";

const SECTIONS: { title: string; test: (p: Permission) => boolean }[] = [
  { title: "Administration", test: isAdministration },
  { title: "Platform", test: (p) => !isAdministration(p) && !isWorkspacePermission(p) },
  { title: "Workflows (every workspace)", test: isWorkspacePermission },
];

type Props = {
  value: Permission[];
  onChange: (next: Permission[]) => void;
  /** What the viewer holds: only that can be handed out (the services refuse the rest). */
  held: readonly Permission[];
  disabled?: boolean;
  idPrefix: string;
};

/** The permission catalog as a checklist, by section; what the viewer does not hold cannot be ticked. */
export function PermissionChecklist({ value, onChange, held, disabled, idPrefix }: Props) {
  const chosen = new Set(value);
  const toggle = (p: Permission, on: boolean) => onChange(ALL_PERMISSIONS.filter((a) => (a === p ? on : chosen.has(a))));
  return (
    <div className="grid grid-cols-1 gap-4">
      {SECTIONS.map((section) => (
        <div key={section.title} role="group" aria-label={section.title} className="grid grid-cols-1 gap-1.5">
          <div className="text-xs font-medium text-muted-foreground uppercase">{section.title}</div>
          <div className="grid grid-cols-1 gap-1.5 sm:grid-cols-2">
            {ALL_PERMISSIONS.filter(section.test).map((p) => {
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
                  <Label htmlFor={`${idPrefix}-${p}`} className="grid grid-cols-1 gap-0.5 font-normal">
                    <code className="text-xs">{p}</code>
                    <span className="text-xs text-muted-foreground">
                      {PERMISSIONS[p]}
                      {grantable ? "" : " (you do not hold it)"}
                    </span>
                  </Label>
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
