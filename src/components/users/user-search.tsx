"use client";

import { useQuery } from "@tanstack/react-query";
import { Plus, Search } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { isPlaceholderEmail } from "@/lib/placeholder-email";
import type { TMemberListItem } from "@/lib/schemas/user";
import { useTRPC } from "@/trpc/react";
import { fullNameOf } from "./user-names";

type Props = {
  /** The search box's accessible name ("Find people to add to qa-team"). */
  searchLabel: string;
  /** Runs when a result's Add is pressed; the box then clears for the next search. */
  onPick: (user: TMemberListItem) => void;
  /** Users who cannot be picked (already chosen or members), by id. */
  exclude?: ReadonlySet<string>;
  /** The one being added right now: its Add button waits. */
  busy?: string | null;
};

const RESULTS = 8;

/**
 * Search-as-you-type over the organization's members (an organization may have 100,000: a list of
 * all is no choice). Each result has an Add button; disabled people are marked so.
 */
export function UserSearch({ searchLabel, onPick, exclude, busy }: Props) {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim(), 250);
  const query = useQuery({ ...trpc.user.all.queryOptions({ search: term, limit: RESULTS }), enabled: term !== "" });
  const results = (query.data ?? []).filter((u) => !exclude?.has(u.userId));
  // Results follow the box: once it is cleared they go, without waiting for the debounce.
  const searching = search.trim() !== "" && term !== "";
  return (
    <>
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
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
              <span className="flex min-w-0 items-center gap-2 text-sm">
                <span className="truncate">
                  <span className="font-medium">{user.username}</span> <span className="text-muted-foreground">{resultDetail(user)}</span>
                </span>
                {user.enabled ? null : (
                  <Badge variant="outline" className="shrink-0 text-muted-foreground">
                    disabled
                  </Badge>
                )}
              </span>
              <Button
                type="button"
                variant="outline"
                size="sm"
                aria-label={`Add ${user.username}`}
                disabled={busy === user.userId}
                onClick={() => {
                  onPick(user);
                  setSearch("");
                }}
              >
                <Plus aria-hidden /> Add
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "Ada Lovelace · ada@example.com", leaving out what is empty or a placeholder. */
const resultDetail = (user: TMemberListItem) => [fullNameOf(user), isPlaceholderEmail(user.email) ? "" : user.email].filter(Boolean).join(" · ");
