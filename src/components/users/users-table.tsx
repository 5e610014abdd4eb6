"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { MenuRow, RowMenuButton } from "@/components/common/row-menu";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useUrlParams } from "@/hooks/use-url-params";
import type { TMemberListItem } from "@/lib/schemas/user";
import type { Viewer } from "@/lib/viewer";
import { useTRPC } from "@/trpc/react";
import { AccessCell } from "./access-badge";
import { EnabledBadge, SystemUserIcon, YouBadge } from "./user-badges";
import { EmailText, fullNameOf } from "./user-names";
import { useUserRowActions } from "./user-row-actions";
import { MembersTotal } from "./members-total";
import { UsersFilters } from "./users-filters";
import {
  cursorsFromParams,
  USERS_PAGE_SIZE,
  USERS_PAGES_PARAM,
  usersFilterParams,
  usersFiltersFromParams,
  usersPageInput,
  type UsersFilters as Filters,
} from "./users-query";

const COLUMNS = 7;

/**
 * The Users tab. Its search, filters and page are in the URL (?q=…&role=…&status=…&after=…), so a
 * reload, back and forward, and a shared link all show the same list.
 */
export function UsersTable({ viewer, toolbar }: { viewer: Viewer; toolbar?: React.ReactNode }) {
  const trpc = useTRPC();
  const { params, update } = useUrlParams();
  const filters = usersFiltersFromParams(params);
  // Keyset paging: the cursors of the pages before this one (Previous drops the last, Next adds one).
  const cursors = cursorsFromParams(params);
  const input = usersPageInput(filters, cursors.at(-1));
  const query = useQuery({ ...trpc.user.all.queryOptions(input), placeholderData: keepPreviousData });

  const rows = query.data?.slice(0, USERS_PAGE_SIZE) ?? [];
  const hasNext = (query.data?.length ?? 0) > USERS_PAGE_SIZE;
  const first = cursors.length * USERS_PAGE_SIZE + 1;
  const filtered = filters.search.trim() !== "" || filters.access !== "all" || filters.status !== "all";
  const goTo = (next: string[]) => update({ [USERS_PAGES_PARAM]: next.join(",") });

  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <UsersFilters
            filters={filters}
            onChange={(next: Filters) => update({ ...changedParams(filters, next), [USERS_PAGES_PARAM]: null }, next.search !== filters.search && filters.search ? "replace" : "push")}
          />
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
            <TableHead className="w-12">
              <span className="sr-only">Actions</span>
            </TableHead>
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
            rows.map((item) => <UserRow key={item.id} item={item} viewer={viewer} />)
          )}
        </TableBody>
      </Table>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm text-muted-foreground">
        <span aria-live="polite">
          <MembersTotal />
          {rows.length > 0 ? ` · showing ${first}–${first + rows.length - 1}` : null}
          {query.isFetching && !query.isPending ? " · updating…" : null}
        </span>
        <div className="flex gap-2">
          <Button variant="outline" size="sm" disabled={cursors.length === 0} onClick={() => goTo(cursors.slice(0, -1))}>
            <ChevronLeft aria-hidden /> Previous
          </Button>
          <Button variant="outline" size="sm" disabled={!hasNext || query.isPlaceholderData} onClick={() => goTo([...cursors, rows.at(-1)!.id])}>
            Next <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </div>
  );
}

function UserRow({ item, viewer }: { item: TMemberListItem; viewer: Viewer }) {
  const { actions, dialogs } = useUserRowActions(viewer, item);
  const groups = item.groups.slice(0, 3);
  return (
    <MenuRow name={item.username} href={`/users/${item.userId}`} actions={actions}>
      <TableCell>
        <div className="flex items-center gap-2">
          <Link href={`/users/${item.userId}`} className="font-medium hover:underline" tabIndex={-1}>
            {item.username}
          </Link>
          {item.system ? <SystemUserIcon /> : null}
          {item.userId === viewer.userId ? <YouBadge /> : null}
        </div>
      </TableCell>
      <TableCell>{fullNameOf(item)}</TableCell>
      <TableCell>
        <EmailText email={item.email} />
      </TableCell>
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
      <TableCell className="text-right">
        <RowMenuButton name={item.username} actions={actions} />
        {dialogs}
      </TableCell>
    </MenuRow>
  );
}

/**
 * Only the keys this change touched: a filter picked before the URL's last change reached this
 * render must not write back the other filters' old values.
 */
function changedParams(before: Filters, next: Filters) {
  const was = usersFilterParams(before);
  return Object.fromEntries(Object.entries(usersFilterParams(next)).filter(([key, value]) => value !== was[key]));
}
