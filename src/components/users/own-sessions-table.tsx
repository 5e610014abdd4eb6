"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/common/confirm-action";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { LocalTime } from "@/components/common/local-time";
import { CursorPager, pageOf, useCursorPages } from "@/components/common/pager";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { displayAddress } from "@/lib/readable-address";
import type { TSession } from "@/lib/schemas/session";
import { useTRPC } from "@/trpc/react";

/**
 * A short name for a browser's user agent ("Chrome on Linux"), or the raw string when unknown. By hand:
 * a label needs a handful of patterns, not a user-agent parsing library.
 */
function deviceOf(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent) ? "Edge" : /Firefox\//.test(userAgent) ? "Firefox" : /Chrome\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : null;
  const os = /Windows/.test(userAgent) ? "Windows" : /Mac OS X/.test(userAgent) ? "macOS" : /Android/.test(userAgent) ? "Android" : /iPhone|iPad/.test(userAgent) ? "iOS" : /Linux/.test(userAgent) ? "Linux" : null;
  return browser ? `${browser}${os ? ` on ${os}` : ""}` : userAgent.slice(0, 60);
}

const SESSIONS_PAGE_SIZE = 50;

/** Your own live sessions (session.list is only ever about the caller), newest first, a page at a time; each of which you can end. */
export function OwnSessionsTable() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pages = useCursorPages();
  const query = useQuery({
    ...trpc.session.list.queryOptions({ limit: SESSIONS_PAGE_SIZE + 1, ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
    placeholderData: keepPreviousData,
  });
  const { rows, hasNext } = pageOf(query.data, SESSIONS_PAGE_SIZE);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.session.pathKey() });
  const revokeOthers = useMutation(trpc.session.revokeOthers.mutationOptions());
  // Past the first page there are other sessions whatever this page shows.
  const others = hasNext || pages.cursors.length > 0 ? null : rows.filter((s) => !s.current).length;
  return (
    <div className="grid grid-cols-1 gap-3">
      <Table aria-label="Your sessions">
        <TableHeader>
          <TableRow>
            <TableHead>Device</TableHead>
            <TableHead>IP</TableHead>
            <TableHead>Signed in</TableHead>
            <TableHead>Expires</TableHead>
            <TableHead className="w-12">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {query.isPending ? (
            <LoadingRows columns={5} rows={2} label="Loading sessions" />
          ) : query.isError ? (
            <MessageRow columns={5}>
              <ErrorState message={`Could not load your sessions: ${query.error.message}`} onRetry={() => query.refetch()} />
            </MessageRow>
          ) : rows.length === 0 ? (
            <MessageRow columns={5}>
              <EmptyState title="No sessions" hint="You are signed in with an API key." />
            </MessageRow>
          ) : (
            rows.map((session) => <SessionRow key={session.id} session={session} onRevoked={refresh} />)
          )}
        </TableBody>
      </Table>
      <CursorPager label="Pages of your sessions" pages={pages} pageSize={SESSIONS_PAGE_SIZE} rows={rows} hasNext={hasNext} busy={query.isFetching && !query.isPending} />
      {others !== 0 ? (
        <div>
          <ConfirmAction
            trigger={
              <Button variant="outline" size="sm">
                <LogOut aria-hidden /> Sign out other sessions
              </Button>
            }
            title="Sign out your other sessions?"
            description={`${others === null ? "Every other session ends" : others === 1 ? "1 other session ends" : `${others} other sessions end`}; this one stays signed in.`}
            confirmLabel="Sign out others"
            onConfirm={async () => {
              const result = await revokeOthers.mutateAsync();
              toast.success(`${result.sessionsRevoked} other ${result.sessionsRevoked === 1 ? "session" : "sessions"} ended`);
              pages.reset();
              await refresh();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}

function SessionRow({ session, onRevoked }: { session: TSession; onRevoked: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const revoke = useMutation(trpc.session.revoke.mutationOptions());
  const device = deviceOf(session.userAgent);
  return (
    <TableRow>
      <TableCell>
        <span title={session.userAgent ?? undefined}>{device}</span>
        {session.current ? (
          <Badge variant="outline" className="ml-2 border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200">
            This session
          </Badge>
        ) : null}
      </TableCell>
      <TableCell className="font-mono text-xs">{displayAddress(session.ipAddress)}</TableCell>
      <TableCell className="whitespace-nowrap">
        <LocalTime iso={session.createdAt} />
      </TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">
        <LocalTime iso={session.expiresAt} />
      </TableCell>
      <TableCell className="text-right">
        {session.current ? null : (
          <ConfirmAction
            trigger={
              <Button variant="ghost" size="icon" aria-label={`Sign out the session of ${device}`}>
                <LogOut aria-hidden />
              </Button>
            }
            title="Sign out this session?"
            description={`The session of ${device} ends; signing in again there starts a new one.`}
            confirmLabel="Sign out"
            onConfirm={async () => {
              await revoke.mutateAsync({ sessionId: session.id });
              toast.success("Session ended");
              await onRevoked();
            }}
          />
        )}
      </TableCell>
    </TableRow>
  );
}
