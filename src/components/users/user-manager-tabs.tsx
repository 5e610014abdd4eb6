"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { NotAllowed } from "@/components/common/not-allowed";
import { GroupsTable } from "@/components/groups/groups-table";
import { InviteDialog } from "@/components/invitations/invite-dialog";
import { InvitationsTable } from "@/components/invitations/invitations-table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { CreateUserDialog } from "./create-user-dialog";
import { tabOf } from "./users-query";
import { UsersTable } from "./users-table";

type Props = {
  viewerId: string;
  canCreateUsers: boolean;
  /** Only the owner makes administrators. */
  allowAdmin: boolean;
  canReadGroups: boolean;
  canManageGroups: boolean;
};

/**
 * The data platform's User Manager: a Users tab, a Groups tab and (for those who may invite) an
 * Invitations tab. The tab is in the URL (/users?tab=groups),
 * so it survives a reload and can be linked; switching tabs adds a history entry without a round trip.
 */
export function UserManagerTabs({ viewerId, canCreateUsers, allowAdmin, canReadGroups, canManageGroups }: Props) {
  const tab = tabOf(useSearchParams().get("tab"));
  const pathname = usePathname();
  return (
    <Tabs value={tab} onValueChange={(next) => window.history.pushState(null, "", next === "users" ? pathname : `${pathname}?tab=${next}`)}>
      <TabsList aria-label="User Manager">
        <TabsTrigger value="users">Users</TabsTrigger>
        <TabsTrigger value="groups">Groups</TabsTrigger>
        {canCreateUsers ? <TabsTrigger value="invitations">Invitations</TabsTrigger> : null}
      </TabsList>
      <TabsContent value="users">
        <UsersTable viewerId={viewerId} toolbar={canCreateUsers ? <CreateUserDialog allowAdmin={allowAdmin} /> : null} />
      </TabsContent>
      <TabsContent value="groups">
        {canReadGroups ? <GroupsTable canManage={canManageGroups} /> : <NotAllowed what="the groups" needs="group:read" />}
      </TabsContent>
      <TabsContent value="invitations">
        {canCreateUsers ? (
          <InvitationsTable toolbar={<InviteDialog allowAdmin={allowAdmin} />} emptyAction={<InviteDialog allowAdmin={allowAdmin} label="Invite someone" />} />
        ) : (
          <NotAllowed what="the invitations" needs="member:create" />
        )}
      </TabsContent>
    </Tabs>
  );
}
