"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { ErrorState } from "@/components/common/list-states";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { memberActions } from "@/lib/member-actions";
import type { Permission } from "@/lib/permissions";
import { isPlaceholderEmail } from "@/lib/placeholder-email";
import type { TMemberDetail } from "@/lib/schemas/user";
import type { Viewer } from "@/lib/viewer";
import { useTRPC } from "@/trpc/react";
import { AssignPermissionsForm } from "./assign-permissions-form";
import { EffectivePermissionsCard } from "./effective-permissions-card";
import { MemberFlagsList } from "./member-flags-list";
import { EditAccessDialog } from "./edit-access-dialog";
import { UserAccessCard } from "./user-access-card";
import { UserApiKeysCard } from "./user-api-keys-card";
import { AccessBadge } from "./access-badge";
import { SystemUserBadge, YouBadge } from "./user-badges";
import { UserAuditTrailCard } from "./user-audit-trail-card";
import { UserMoreMenu } from "./user-more-menu";
import { UserProfileCard } from "./user-profile-card";
import { UserSignInCard } from "./user-sign-in-card";

export function UserDetail({ userId, viewer }: { userId: string; viewer: Viewer }) {
  const trpc = useTRPC();
  // A 4xx will not change on retry (another organization's user is a 404): show it at once.
  const query = useQuery({
    ...trpc.user.one.queryOptions({ userId }),
    retry: (count, error) => count < 1 && (error.data?.httpStatus ?? 500) >= 500,
  });
  return (
    <div className="grid grid-cols-1 gap-6">
      <Link href="/users" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4" /> All users
      </Link>
      {query.isPending ? (
        <DetailSkeleton />
      ) : query.isError ? (
        <Card>
          <CardContent>
            {query.error.data?.code === "NOT_FOUND" ? (
              <ErrorState message="This user is not a member of your organization." />
            ) : (
              <ErrorState message={`Could not load this user: ${query.error.message}`} onRetry={() => query.refetch()} />
            )}
          </CardContent>
        </Card>
      ) : (
        <Loaded user={query.data} viewer={viewer} />
      )}
    </div>
  );
}

function Loaded({ user, viewer }: { user: TMemberDetail; viewer: Viewer }) {
  const may = memberActions(viewer, user);
  const title = [user.firstName, user.lastName].filter(Boolean).join(" ") || user.name;
  // One primary action at most (a system user's API key); the destructive ones wait in "More".
  const primary = may.createSystemKey ? <CreateApiKeyDialog held={systemUserPermissions(user)} forUser={user} /> : null;
  const more = <UserMoreMenu user={user} may={may} />;
  return (
    <>
      <PageHeader
        title={title}
        description={`@${user.username} · ${isPlaceholderEmail(user.email) ? "no email" : user.email}`}
        actions={
          <div className="flex flex-wrap gap-2">
            {primary}
            {more}
          </div>
        }
      />
      <div className="-mt-4 flex items-center gap-2" aria-label="Markers">
        <AccessBadge access={user.access} />
        {user.system ? <SystemUserBadge /> : null}
        {user.enabled ? null : <Badge variant="destructive">Disabled</Badge>}
        {viewer.userId === user.userId ? <YouBadge /> : null}
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <UserProfileCard user={user} />
        <UserAccessCard
          user={user}
          action={may.editAccess ? <EditAccessDialog user={user} changeRole={may.changeRole} allowAdmin={viewer.role === "owner"} /> : undefined}
        />
      </div>
      <UserSignInCard user={user} may={may} />
      <Card>
        <CardHeader>
          <CardTitle>Permission flags</CardTitle>
          <CardDescription>
            {may.assignPermissions
              ? "Platform and administration permissions granted beyond the role; a change applies to the member's sessions and keys at once."
              : "Granted beyond the role. Only the owner changes them."}
          </CardDescription>
        </CardHeader>
        <CardContent>{may.assignPermissions ? <AssignPermissionsForm user={user} /> : <MemberFlagsList flags={user.flags} />}</CardContent>
      </Card>
      <EffectivePermissionsCard user={user} />
      {may.apiKeysScope ? <UserApiKeysCard userId={user.userId} username={user.username} scope={may.apiKeysScope} /> : null}
      {may.auditTrail ? <UserAuditTrailCard userId={user.userId} username={user.username} /> : null}
    </>
  );
}

/** What a system user holds organization-wide: a key made for it can be narrowed within that. */
function systemUserPermissions(user: TMemberDetail): Permission[] {
  return [...new Set(user.effectivePermissions.filter((e) => e.scope.type !== "workspace").map((e) => e.permission))];
}

function DetailSkeleton() {
  return (
    <div className="grid grid-cols-1 gap-6" aria-busy="true">
      <span className="sr-only">Loading user…</span>
      <Skeleton className="h-8 w-64" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Skeleton className="h-56" />
        <Skeleton className="h-56" />
      </div>
      <Skeleton className="h-40" />
    </div>
  );
}
