"use client";

import { KeyRound } from "lucide-react";
import Link from "next/link";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { displayAddress } from "@/lib/readable-address";
import type { TAuditEvent } from "@/lib/schemas/audit";
import { AuditChangeList } from "./audit-change-list";

type Props = {
  label: string;
  events: TAuditEvent[] | undefined;
  isPending: boolean;
  error: { message: string } | null;
  onRetry: () => void;
  empty: { title: string; hint?: string };
  /** Leave out the Target column (a user's own trail names them on every row). */
  hideTarget?: boolean;
};

const targetHref = (target: TAuditEvent["target"]) =>
  target.id && target.type === "user" ? `/users/${target.id}` : target.id && target.type === "group" ? `/users/groups/${target.id}` : null;

/** Audit events, newest first: when, who (and with which key), what, to what, the change and from where. */
export function AuditEventsTable({ label, events, isPending, error, onRetry, empty, hideTarget = false }: Props) {
  const columns = hideTarget ? 5 : 6;
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Action</TableHead>
          {hideTarget ? null : <TableHead>Target</TableHead>}
          <TableHead>Changes</TableHead>
          <TableHead>IP</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {isPending ? (
          <LoadingRows columns={columns} label="Loading audit events" />
        ) : error ? (
          <MessageRow columns={columns}>
            <ErrorState message={`Could not load the audit log: ${error.message}`} onRetry={onRetry} />
          </MessageRow>
        ) : !events || events.length === 0 ? (
          <MessageRow columns={columns}>
            <EmptyState title={empty.title} hint={empty.hint} />
          </MessageRow>
        ) : (
          events.map((event) => <EventRow key={event.id} event={event} hideTarget={hideTarget} />)
        )}
      </TableBody>
    </Table>
  );
}

function EventRow({ event, hideTarget }: { event: TAuditEvent; hideTarget: boolean }) {
  const href = targetHref(event.target);
  const targetName = event.target.name ?? event.target.id ?? "—";
  return (
    <TableRow className="align-top">
      <TableCell className="align-top whitespace-nowrap">
        <LocalTime iso={event.createdAt} />
        <div className="text-xs text-muted-foreground">#{event.seq}</div>
      </TableCell>
      <TableCell className="align-top">
        {event.actor.userId ? (
          <Link href={`/users/${event.actor.userId}`} className="hover:underline">
            {event.actor.name}
          </Link>
        ) : (
          event.actor.name
        )}
        {event.apiKeyId ? (
          <div className="flex items-center gap-1 text-xs text-muted-foreground" title={`API key ${event.apiKeyId}`}>
            <KeyRound aria-hidden className="size-3" /> with an API key
          </div>
        ) : null}
      </TableCell>
      <TableCell className="align-top">
        <Badge variant="outline" className="font-mono">
          {event.action}
        </Badge>
      </TableCell>
      {hideTarget ? null : (
        <TableCell className="align-top">
          <span className="text-xs text-muted-foreground">{event.target.type} </span>
          {href ? (
            <Link href={href} className="hover:underline">
              {targetName}
            </Link>
          ) : (
            targetName
          )}
        </TableCell>
      )}
      <TableCell className="align-top">
        <AuditChangeList before={event.before} after={event.after} />
      </TableCell>
      <TableCell className="align-top font-mono text-xs whitespace-nowrap" title={event.userAgent ?? undefined}>
        {displayAddress(event.ip)}
      </TableCell>
    </TableRow>
  );
}
