import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { MemberRole } from "@/lib/permissions";
import type { TMemberDetail } from "@/lib/schemas/user";
import { USER_ROLE_HINTS } from "@/lib/user-roles";
import { AccessBadge } from "./access-badge";

const ORGANIZATION_ROLE_WORDS: Record<MemberRole, string> = {
  owner: "Owner: runs the organization and holds every permission",
  admin: "Admin: manages people, groups, workspaces and settings, with every permission",
  member: "Member: manages nothing in the organization; works where workspace access lets them",
};

/**
 * A member's access at its two levels, explained once: the organization role (what they may
 * manage here) and workspace access (what they may do in each workspace), with the groups that
 * add to both. The one way to change them is the action beside the title (Edit access).
 */
export function UserAccessCard({ user, action }: { user: TMemberDetail; action?: React.ReactNode }) {
  const { access } = user;
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle className="flex flex-wrap items-center gap-2">
            Access <AccessBadge access={access} />
          </CardTitle>
          {action}
        </div>
        <CardDescription>
          Two levels: the organization role says what someone may manage here; workspace access says what they may do with workflows
          in each workspace. Groups and permission flags add to both.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-4 text-sm">
        <section aria-label="Organization role" className="flex flex-col gap-1 sm:flex-row sm:gap-2">
          <span className="w-36 shrink-0 text-muted-foreground">Organization role</span>
          <span>{ORGANIZATION_ROLE_WORDS[user.role]}</span>
        </section>
        <section aria-label="Workspace access" className="flex flex-col gap-1 sm:flex-row sm:gap-2">
          <span className="w-36 shrink-0 text-muted-foreground">Workspace access</span>
          <WorkspaceAccessWords user={user} />
        </section>
        <section aria-label="Groups" className="flex flex-col gap-1 sm:flex-row sm:gap-2">
          <span className="w-36 shrink-0 text-muted-foreground">Groups</span>
          {user.groups.length === 0 ? (
            <span className="text-muted-foreground">In no group</span>
          ) : (
            <ul className="flex flex-wrap gap-1">
              {user.groups.map((group) => (
                <li key={group.id}>
                  <Link href={`/users/groups/${group.id}`} className="rounded-md hover:underline">
                    <Badge variant="outline">
                      {group.name} <span className="text-muted-foreground">GID {group.gid}</span>
                    </Badge>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </CardContent>
    </Card>
  );
}

function WorkspaceAccessWords({ user }: { user: TMemberDetail }) {
  const { access } = user;
  switch (access.kind) {
    case "owner":
    case "admin":
      return <span>{access.scope}</span>;
    case "per-workspace":
      return (
        <ul className="grid grid-cols-1 gap-0.5">
          {access.workspaces.map((w) => (
            <li key={w.id}>
              {w.name} as <span className="font-medium">{w.role}</span>
              <span className="text-muted-foreground"> · {USER_ROLE_HINTS[w.role]}</span>
            </li>
          ))}
        </ul>
      );
    case "none":
      return <span className="text-muted-foreground">No workspace: only what groups and flags grant</span>;
    default:
      return (
        <span>
          {access.scope} <span className="text-muted-foreground">· {USER_ROLE_HINTS[access.kind]}</span>
        </span>
      );
  }
}
