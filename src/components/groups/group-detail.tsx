"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ErrorState } from "@/components/common/list-states";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { cursorsFromParams, USERS_PAGES_PARAM } from "@/components/users/users-query";
import { useUrlParams } from "@/hooks/use-url-params";
import type { Permission } from "@/lib/permissions";
import { useTRPC } from "@/trpc/react";
import { DeleteGroupButton } from "./delete-group-button";
import { GroupGrantsCard } from "./group-grants-card";
import { GroupMembersCard } from "./group-members-card";
import { GroupSettingsCard } from "./group-settings-card";
import { GROUP_MEMBERS_PAGE_SIZE, groupPageInput, membersText } from "./groups-query";

type Props = { groupId: string; canManage: boolean; held: Permission[] };

/** One group: its name and description, members, and what it grants them. */
export function GroupDetail({ groupId, canManage, held }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  // A 4xx will not change on retry (another organization's group is a 404): show it at once.
  const { params, update } = useUrlParams();
  // Keyset pages of the members: the cursors of the pages before this one, in the URL (?after=…).
  const cursors = cursorsFromParams(params);
  const query = useQuery({
    ...trpc.group.get.queryOptions(groupPageInput(groupId, cursors.at(-1))),
    placeholderData: keepPreviousData,
    retry: (count, error) => count < 1 && (error.data?.httpStatus ?? 500) >= 500,
  });
  const back = (
    <Link href="/users?tab=groups" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ArrowLeft aria-hidden className="size-4" /> All groups
    </Link>
  );
  if (query.isPending) {
    return (
      <div className="grid grid-cols-1 gap-6" aria-busy="true">
        {back}
        <span className="sr-only">Loading group…</span>
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-48" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="grid grid-cols-1 gap-6">
        {back}
        <Card>
          <CardContent>
            {query.error.data?.code === "NOT_FOUND" ? (
              <ErrorState message="This group does not exist in your organization." />
            ) : (
              <ErrorState message={`Could not load this group: ${query.error.message}`} onRetry={() => query.refetch()} />
            )}
          </CardContent>
        </Card>
      </div>
    );
  }
  const group = query.data;
  return (
    <div className="grid grid-cols-1 gap-6">
      {back}
      <div>
        <PageHeader
          title={group.name}
          description={`GID ${group.gid} · ${membersText(group)}${group.description ? ` · ${group.description}` : ""}`}
          actions={canManage ? <DeleteGroupButton group={group} onDeleted={() => router.push("/users?tab=groups")} /> : undefined}
        />
      </div>
      {canManage ? <GroupSettingsCard group={group} /> : null}
      <GroupMembersCard
        group={group}
        canManage={canManage}
        pages={{
          first: cursors.length * GROUP_MEMBERS_PAGE_SIZE + 1,
          hasPrevious: cursors.length > 0,
          busy: query.isFetching,
          previous: () => update({ [USERS_PAGES_PARAM]: cursors.slice(0, -1).join(",") }),
          next: (cursor) => update({ [USERS_PAGES_PARAM]: [...cursors, cursor].join(",") }),
        }}
      />
      <GroupGrantsCard group={group} canManage={canManage} held={held} />
    </div>
  );
}
