"use client";

import { X } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import { AUDIT_PERIODS, NO_AUDIT_FILTERS, withDay, withPeriod, type AuditFilterForm } from "@/lib/audit-filters";

type Props = { value: AuditFilterForm; onChange: (next: AuditFilterForm) => void };

// Radix's Select cannot hold an empty value: "any action" has a name of its own.
const ANY_ACTION = "any";

/** Actor, action (one of the actions the server records), target and a date range; every one optional. */
export function AuditFiltersBar({ value, onChange }: Props) {
  const id = useId();
  const setText = (field: "actor" | "target") => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [field]: e.target.value });
  const setDay = (field: "from" | "to") => (e: React.ChangeEvent<HTMLInputElement>) => onChange(withDay(value, field, e.target.value));
  const any = Object.values(value).some((v) => v.trim() !== "");
  const backwards = value.from && value.to && value.from > value.to;
  return (
    <div role="search" aria-label="Filter the audit log" className="grid grid-cols-1 gap-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-actor`}>Actor</Label>
          <Input id={`${id}-actor`} type="search" placeholder="Username or user id" value={value.actor} onChange={setText("actor")} />
        </div>
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-action`}>Action</Label>
          <Select value={value.action || ANY_ACTION} onValueChange={(action) => onChange({ ...value, action: action === ANY_ACTION ? "" : action })}>
            <SelectTrigger id={`${id}-action`}>
              {/* Spelled out, so the server-rendered page shows the choice before the select hydrates. */}
              <SelectValue>{value.action ? <span className="font-mono text-xs">{value.action}</span> : "Any action"}</SelectValue>
            </SelectTrigger>
            <SelectContent className="max-h-80">
              <SelectItem value={ANY_ACTION}>Any action</SelectItem>
              {AUDIT_ACTIONS.map((action) => (
                <SelectItem key={action} value={action} className="font-mono text-xs">
                  {action}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-target`}>Target</Label>
          <Input id={`${id}-target`} type="search" placeholder="Name or id" value={value.target} onChange={setText("target")} />
        </div>
      </div>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">Date range</legend>
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-from`}>From</Label>
          <Input id={`${id}-from`} type="date" value={value.from} max={value.to || undefined} onChange={setDay("from")} className="w-40" />
        </div>
        <div className="grid grid-cols-1 gap-1.5">
          <Label htmlFor={`${id}-to`}>To</Label>
          <Input id={`${id}-to`} type="date" value={value.to} min={value.from || undefined} onChange={setDay("to")} className="w-40" />
        </div>
        <div role="group" aria-label="Recent periods" className="flex flex-wrap gap-2">
          {AUDIT_PERIODS.map((period) => (
            <Button
              key={period.label}
              variant={value.period === period.label ? "secondary" : "outline"}
              aria-pressed={value.period === period.label}
              onClick={() => onChange(withPeriod(value, period))}
            >
              {period.label}
            </Button>
          ))}
        </div>
        <Button variant="ghost" disabled={!any} onClick={() => onChange(NO_AUDIT_FILTERS)}>
          <X aria-hidden /> Clear filters
        </Button>
      </fieldset>
      {backwards ? (
        <p role="alert" className="text-sm text-destructive">
          “From” is after “To”: no event can match.
        </p>
      ) : null}
    </div>
  );
}
