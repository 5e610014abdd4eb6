"use client";

import { useQuery } from "@tanstack/react-query";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { Permission } from "@/lib/permissions";
import { useTRPC } from "@/trpc/react";

function KeysOf({ scope, held }: { scope: "mine" | "organization"; held: Permission[] }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.user.listApiKeys.queryOptions({ scope }));
  return scope === "mine" ? (
    <ApiKeysTable
      label="My API keys"
      keys={query.data}
      isPending={query.isPending}
      error={query.error}
      onRetry={() => query.refetch()}
      empty={{ title: "You have no API keys", hint: "Create one to call Roster from scripts, the CLI or the SDK.", action: <CreateApiKeyDialog held={held} label="Create an API key" /> }}
    />
  ) : (
    <ApiKeysTable
      label="Organization API keys"
      keys={query.data}
      isPending={query.isPending}
      error={query.error}
      onRetry={() => query.refetch()}
      showOwner
      empty={{ title: "Nobody in this organization has an API key" }}
    />
  );
}

/** Your keys; and for holders of apiKey:manage, every member's keys with their owners. */
export function ApiKeysView({ canManage, held }: { canManage: boolean; held: Permission[] }) {
  if (!canManage) return <KeysOf scope="mine" held={held} />;
  return (
    <Tabs defaultValue="mine">
      <TabsList aria-label="Whose keys">
        <TabsTrigger value="mine">My keys</TabsTrigger>
        <TabsTrigger value="organization">Organization keys</TabsTrigger>
      </TabsList>
      <TabsContent value="mine">
        <KeysOf scope="mine" held={held} />
      </TabsContent>
      <TabsContent value="organization">
        <KeysOf scope="organization" held={held} />
      </TabsContent>
    </Tabs>
  );
}
