"use client";

import { X } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { AUDIT_ACTION_SUGGESTIONS, NO_AUDIT_FILTERS, type AuditFilterForm } from "@/lib/audit-filters";

type Props = { value: AuditFilterForm; onChange: (next: AuditFilterForm) => void };

/** Actor, action, target and a range of days; every box is optional. */
export function AuditFiltersBar({ value, onChange }: Props) {
  const id = useId();
  const set = (field: keyof AuditFilterForm) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [field]: e.target.value });
  const any = Object.values(value).some((v) => v.trim() !== "");
  const backwards = value.from && value.to && value.from > value.to;
  return (
    <div role="search" aria-label="Filter the audit log" className="grid grid-cols-1 gap-2">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto_auto_auto] lg:items-end">
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-actor`}>Actor</Label>
          <Input id={`${id}-actor`} type="search" placeholder="Username or user id" value={value.actor} onChange={set("actor")} />
        </div>
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-action`}>Action</Label>
          <Input id={`${id}-action`} type="search" list={`${id}-actions`} placeholder="e.g. user.create" value={value.action} onChange={set("action")} />
          <datalist id={`${id}-actions`}>
            {AUDIT_ACTION_SUGGESTIONS.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </div>
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-target`}>Target</Label>
          <Input id={`${id}-target`} type="search" placeholder="Name or id" value={value.target} onChange={set("target")} />
        </div>
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-from`}>From</Label>
          <Input id={`${id}-from`} type="date" value={value.from} onChange={set("from")} className="w-40" />
        </div>
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-to`}>To</Label>
          <Input id={`${id}-to`} type="date" value={value.to} onChange={set("to")} className="w-40" />
        </div>
        <Button variant="ghost" disabled={!any} onClick={() => onChange(NO_AUDIT_FILTERS)}>
          <X aria-hidden /> Clear filters
        </Button>
      </div>
      {backwards ? (
        <p role="alert" className="text-sm text-destructive">
          “From” is after “To”: no event can match.
        </p>
      ) : null}
    </div>
  );
}
