"use client";

import { NotAllowed } from "@/components/common/not-allowed";
import { GroupsTable } from "@/components/groups/groups-table";
import { InviteDialog } from "@/components/invitations/invite-dialog";
import { InvitationsTable } from "@/components/invitations/invitations-table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useUrlParams } from "@/hooks/use-url-params";
import type { Viewer } from "@/lib/viewer";
import { CreateUserDialog } from "./create-user-dialog";
import { UserSettingsDialog } from "./user-settings-dialog";
import { tabOf } from "./users-query";
import { UsersTable } from "./users-table";

type Props = {
  viewer: Viewer;
  canCreateUsers: boolean;
  /** Only the owner makes administrators. */
  allowAdmin: boolean;
  canReadGroups: boolean;
  canManageGroups: boolean;
  /** settings:manage: the User Manager's settings (whether new users need a group). */
  canManageSettings: boolean;
};

/**
 * The data platform's User Manager: a Users tab, a Groups tab and (for those who may invite) an
 * Invitations tab. The tab is in the URL (/users?tab=groups), beside each tab's own filters,
 * so it survives a reload and can be linked; switching tabs adds a history entry without a round trip.
 */
export function UserManagerTabs({ viewer, canCreateUsers, allowAdmin, canReadGroups, canManageGroups, canManageSettings }: Props) {
  const { params, update } = useUrlParams();
  const tab = tabOf(params.get("tab"));
  return (
    // A tab opens unfiltered: the filters of the one left behind are in the history entry before.
    <Tabs value={tab} onValueChange={(next) => update({ ...Object.fromEntries([...params.keys()].map((key) => [key, null])), tab: next === "users" ? null : next })}>
      <TabsList aria-label="User Manager">
        <TabsTrigger value="users">Users</TabsTrigger>
        <TabsTrigger value="groups">Groups</TabsTrigger>
        {canCreateUsers ? <TabsTrigger value="invitations">Invitations</TabsTrigger> : null}
      </TabsList>
      <TabsContent value="users">
        <UsersTable
          viewer={viewer}
          toolbar={
            <>
              {canManageSettings ? <UserSettingsDialog /> : null}
              {canCreateUsers ? <CreateUserDialog allowAdmin={allowAdmin} /> : null}
            </>
          }
        />
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
