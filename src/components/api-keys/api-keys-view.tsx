"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CursorPager, pageOf, useCursorPages } from "@/components/common/pager";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { Permission } from "@/lib/permissions";
import { useTRPC } from "@/trpc/react";
import { API_KEYS_PAGE_SIZE, apiKeysPageInput } from "./api-keys-query";

type TableProps = Omit<React.ComponentProps<typeof ApiKeysTable>, "keys" | "isPending" | "error" | "onRetry">;

/** A table of API keys, newest first, a page at a time (user.listApiKeys' keyset pages). */
export function PagedApiKeys({ scope, userId, ...table }: { scope: "mine" | "organization"; userId?: string } & TableProps) {
  const trpc = useTRPC();
  const pages = useCursorPages();
  const query = useQuery({ ...trpc.user.listApiKeys.queryOptions(apiKeysPageInput(scope, userId, pages.cursor)), placeholderData: keepPreviousData });
  const { rows, hasNext } = pageOf(query.data, API_KEYS_PAGE_SIZE);
  return (
    <div className="grid grid-cols-1 gap-3">
      <ApiKeysTable {...table} keys={query.data ? rows : undefined} isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      <CursorPager label={`Pages of ${table.label}`} pages={pages} pageSize={API_KEYS_PAGE_SIZE} rows={rows} hasNext={hasNext} busy={query.isFetching && !query.isPending} />
    </div>
  );
}

function KeysOf({ scope, held }: { scope: "mine" | "organization"; held: Permission[] }) {
  return scope === "mine" ? (
    <PagedApiKeys
      scope="mine"
      label="My API keys"
      empty={{ title: "You have no API keys", hint: "Create one to call Roster from scripts, the CLI or the SDK.", action: <CreateApiKeyDialog held={held} label="Create an API key" /> }}
    />
  ) : (
    <PagedApiKeys scope="organization" label="Organization API keys" showOwner empty={{ title: "Nobody in this organization has an API key" }} />
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
