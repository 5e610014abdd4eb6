"use client";

import { useQuery } from "@tanstack/react-query";
import { Plus, Search, X } from "lucide-react";
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { useTRPC } from "@/trpc/react";

export type PickedUser = { userId: string; username: string };

type Props = {
  label: string;
  /** The search box's accessible name ("Find people to add to qa-team"). */
  searchLabel: string;
  value: PickedUser[];
  onChange: (next: PickedUser[]) => void;
  /** Users who cannot be picked (already members), by id. */
  exclude?: ReadonlySet<string>;
  error?: string;
};

const RESULTS = 8;

/**
 * Picks members by searching (an organization may have 100,000: a checkbox list of all is no
 * choice). Type to search by username, name or email; add from the results; remove from the chips.
 */
export function UserPicker({ label, searchLabel, value, onChange, exclude, error }: Props) {
  const trpc = useTRPC();
  const id = useId();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim(), 250);
  const query = useQuery({ ...trpc.user.all.queryOptions({ search: term, limit: RESULTS }), enabled: term !== "" });
  const picked = new Set(value.map((u) => u.userId));
  const results = (query.data ?? []).filter((u) => !picked.has(u.userId) && !exclude?.has(u.userId));
  // Results follow the box: once it is cleared they go, without waiting for the debounce.
  const searching = search.trim() !== "" && term !== "";
  return (
    <fieldset className="grid grid-cols-1 gap-2">
      <legend className="mb-2 text-sm font-medium">{label}</legend>
      {value.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Chosen ${label.toLowerCase()}`}>
          {value.map((user) => (
            <li key={user.userId}>
              <Badge variant="secondary" className="gap-1 pr-1">
                {user.username}
                <button
                  type="button"
                  aria-label={`Remove ${user.username}`}
                  className="rounded-sm p-0.5 hover:bg-background"
                  onClick={() => onChange(value.filter((u) => u.userId !== user.userId))}
                >
                  <X aria-hidden className="size-3" />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          id={`${id}-search`}
          type="search"
          aria-label={searchLabel}
          placeholder="Search by username, name or email"
          className="pl-9"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {!searching ? null : query.isPending ? (
        <p className="text-sm text-muted-foreground" role="status">
          Searching…
        </p>
      ) : query.isError ? (
        <p className="text-sm text-destructive" role="alert">
          Could not search: {query.error.message}
        </p>
      ) : results.length === 0 ? (
        <p className="text-sm text-muted-foreground" role="status">
          No one else matches “{term}”.
        </p>
      ) : (
        <ul className="grid grid-cols-1 gap-1 rounded-md border p-1" aria-label="Search results">
          {results.map((user) => (
            <li key={user.userId} className="flex items-center justify-between gap-2 rounded-sm px-2 py-1 hover:bg-muted/50">
              <span className="min-w-0 truncate text-sm">
                <span className="font-medium">{user.username}</span>{" "}
                <span className="text-muted-foreground">
                  {[user.firstName, user.lastName].filter(Boolean).join(" ") || user.name} · {user.email}
                </span>
              </span>
              <Button
                type="button"
                variant="outline"
                size="sm"
                aria-label={`Add ${user.username}`}
                onClick={() => {
                  onChange([...value, { userId: user.userId, username: user.username }]);
                  setSearch("");
                }}
              >
                <Plus aria-hidden /> Add
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
