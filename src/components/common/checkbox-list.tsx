"use client";

import { useId, useState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type CheckboxListItem = { value: string; label: string; hint?: string };

type Props = {
  /** The group's accessible name (and visible legend). */
  label: string;
  items: CheckboxListItem[];
  value: string[];
  onChange: (next: string[]) => void;
  /** Shown when there is nothing to choose from. */
  empty: React.ReactNode;
  error?: string;
  disabled?: boolean;
};

const FILTER_FROM = 8;

/**
 * A multi-select as a list of checkboxes: every choice visible, labelled and reachable by keyboard,
 * with a filter box once the list is long. Chosen values keep the list's order.
 */
export function CheckboxList({ label, items, value, onChange, empty, error, disabled }: Props) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const chosen = new Set(value);
  const term = filter.trim().toLowerCase();
  const shown = term ? items.filter((item) => item.label.toLowerCase().includes(term)) : items;
  const toggle = (item: string, on: boolean) => onChange(items.map((i) => i.value).filter((v) => (v === item ? on : chosen.has(v))));
  return (
    <fieldset className="grid grid-cols-1 gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-2 text-sm font-medium">
        {label}
        {value.length ? <span className="ml-2 font-normal text-muted-foreground">{value.length} chosen</span> : null}
      </legend>
      {items.length >= FILTER_FROM ? (
        <Input type="search" aria-label={`Filter ${label.toLowerCase()}`} placeholder="Filter…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      ) : null}
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <div className="grid max-h-44 gap-1.5 overflow-y-auto rounded-md border p-2">
          {shown.map((item) => (
            <div key={item.value} className="flex items-start gap-2">
              <Checkbox
                id={`${id}-${item.value}`}
                checked={chosen.has(item.value)}
                disabled={disabled}
                onCheckedChange={(on) => toggle(item.value, on === true)}
                className="mt-0.5"
              />
              <Label htmlFor={`${id}-${item.value}`} className="grid grid-cols-1 gap-0.5 font-normal">
                <span>{item.label}</span>
                {item.hint ? <span className="text-xs text-muted-foreground">{item.hint}</span> : null}
              </Label>
            </div>
          ))}
          {shown.length === 0 ? <p className="text-sm text-muted-foreground">Nothing matches “{filter}”.</p> : null}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
