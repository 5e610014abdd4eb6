import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TMemberDetail } from "@/lib/schemas/user";
import { RoleBadge } from "./user-badges";

/** Role, groups and workspace access: the facts that the effective permissions come from. */
export function UserAccessCard({ user, action }: { user: TMemberDetail; action?: React.ReactNode }) {
  const { workspaceAccess: access } = user;
  return (
    <Card>
      <CardHeader className="flex flex-row items-start justify-between gap-2">
        <CardTitle>Role, groups and workspaces</CardTitle>
        {action}
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-4 text-sm">
        <section aria-label="Role" className="flex items-center gap-2">
          <span className="w-28 text-muted-foreground">Role</span>
          <RoleBadge role={user.role} />
        </section>
        <section aria-label="Groups" className="flex items-start gap-2">
          <span className="w-28 shrink-0 text-muted-foreground">Groups</span>
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
        <section aria-label="Workspace access" className="flex items-start gap-2">
          <span className="w-28 shrink-0 text-muted-foreground">Workspaces</span>
          <div className="grid grid-cols-1 gap-1">
            <span>
              {access.all ? "All workspaces" : "Default workspace"} as <span className="font-medium">{access.role}</span>
            </span>
            {access.grants.length > 0 ? (
              <ul className="grid grid-cols-1 gap-0.5">
                {access.grants.map((grant) => (
                  <li key={grant.workspaceId}>
                    {grant.workspace} as <span className="font-medium">{grant.role}</span>
                  </li>
                ))}
              </ul>
            ) : !access.all ? (
              <span className="text-muted-foreground">No other workspace</span>
            ) : null}
          </div>
        </section>
      </CardContent>
    </Card>
  );
}
