"use client";

import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { useUrlSearchBox } from "@/hooks/use-url-params";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ACCESS_KINDS, ACCESS_LABELS } from "@/lib/access-summary";
import type { UsersFilters as Filters } from "./users-query";

type Props = { filters: Filters; onChange: (next: Filters) => void };

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
          <SelectValue />
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
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">Any status</SelectItem>
          <SelectItem value="enabled">Enabled</SelectItem>
          <SelectItem value="disabled">Disabled</SelectItem>
        </SelectContent>
      </Select>
    </div>
  );
}
