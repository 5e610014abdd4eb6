"use client";

import { useQuery } from "@tanstack/react-query";
import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";
import { AddEmailProviderDialog } from "./add-email-provider-dialog";
import { EmailProviderRowActions } from "./email-provider-row-actions";

const TLS = { none: "None", starttls: "STARTTLS", tls: "TLS" } as const;

/** The organization's SMTP providers, the default first. */
export function EmailProvidersTable({ testTo }: { testTo: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.notification.list.queryOptions());
  const columns = 5;
  return (
    <Table aria-label="Email providers">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Server</TableHead>
          <TableHead>Sender</TableHead>
          <TableHead>Sign-in</TableHead>
          <TableHead className="w-32">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {query.isPending ? (
          <LoadingRows columns={columns} label="Loading email providers" />
        ) : query.isError ? (
          <MessageRow columns={columns}>
            <ErrorState message={`Could not load email providers: ${query.error.message}`} onRetry={() => query.refetch()} />
          </MessageRow>
        ) : query.data.length === 0 ? (
          <MessageRow columns={columns}>
            <EmptyState
              title="No email provider yet"
              hint="Add your SMTP server so that Roster can send invitations and password resets."
              action={<AddEmailProviderDialog label="Add an email provider" />}
            />
          </MessageRow>
        ) : (
          query.data.map((provider) => (
            <TableRow key={provider.id}>
              <TableCell className="font-medium">
                {provider.name} {provider.isDefault ? <Badge variant="secondary">Default</Badge> : null}
              </TableCell>
              <TableCell className="text-muted-foreground">
                {provider.host}:{provider.port} · {TLS[provider.tlsMode]}
              </TableCell>
              <TableCell className="text-muted-foreground">
                {provider.fromName} &lt;{provider.fromAddress}&gt;
              </TableCell>
              <TableCell className="text-muted-foreground">{provider.username ? `${provider.username}${provider.hasPassword ? " · password stored" : ""}` : "—"}</TableCell>
              <TableCell>
                <EmailProviderRowActions provider={provider} testTo={testTo} />
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
