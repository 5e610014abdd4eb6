"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, Search } from "lucide-react";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { LocalTime } from "@/components/common/local-time";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useUrlParams, useUrlSearchBox } from "@/hooks/use-url-params";
import { INVITATION_STATES } from "@/lib/schemas/invitation";
import { useTRPC } from "@/trpc/react";
import { DeliveryStatus, InvitationStateBadge } from "./invitation-badges";
import { InvitationRowActions } from "./invitation-row-actions";
import { INVITATION_PARAMS, invitationsPageInput, invitationsViewFromParams, INVITATIONS_PAGE_SIZE } from "./invitations-query";

const COLUMNS = 7;

/**
 * The organization's invitations, newest first: state, expiry, email delivery and inviter. The
 * search, state and page are in the URL (?tab=invitations&iq=…&istate=…&iafter=…).
 */
export function InvitationsTable({ toolbar, emptyAction }: { toolbar?: React.ReactNode; emptyAction?: React.ReactNode }) {
  const trpc = useTRPC();
  const { params, update } = useUrlParams();
  const { search, status, cursors } = invitationsViewFromParams(params);
  const [searchText, setSearchText] = useUrlSearchBox(search, (term) =>
    update({ [INVITATION_PARAMS.search]: term, [INVITATION_PARAMS.after]: null }, search ? "replace" : "push"),
  );
  const goTo = (next: string[]) => update({ [INVITATION_PARAMS.after]: next.join(",") });
  const query = useQuery({ ...trpc.invitation.all.queryOptions(invitationsPageInput(status, search, cursors.at(-1))), placeholderData: keepPreviousData });
  const rows = query.data?.slice(0, INVITATIONS_PAGE_SIZE) ?? [];
  const hasNext = (query.data?.length ?? 0) > INVITATIONS_PAGE_SIZE;
  const filtered = status !== "all" || search.trim() !== "";
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3" role="search">
        <div className="relative min-w-64 flex-1">
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            type="search"
            aria-label="Search invitations"
            placeholder="Search by email"
            className="pl-9"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
        </div>
        <Select
          value={status}
          onValueChange={(v) => update({ [INVITATION_PARAMS.state]: v === "all" ? null : v, [INVITATION_PARAMS.after]: null })}
        >
          <SelectTrigger aria-label="Filter by state" className="w-40">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">Any state</SelectItem>
            {INVITATION_STATES.map((s) => (
              <SelectItem key={s} value={s} className="capitalize">
                {s}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {toolbar}
      </div>
      <Table aria-label="Invitations" aria-busy={query.isFetching}>
        <TableHeader>
          <TableRow>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>State</TableHead>
            <TableHead>Expires</TableHead>
            <TableHead>Email delivery</TableHead>
            <TableHead>Invited by</TableHead>
            <TableHead className="text-right">Actions</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {query.isPending ? (
            <LoadingRows columns={COLUMNS} label="Loading invitations" />
          ) : query.isError ? (
            <MessageRow columns={COLUMNS}>
              <ErrorState message={`Could not load invitations: ${query.error.message}`} onRetry={() => query.refetch()} />
            </MessageRow>
          ) : rows.length === 0 ? (
            <MessageRow columns={COLUMNS}>
              <EmptyState
                title={filtered ? "No invitations match these filters" : "No invitations yet"}
                hint={filtered ? "Try another search or state." : "Invite people by email: they join with the role, groups and workspaces you choose."}
                action={filtered ? undefined : emptyAction}
              />
            </MessageRow>
          ) : (
            rows.map((inv) => (
              <TableRow key={inv.id}>
                <TableCell className="font-medium">{inv.email}</TableCell>
                <TableCell className="capitalize">
                  {inv.role}
                  {inv.groups.length ? <span className="text-xs text-muted-foreground normal-case"> · {inv.groups.map((g) => g.name).join(", ")}</span> : null}
                </TableCell>
                <TableCell>
                  <InvitationStateBadge state={inv.status} />
                </TableCell>
                <TableCell>
                  <LocalTime iso={inv.expiresAt} />
                </TableCell>
                <TableCell>
                  <DeliveryStatus delivery={inv.delivery} />
                </TableCell>
                <TableCell>{inv.inviter?.name ?? "—"}</TableCell>
                <TableCell>
                  <InvitationRowActions invitation={inv} />
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      <div className="flex justify-end gap-2">
        <Button variant="outline" size="sm" disabled={cursors.length === 0} onClick={() => goTo(cursors.slice(0, -1))}>
          <ChevronLeft aria-hidden /> Previous
        </Button>
        <Button variant="outline" size="sm" disabled={!hasNext || query.isPlaceholderData} onClick={() => goTo([...cursors, rows.at(-1)!.id])}>
          Next <ChevronRight aria-hidden />
        </Button>
      </div>
    </div>
  );
}
