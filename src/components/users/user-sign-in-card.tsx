"use client";

import { Info, Lock } from "lucide-react";
import { LocalTime } from "@/components/common/local-time";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { MemberActions } from "@/lib/member-actions";
import type { TMemberDetail } from "@/lib/schemas/user";
import { OwnSessionsTable } from "./own-sessions-table";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { EnabledBadge } from "./user-badges";
import { EnableUserButton, SignOutEverywhereButton, UnlockUserButton } from "./user-state-actions";

/**
 * Whether the member can sign in and what the viewer may do about it: disable or enable, reset the
 * password, sign them out everywhere; and, on your own page, your sessions. Shown only when there
 * is something to do or see.
 */
export function UserSignInCard({ user, may }: { user: TMemberDetail; may: MemberActions }) {
  // Disabling is in the page's "More" menu, with the other actions that take access away.
  const actions = may.enable || may.resetPassword || may.revokeSessions || may.unlock;
  if (!actions && !may.disable && !may.ownSessions && !may.sharedAccount && !user.lockedUntil) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Sign-in and sessions</CardTitle>
        <CardDescription className="flex items-center gap-2">
          <EnabledBadge enabled={user.enabled} />
          <span>
            {user.system
              ? "A system user: no password, API keys only."
              : user.enabled
                ? "Can sign in with a password."
                : "Cannot sign in; API keys are refused."}
          </span>
        </CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-4">
        {user.lockedUntil ? (
          <p className="flex items-start gap-2 text-sm text-amber-800 dark:text-amber-300">
            <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>
              Locked after too many failed password attempts, until <LocalTime iso={user.lockedUntil} />. Password sign-in is refused until then or until
              an administrator unlocks the account.
            </span>
          </p>
        ) : null}
        {actions ? (
          <div className="flex flex-wrap gap-2">
            {may.unlock ? <UnlockUserButton user={user} /> : null}
            {may.resetPassword ? <ResetPasswordDialog userId={user.userId} username={user.username} /> : null}
            {may.revokeSessions && user.enabled ? <SignOutEverywhereButton user={user} /> : null}
            {may.enable ? <EnableUserButton user={user} /> : null}
          </div>
        ) : null}
        {may.sharedAccount ? (
          <p className="flex items-start gap-2 text-sm text-muted-foreground">
            <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
            This account also belongs to another organization, so its password and whether it can sign in are not this organization&apos;s
            to change.
          </p>
        ) : null}
        {may.ownSessions ? <OwnSessionsTable /> : null}
      </CardContent>
    </Card>
  );
}
