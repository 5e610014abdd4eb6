"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Eye, Search, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { MenuRow, RowMenuButton, type RowAction } from "@/components/common/row-menu";
import { SortableHead } from "@/components/common/sortable-head";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useUrlParams, useUrlSearchBox } from "@/hooks/use-url-params";
import type { TGroupSummary } from "@/lib/schemas/group";
import { useTRPC } from "@/trpc/react";
import { CreateGroupDialog } from "./create-group-dialog";
import { DeleteGroupButton } from "./delete-group-button";
import { GROUP_PARAMS, groupSortParams, groupsListInput, groupsViewFromParams, memberCountText } from "./groups-query";

const PREVIEW = 3;

/**
 * The User Manager's Groups tab: Name, GID and Users, sorted by any column on the server, searched
 * by name. The search and sort are in the URL (?tab=groups&gq=…&sort=…&order=…).
 */
export function GroupsTable({ canManage }: { canManage: boolean }) {
  const trpc = useTRPC();
  const { params, update } = useUrlParams();
  const { search: term, sort } = groupsViewFromParams(params);
  const [search, setSearch] = useUrlSearchBox(term, (next) => update({ [GROUP_PARAMS.search]: next }, term ? "replace" : "push"));
  const query = useQuery({ ...trpc.group.list.queryOptions(groupsListInput(term, sort)), placeholderData: keepPreviousData });
  const onSort = (next: typeof sort) => update(groupSortParams(next));
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
            <SortableHead column="name" label="Name" sort={sort} onSort={onSort} />
            <SortableHead column="gid" label="GID" sort={sort} onSort={onSort} className="w-28" />
            <SortableHead column="members" label="Users" sort={sort} onSort={onSort} />
            <TableHead className="w-12">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {query.isPending ? (
            <LoadingRows columns={4} label="Loading groups" />
          ) : query.isError ? (
            <MessageRow columns={4}>
              <ErrorState message={`Could not load groups: ${query.error.message}`} onRetry={() => query.refetch()} />
            </MessageRow>
          ) : query.data.length === 0 ? (
            <MessageRow columns={4}>
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
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  const href = `/users/groups/${group.id}`;
  const actions: RowAction[] = [
    { label: canManage ? "Open and update" : "View", icon: Eye, onSelect: () => router.push(href) },
    ...(canManage ? [{ label: "Delete", icon: Trash2, onSelect: () => setDeleting(true), destructive: true }] : []),
  ];
  const preview = group.members.slice(0, PREVIEW).map((m) => m.username);
  const more = group.memberCount - preview.length;
  const andMore = group.memberCountExact ? ` and ${more.toLocaleString("en")} more` : " and more";
  return (
    <MenuRow name={group.name} href={href} actions={actions}>
      <TableCell>
        <Link href={href} className="font-medium hover:underline" tabIndex={-1}>
          {group.name}
        </Link>
        {group.description ? <div className="max-w-md truncate text-xs text-muted-foreground">{group.description}</div> : null}
      </TableCell>
      <TableCell className="tabular-nums">{group.gid}</TableCell>
      <TableCell>
        <span className="font-medium tabular-nums">{memberCountText(group)}</span>
        {preview.length ? (
          <span className="ml-2 text-xs text-muted-foreground">
            ({preview.join(", ")}
            {more > 0 ? andMore : ""})
          </span>
        ) : null}
      </TableCell>
      <TableCell className="text-right">
        <RowMenuButton name={group.name} actions={actions} />
        {canManage ? <DeleteGroupButton group={group} menu={{ open: deleting, onOpenChange: setDeleting }} /> : null}
      </TableCell>
    </MenuRow>
  );
}
