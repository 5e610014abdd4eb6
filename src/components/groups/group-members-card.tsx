"use client";

import { useMutation } from "@tanstack/react-query";
import { UserMinus } from "lucide-react";
import Link from "next/link";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/common/confirm-action";
import { EmptyState } from "@/components/common/list-states";
import { Pager } from "@/components/common/pager";
import { UserSearch } from "@/components/users/user-search";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import type { TGroupDetail } from "@/lib/schemas/group";
import { useTRPC } from "@/trpc/react";
import { membersText } from "./groups-query";

/** The group's members (group.addUsers / group.removeUsers), the `dt group` CLI's add-users and rm-users. */
export type MemberPages = { first: number; hasPrevious: boolean; busy: boolean; previous: () => void; next: (cursor: string) => void };

/** The group's members one page at a time (group.get's keyset pages), as the Users table pages. */
export function GroupMembersCard({ group, canManage, pages }: { group: TGroupDetail; canManage: boolean; pages: MemberPages }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Members</CardTitle>
        <CardDescription>Members inherit the group&apos;s permissions and workspace roles at once.</CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-5">
        {canManage ? <AddMembers group={group} /> : null}
        {group.members.length === 0 && !pages.hasPrevious ? (
          <EmptyState title="No members yet" hint={canManage ? "Find people above to add them." : undefined} />
        ) : (
          <Table aria-label={`Members of ${group.name}`}>
            <TableHeader>
              <TableRow>
                <TableHead>User Name</TableHead>
                <TableHead>Name</TableHead>
                {canManage ? (
                  <TableHead className="w-12">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {group.members.map((member) => (
                <TableRow key={member.userId}>
                  <TableCell>
                    <Link href={`/users/${member.userId}`} className="font-medium hover:underline">
                      {member.username}
                    </Link>
                  </TableCell>
                  <TableCell>{member.name}</TableCell>
                  {canManage ? (
                    <TableCell className="text-right">
                      <RemoveMemberButton group={group} member={member} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Pager
          label={`Pages of ${group.name}'s members`}
          first={pages.first}
          shown={group.members.length}
          hasPrevious={pages.hasPrevious}
          hasNext={group.nextCursor !== null}
          busy={pages.busy}
          onPrevious={pages.previous}
          onNext={() => group.nextCursor && pages.next(group.nextCursor)}
        >
          {membersText(group)}
        </Pager>
      </CardContent>
    </Card>
  );
}

/** One step: search, press Add, and the person is in the group (group.addUsers). */
function AddMembers({ group }: { group: TGroupDetail }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const add = useMutation(trpc.group.addUsers.mutationOptions());
  // Those on the page shown; adding someone already in the group further on changes nothing.
  const existing = new Set(group.members.map((m) => m.userId));
  return (
    <div className="grid grid-cols-1 gap-2 rounded-lg border p-4">
      <p className="text-sm font-medium">Add members</p>
      <UserSearch
        searchLabel={`Find people to add to ${group.name}`}
        exclude={existing}
        busy={add.isPending ? add.variables?.users[0] : null}
        onPick={(user) =>
          add.mutate(
            { groupId: group.id, users: [user.userId] },
            {
              onSuccess: async () => {
                toast.success(`${user.username} added to ${group.name}`);
                await invalidate();
              },
            },
          )
        }
      />
      {add.isError ? <Alert variant="destructive">{add.error.message}</Alert> : null}
    </div>
  );
}

function RemoveMemberButton({ group, member }: { group: TGroupDetail; member: TGroupDetail["members"][number] }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const remove = useMutation(trpc.group.removeUsers.mutationOptions());
  return (
    <ConfirmAction
      trigger={
        <Button variant="ghost" size="icon" aria-label={`Remove ${member.username} from ${group.name}`}>
          <UserMinus aria-hidden />
        </Button>
      }
      title={`Remove ${member.username} from ${group.name}?`}
      description={`${member.username} stays in the organization but loses what ${group.name} grants, at once.`}
      confirmLabel="Remove from group"
      pendingLabel="Removing…"
      onConfirm={async () => {
        await remove.mutateAsync({ groupId: group.id, users: [member.userId] });
        toast.success(`${member.username} removed from ${group.name}`);
        await invalidate();
      }}
    />
  );
}
