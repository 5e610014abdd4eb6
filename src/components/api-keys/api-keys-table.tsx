"use client";

import { EmptyState, ErrorState, LoadingRows, MessageRow } from "@/components/common/list-states";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TApiKeyMetadata } from "@/lib/schemas/user";
import { describeLimits, describeScope, isExpired } from "./format-api-key";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

type Key = TApiKeyMetadata & { owner?: { id: string; username: string; name: string } };

type Props = {
  label: string;
  keys: Key[] | undefined;
  isPending: boolean;
  error: { message: string } | null;
  onRetry: () => void;
  showOwner?: boolean;
  canRevoke?: boolean;
  empty: { title: string; hint?: string; action?: React.ReactNode };
};

/** API keys' metadata (never a key): name, prefix/start, use, expiry, limits, scope, revoke. */
export function ApiKeysTable({ label, keys, isPending, error, onRetry, showOwner = false, canRevoke = true, empty }: Props) {
  const columns = 7 + (showOwner ? 1 : 0) + (canRevoke ? 1 : 0);
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          {showOwner ? <TableHead>Owner</TableHead> : null}
          <TableHead>Key</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead>Limits</TableHead>
          <TableHead>Scope</TableHead>
          {canRevoke ? <TableHead className="sr-only">Actions</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {isPending ? (
          <LoadingRows columns={columns} rows={3} label="Loading API keys" />
        ) : error ? (
          <MessageRow columns={columns}>
            <ErrorState message={`Could not load API keys: ${error.message}`} onRetry={onRetry} />
          </MessageRow>
        ) : !keys?.length ? (
          <MessageRow columns={columns}>
            <EmptyState title={empty.title} hint={empty.hint} action={empty.action} />
          </MessageRow>
        ) : (
          keys.map((key) => (
            <TableRow key={key.id}>
              <TableCell className="font-medium whitespace-nowrap">
                {key.name ?? "Unnamed"}
                {!key.enabled ? (
                  <Badge variant="secondary" className="ml-2">
                    Disabled
                  </Badge>
                ) : null}
              </TableCell>
              {showOwner ? (
                <TableCell className="whitespace-nowrap">
                  {key.owner ? (
                    <>
                      <div>{key.owner.username}</div>
                      <div className="text-xs text-muted-foreground">{key.owner.name}</div>
                    </>
                  ) : null}
                </TableCell>
              ) : null}
              <TableCell>
                <code className="rounded bg-muted px-1.5 py-0.5 text-xs">{key.start ? `${key.start}…` : `${key.prefix ?? ""}_…`}</code>
              </TableCell>
              <TableCell className="whitespace-nowrap text-muted-foreground"><LocalTime iso={key.createdAt} /></TableCell>
              <TableCell className="whitespace-nowrap text-muted-foreground">
                {key.lastUsedAt ? <LocalTime iso={key.lastUsedAt} /> : "Never"}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {key.expiresAt ? <LocalTime iso={key.expiresAt} prefix={isExpired(key.expiresAt) ? "Expired " : ""} /> : "Never"}
              </TableCell>
              <TableCell>{describeLimits(key)}</TableCell>
              <TableCell title={key.permissions?.join(", ")}>{describeScope(key.permissions)}</TableCell>
              {canRevoke ? (
                <TableCell className="text-right">
                  <RevokeApiKeyButton apiKey={key} owner={showOwner ? key.owner?.username : undefined} />
                </TableCell>
              ) : null}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
