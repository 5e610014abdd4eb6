"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import type { TMemberListItem } from "@/lib/schemas/user";
import { useTRPC } from "@/trpc/react";
import { AccessCell } from "./access-badge";
import { EnabledBadge, SystemUserIcon, YouBadge } from "./user-badges";
import { UsersFilters } from "./users-filters";
import { NO_FILTERS, USERS_PAGE_SIZE, usersPageInput, type UsersFilters as Filters } from "./users-query";

const COLUMNS = 6;

export function UsersTable({ viewerId, toolbar }: { viewerId: string; toolbar?: React.ReactNode }) {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // Keyset paging: the cursors of the pages before this one (Previous pops, Next pushes).
  const [cursors, setCursors] = useState<string[]>([]);
  const search = useDebouncedValue(filters.search, 300);
  const input = usersPageInput({ ...filters, search }, cursors.at(-1));
  const query = useQuery({ ...trpc.user.all.queryOptions(input), placeholderData: keepPreviousData });

  const rows = query.data?.slice(0, USERS_PAGE_SIZE) ?? [];
  const hasNext = (query.data?.length ?? 0) > USERS_PAGE_SIZE;
  const first = cursors.length * USERS_PAGE_SIZE + 1;
  const filtered = search.trim() !== "" || filters.access !== "all" || filters.status !== "all";

  function changeFilters(next: Filters) {
    setFilters(next);
    setCursors([]);
  }

  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <UsersFilters filters={filters} onChange={changeFilters} />
        </div>
        {toolbar}
      </div>
      <Table aria-label="Users" aria-busy={query.isFetching}>
        <TableHeader>
          <TableRow>
            <TableHead>User Name</TableHead>
            <TableHead>Full Name</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Access</TableHead>
            <TableHead>Groups</TableHead>
            <TableHead>Enabled</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {query.isPending ? (
            <LoadingRows columns={COLUMNS} label="Loading users" />
          ) : query.isError ? (
            <MessageRow columns={COLUMNS}>
              <ErrorState message={`Could not load users: ${query.error.message}`} onRetry={() => query.refetch()} />
            </MessageRow>
          ) : rows.length === 0 ? (
            <MessageRow columns={COLUMNS}>
              <EmptyState
                title={filtered ? "No users match these filters" : "No users yet"}
                hint={filtered ? "Try another search, access or status." : undefined}
              />
            </MessageRow>
          ) : (
            rows.map((item) => <UserRow key={item.id} item={item} self={item.userId === viewerId} />)
          )}
        </TableBody>
      </Table>
      <div className="flex items-center justify-between gap-4 text-sm text-muted-foreground">
        <span aria-live="polite">
          {rows.length > 0 ? `Showing ${first}–${first + rows.length - 1}` : null}
          {query.isFetching && !query.isPending ? " · updating…" : null}
        </span>
        <div className="flex gap-2">
          <Button variant="outline" size="sm" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            <ChevronLeft aria-hidden /> Previous
          </Button>
          <Button
            variant="outline"
            size="sm"
            disabled={!hasNext || query.isPlaceholderData}
            onClick={() => setCursors((c) => [...c, rows.at(-1)!.id])}
          >
            Next <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </div>
  );
}

function UserRow({ item, self }: { item: TMemberListItem; self: boolean }) {
  const fullName = [item.firstName, item.lastName].filter(Boolean).join(" ") || item.name;
  const groups = item.groups.slice(0, 3);
  return (
    <TableRow>
      <TableCell>
        <div className="flex items-center gap-2">
          <Link href={`/users/${item.userId}`} className="font-medium hover:underline">
            {item.username}
          </Link>
          {item.system ? <SystemUserIcon /> : null}
          {self ? <YouBadge /> : null}
        </div>
      </TableCell>
      <TableCell>{fullName}</TableCell>
      <TableCell className="text-muted-foreground">{item.email}</TableCell>
      <TableCell>
        <AccessCell access={item.access} />
      </TableCell>
      <TableCell>
        <div className="flex flex-wrap gap-1">
          {groups.map((group) => (
            <Badge key={group.id} variant="outline" title={`GID ${group.gid}`}>
              {group.name}
            </Badge>
          ))}
          {item.groups.length > groups.length ? <Badge variant="outline">+{item.groups.length - groups.length}</Badge> : null}
          {item.groups.length === 0 ? <span className="text-muted-foreground">—</span> : null}
        </div>
      </TableCell>
      <TableCell>
        <EnabledBadge enabled={item.enabled} />
      </TableCell>
    </TableRow>
  );
}
