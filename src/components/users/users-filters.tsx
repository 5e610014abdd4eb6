"use client";

import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { useUrlSearchBox } from "@/hooks/use-url-params";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ACCESS_KINDS, ACCESS_LABELS } from "@/lib/access-summary";
import type { UsersFilters as Filters } from "./users-query";

type Props = { filters: Filters; onChange: (next: Filters) => void };

const STATUS_LABELS: Record<Filters["status"], string> = { all: "Any status", enabled: "Enabled", disabled: "Disabled" };

export function UsersFilters({ filters, onChange }: Props) {
  // The box answers each key; the search itself changes once typing pauses.
  const [search, setSearch] = useUrlSearchBox(filters.search, (term) => onChange({ ...filters, search: term }));
  return (
    <div className="flex flex-wrap items-center gap-3" role="search">
      <div className="relative min-w-64 flex-1">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          type="search"
          aria-label="Search users"
          placeholder="Search by username, name or email"
          className="pl-9"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <Select value={filters.access} onValueChange={(access) => onChange({ ...filters, access: access as Filters["access"] })}>
        <SelectTrigger aria-label="Filter by access" className="w-40">
          {/* Spelled out, so the server-rendered page shows the choice before the select hydrates. */}
          <SelectValue>{filters.access === "all" ? "Any access" : ACCESS_LABELS[filters.access]}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">Any access</SelectItem>
          {ACCESS_KINDS.map((kind) => (
            <SelectItem key={kind} value={kind}>
              {ACCESS_LABELS[kind]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select value={filters.status} onValueChange={(status) => onChange({ ...filters, status: status as Filters["status"] })}>
        <SelectTrigger aria-label="Filter by status" className="w-40">
          <SelectValue>{STATUS_LABELS[filters.status]}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {Object.entries(STATUS_LABELS).map(([status, label]) => (
            <SelectItem key={status} value={status}>
              {label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
