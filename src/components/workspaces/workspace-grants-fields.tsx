"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import type { WorkspaceRole } from "@/lib/permissions";
import { useTRPC } from "@/trpc/react";
import { WorkspaceRoleSelect } from "./workspace-role-select";

export type WorkspaceGrantValue = { workspace: string; role: WorkspaceRole };

type Props = {
  value: WorkspaceGrantValue[];
  onChange: (next: WorkspaceGrantValue[]) => void;
  /** Errors by position in `value` (the server names `…grants.<index>.workspace`). */
  errors?: (string | undefined)[];
  error?: string;
  /** The role a newly ticked workspace starts with. */
  defaultRole?: WorkspaceRole;
  label?: string;
};

/** Every workspace of the organization with a tick box and a role: the selected ones are granted. */
export function WorkspaceGrantsFields({ value, onChange, errors = [], error, defaultRole = "viewer", label = "Workspaces" }: Props) {
  const trpc = useTRPC();
  const id = useId();
  const query = useQuery(trpc.workspace.list.queryOptions());
  const byName = new Map(value.map((grant, index) => [grant.workspace, { grant, index }]));

  // Grants keep the workspace list's order, so the server's indexes match the rows.
  const set = (workspace: string, role: WorkspaceRole | null) => {
    const names = (query.data ?? []).map((w) => w.name);
    const next = new Map(value.map((g) => [g.workspace, g.role]));
    if (role) next.set(workspace, role);
    else next.delete(workspace);
    onChange([...next].sort(([a], [b]) => names.indexOf(a) - names.indexOf(b)).map(([w, r]) => ({ workspace: w, role: r })));
  };

  return (
    <fieldset className="grid grid-cols-1 gap-2">
      <legend className="sr-only">{label}</legend>
      {query.isPending ? (
        <div className="grid grid-cols-1 gap-2" aria-busy="true">
          <span className="sr-only">Loading workspaces…</span>
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
        </div>
      ) : query.isError ? (
        <div role="alert" className="flex items-center gap-2 text-sm text-destructive">
          Could not load the workspaces: {query.error.message}
          <Button type="button" variant="outline" size="sm" onClick={() => query.refetch()}>
            Try again
          </Button>
        </div>
      ) : query.data.length === 0 ? (
        <p className="text-sm text-muted-foreground" role="status">
          No workspaces yet. <Link href="/workspaces" className="underline">Create workspaces</Link> to grant roles in them.
        </p>
      ) : (
        <ul className="grid max-h-56 gap-1 overflow-y-auto rounded-md border p-2">
          {query.data.map((workspace) => {
            const entry = byName.get(workspace.name);
            const rowError = entry ? errors[entry.index] : undefined;
            return (
              <li key={workspace.id} className="grid grid-cols-1 gap-1">
                <div className="flex items-center justify-between gap-3">
                  <div className="flex items-center gap-2">
                    <Checkbox
                      id={`${id}-${workspace.id}`}
                      checked={!!entry}
                      onCheckedChange={(on) => set(workspace.name, on === true ? (entry?.grant.role ?? defaultRole) : null)}
                    />
                    <Label htmlFor={`${id}-${workspace.id}`} className="font-normal">
                      {workspace.name}
                    </Label>
                  </div>
                  <WorkspaceRoleSelect
                    value={entry?.grant.role ?? defaultRole}
                    onChange={(role) => set(workspace.name, role)}
                    disabled={!entry}
                    label={`Role in ${workspace.name}`}
                    className="h-8 w-32"
                  />
                </div>
                {rowError ? (
                  <p role="alert" className="text-sm text-destructive">
                    {rowError}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {/* A grant whose workspace is gone (deleted meanwhile) is listed so it can be dropped. */}
      {value
        .map((grant, index) => ({ grant, index }))
        .filter(({ grant }) => query.data && !query.data.some((w) => w.name === grant.workspace))
        .map(({ grant, index }) => (
          <p key={grant.workspace} role="alert" className="flex items-center gap-2 text-sm text-destructive">
            {errors[index] ?? `Workspace “${grant.workspace}” no longer exists.`}
            <Button type="button" variant="outline" size="sm" onClick={() => set(grant.workspace, null)}>
              Drop it
            </Button>
          </p>
        ))}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
