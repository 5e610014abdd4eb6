"use client";

import { Controller, useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { ALL_PERMISSIONS, PERMISSIONS, isAdministration, isWorkspacePermission, type Permission } from "@/lib/permissions";
import type { TApiKeyForm } from "@/lib/schemas/api-key-form";

type Form = UseFormReturn<TApiKeyForm>;

const GROUPS: { title: string; test: (p: Permission) => boolean }[] = [
  { title: "Administration", test: isAdministration },
  { title: "Platform", test: (p) => !isAdministration(p) && !isWorkspacePermission(p) },
  { title: "Workflows", test: isWorkspacePermission },
];

/** All of the creator's permissions, or a checklist of the ones they hold (a key never gets more). */
export function ApiKeyScopeFields({ form, held }: { form: Form; held: Permission[] }) {
  const scope = useWatch({ control: form.control, name: "scope" });
  const available = ALL_PERMISSIONS.filter((p) => held.includes(p));
  const readOnly = available.filter((p) => p.endsWith(":read"));
  const error = form.formState.errors.permissions?.message;
  return (
    <fieldset className="grid grid-cols-1 gap-3 rounded-lg border p-4">
      <legend className="px-1 text-sm font-medium">Permissions</legend>
      <Controller
        control={form.control}
        name="scope"
        render={({ field }) => (
          <RadioGroup value={field.value} onValueChange={field.onChange} aria-label="Permission scope">
            <div className="flex items-center gap-2">
              <RadioGroupItem value="all" id="scope-all" />
              <Label htmlFor="scope-all">All of my permissions</Label>
            </div>
            <div className="flex items-center gap-2">
              <RadioGroupItem value="selected" id="scope-selected" />
              <Label htmlFor="scope-selected">Only the permissions I choose</Label>
            </div>
          </RadioGroup>
        )}
      />
      {scope === "selected" ? (
        <Controller
          control={form.control}
          name="permissions"
          render={({ field }) => {
            const chosen = new Set(field.value);
            const toggle = (p: Permission, on: boolean) => field.onChange(available.filter((a) => (a === p ? on : chosen.has(a))));
            return (
              <div className="grid grid-cols-1 gap-3 pl-6">
                <div className="flex flex-wrap items-center gap-2">
                  <Button type="button" variant="outline" size="sm" onClick={() => field.onChange(readOnly)}>
                    Read-only preset
                  </Button>
                  <Button type="button" variant="ghost" size="sm" onClick={() => field.onChange([])}>
                    Clear
                  </Button>
                  <span className="text-xs text-muted-foreground">{chosen.size} chosen · only permissions you hold are listed</span>
                </div>
                {GROUPS.map((group) => {
                  const items = available.filter(group.test);
                  if (items.length === 0) return null;
                  return (
                    <div key={group.title} role="group" aria-label={group.title} className="grid grid-cols-1 gap-1.5">
                      <div className="text-xs font-medium text-muted-foreground uppercase">{group.title}</div>
                      <div className="grid grid-cols-1 gap-1.5 sm:grid-cols-2">
                        {items.map((p) => (
                          <div key={p} className="flex items-start gap-2">
                            <Checkbox id={`perm-${p}`} checked={chosen.has(p)} onCheckedChange={(on) => toggle(p, on === true)} className="mt-0.5" />
                            <Label htmlFor={`perm-${p}`} className="grid grid-cols-1 gap-0.5 font-normal">
                              <code className="text-xs">{p}</code>
                              <span className="text-xs text-muted-foreground">{PERMISSIONS[p]}</span>
                            </Label>
                          </div>
                        ))}
                      </div>
                    </div>
                  );
                })}
                {error ? (
                  <p role="alert" className="text-sm text-destructive">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          }}
        />
      ) : null}
    </fieldset>
  );
}
