"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { LocalTime } from "@/components/common/local-time";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

/** What the development mail catcher received, newest first; one message opens below the list. */
export function CaughtEmails() {
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.mailCatcher.list.queryOptions(), refetchInterval: 3000 });
  const [selected, setSelected] = useState<string | null>(null);
  const columns = 4;
  return (
    <div className="grid gap-6">
      <Table aria-label="Caught emails">
        <TableHeader>
          <TableRow>
            <TableHead>Received</TableHead>
            <TableHead>To</TableHead>
            <TableHead>Subject</TableHead>
            <TableHead className="w-24">
              <span className="sr-only">Open</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.isPending ? (
            <LoadingRows columns={columns} label="Loading caught emails" />
          ) : list.isError ? (
            <MessageRow columns={columns}>
              <ErrorState message={`Could not load caught emails: ${list.error.message}`} onRetry={() => list.refetch()} />
            </MessageRow>
          ) : list.data.length === 0 ? (
            <MessageRow columns={columns}>
              <EmptyState title="No emails caught yet" hint="Invite someone or ask for a password reset: the email appears here." />
            </MessageRow>
          ) : (
            list.data.map((email) => (
              <TableRow key={email.id} data-state={selected === email.id ? "selected" : undefined}>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <LocalTime iso={email.receivedAt} />
                </TableCell>
                <TableCell>{email.to}</TableCell>
                <TableCell className="font-medium">{email.subject}</TableCell>
                <TableCell>
                  <Button variant="outline" size="sm" onClick={() => setSelected(email.id)} aria-label={`Open email ${email.subject} to ${email.to}`}>
                    Open
                  </Button>
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {selected ? <CaughtEmailView id={selected} /> : null}
    </div>
  );
}

function CaughtEmailView({ id }: { id: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.mailCatcher.get.queryOptions({ id }));
  if (query.isPending) return <p className="text-sm text-muted-foreground">Loading the email…</p>;
  if (query.isError) return <ErrorState message={`Could not load the email: ${query.error.message}`} onRetry={() => query.refetch()} />;
  const email = query.data;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{email.subject}</CardTitle>
        <CardDescription>
          From {email.from} to {email.to}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {email.html ? (
          // Sandboxed: the message's HTML cannot run scripts or reach the dashboard.
          <iframe title="Email (HTML)" sandbox="" srcDoc={email.html} className="h-[28rem] w-full rounded border bg-white" />
        ) : null}
        <pre aria-label="Email (plain text)" className="whitespace-pre-wrap rounded border bg-muted/40 p-3 text-sm">
          {email.text ?? ""}
        </pre>
      </CardContent>
    </Card>
  );
}
