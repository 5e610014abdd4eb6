"use client";

import { useQuery } from "@tanstack/react-query";
import { CheckboxList } from "@/components/common/checkbox-list";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { membersText } from "./groups-query";

/** The organization's groups as a multi-select (values are group ids). */
export function GroupChecklist({ value, onChange, error, hint }: { value: string[]; onChange: (ids: string[]) => void; error?: string; hint?: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.group.list.queryOptions({ sort: "name", order: "asc" }));
  if (query.isPending) {
    return (
      <div className="grid grid-cols-1 gap-2" aria-busy="true">
        <span className="text-sm font-medium">Groups</span>
        <span className="sr-only">Loading groups…</span>
        <Skeleton className="h-16" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="flex items-center gap-2 text-sm text-destructive">
        Could not load the groups: {query.error.message}
        <Button type="button" variant="outline" size="sm" onClick={() => query.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  const list = (
    <CheckboxList
      label="Groups"
      items={query.data.map((group) => ({
        value: group.id,
        label: group.name,
        hint: `GID ${group.gid} · ${membersText(group)}`,
      }))}
      value={value}
      onChange={onChange}
      empty="No groups yet: create them in the Groups tab."
      error={error}
    />
  );
  if (!hint) return list;
  return (
    <div className="grid grid-cols-1 gap-1">
      {list}
      <p className="text-xs text-muted-foreground">{hint}</p>
    </div>
  );
}
