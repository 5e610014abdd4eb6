"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { SortableHead } from "@/components/common/sortable-head";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import type { TGroupSummary } from "@/lib/schemas/group";
import { useTRPC } from "@/trpc/react";
import { CreateGroupDialog } from "./create-group-dialog";
import { DeleteGroupButton } from "./delete-group-button";
import { DEFAULT_GROUP_SORT, groupsListInput, type GroupSort } from "./groups-query";

const PREVIEW = 3;

/** The User Manager's Groups tab: Name, GID and Users, sorted by any column on the server, searched by name. */
export function GroupsTable({ canManage }: { canManage: boolean }) {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<GroupSort>(DEFAULT_GROUP_SORT);
  const term = useDebouncedValue(search, 300);
  const query = useQuery({ ...trpc.group.list.queryOptions(groupsListInput(term, sort)), placeholderData: keepPreviousData });
  const columns = canManage ? 4 : 3;
  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="relative min-w-64 flex-1" role="search">
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            type="search"
            aria-label="Search groups"
            placeholder="Search by group name"
            className="pl-9"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        {canManage ? <CreateGroupDialog /> : null}
      </div>
      <Table aria-label="Groups" aria-busy={query.isFetching}>
        <TableHeader>
          <TableRow>
            <SortableHead column="name" label="Name" sort={sort} onSort={setSort} />
            <SortableHead column="gid" label="GID" sort={sort} onSort={setSort} className="w-28" />
            <SortableHead column="members" label="Users" sort={sort} onSort={setSort} />
            {canManage ? (
              <TableHead className="w-12">
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {query.isPending ? (
            <LoadingRows columns={columns} label="Loading groups" />
          ) : query.isError ? (
            <MessageRow columns={columns}>
              <ErrorState message={`Could not load groups: ${query.error.message}`} onRetry={() => query.refetch()} />
            </MessageRow>
          ) : query.data.length === 0 ? (
            <MessageRow columns={columns}>
              <EmptyState
                title={term.trim() ? "No groups match this search" : "No groups yet"}
                hint={term.trim() ? "Try another name." : canManage ? "Create one to give several people the same access." : undefined}
                action={canManage && !term.trim() ? <CreateGroupDialog label="Create a group" /> : undefined}
              />
            </MessageRow>
          ) : (
            query.data.map((group) => <GroupRow key={group.id} group={group} canManage={canManage} />)
          )}
        </TableBody>
      </Table>
    </div>
  );
}

function GroupRow({ group, canManage }: { group: TGroupSummary; canManage: boolean }) {
  const preview = group.members.slice(0, PREVIEW).map((m) => m.username);
  const more = group.memberCount - preview.length;
  return (
    <TableRow>
      <TableCell>
        <Link href={`/users/groups/${group.id}`} className="font-medium hover:underline">
          {group.name}
        </Link>
        {group.description ? <div className="max-w-md truncate text-xs text-muted-foreground">{group.description}</div> : null}
      </TableCell>
      <TableCell className="tabular-nums">{group.gid}</TableCell>
      <TableCell>
        <span className="font-medium tabular-nums">{group.memberCount}</span>
        {preview.length ? (
          <span className="ml-2 text-xs text-muted-foreground">
            ({preview.join(", ")}
            {more > 0 ? ` and ${more} more` : ""})
          </span>
        ) : null}
      </TableCell>
      {canManage ? (
        <TableCell className="text-right">
          <DeleteGroupButton group={group} compact />
        </TableCell>
      ) : null}
    </TableRow>
  );
}
