"use client";

import { X } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { UserSearch } from "./user-search";

export type PickedUser = { userId: string; username: string; enabled?: boolean };

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

/**
 * Picks several people for a form: search (UserSearch), add from the results, remove from the
 * chips. Disabled people are marked in the results and in the chips.
 */
export function UserPicker({ label, searchLabel, value, onChange, exclude, error }: Props) {
  const unavailable = new Set([...value.map((u) => u.userId), ...(exclude ?? [])]);
  return (
    <fieldset className="grid grid-cols-1 gap-2">
      <legend className="mb-2 text-sm font-medium">{label}</legend>
      {value.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Chosen ${label.toLowerCase()}`}>
          {value.map((user) => (
            <li key={user.userId}>
              <Badge variant="secondary" className="gap-1 pr-1">
                {user.username}
                {user.enabled === false ? <span className="text-muted-foreground">(disabled)</span> : null}
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
      <UserSearch
        searchLabel={searchLabel}
        exclude={unavailable}
        onPick={(user) => onChange([...value, { userId: user.userId, username: user.username, enabled: user.enabled }])}
      />
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
