"use client";

import { useQuery } from "@tanstack/react-query";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useTRPC } from "@/trpc/react";

/** The member's API keys (metadata only): your own, or anyone's for holders of apiKey:manage. */
export function UserApiKeysCard({ userId, username, scope }: { userId: string; username: string; scope: "mine" | "organization" }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.user.listApiKeys.queryOptions({ scope }));
  const keys = query.data?.filter((key) => key.owner.id === userId);
  return (
    <Card>
      <CardHeader>
        <CardTitle>API keys</CardTitle>
        <CardDescription>Keys {scope === "mine" ? "you created" : `${username} created`} for this organization.</CardDescription>
      </CardHeader>
      <CardContent>
        <ApiKeysTable
          label={`API keys of ${username}`}
          keys={keys}
          isPending={query.isPending}
          error={query.error}
          onRetry={() => query.refetch()}
          empty={{ title: "No API keys" }}
        />
      </CardContent>
    </Card>
  );
}
