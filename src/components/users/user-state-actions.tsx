"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleSlash, LockOpen, LogOut, UserCheck } from "lucide-react";
import { toast } from "sonner";
import { ConfirmAction, type OpenedFromMenu } from "@/components/common/confirm-action";
import { Button } from "@/components/ui/button";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { useTRPC } from "@/trpc/react";

type Target = { userId: string; username: string; system: boolean };

const sessions = (n: number) => (n === 1 ? "1 session" : `${n} sessions`);

/** Dagu's Disable: sign-in refused, sessions ended, API keys refused; history and ownership stay. */
export function DisableUserButton({ user, menu }: { user: Target; menu?: OpenedFromMenu }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const disable = useMutation(trpc.user.disable.mutationOptions());
  return (
    <ConfirmAction
      {...menu}
      trigger={
        menu ? undefined : (
          <Button variant="destructive">
            <CircleSlash aria-hidden /> Disable user
          </Button>
        )
      }
      title={`Disable ${user.username}?`}
      description={
        user.system
          ? `${user.username}'s API keys are refused from the next request. Its keys, history and groups stay; enable it to let the keys work again.`
          : `${user.username} cannot sign in, every session of theirs ends now and their API keys are refused. Their history, groups and keys stay; enable them to restore access.`
      }
      confirmLabel="Disable"
      pendingLabel="Disabling…"
      onConfirm={async () => {
        const result = await disable.mutateAsync({ userId: user.userId });
        toast.success(`${user.username} disabled${result.sessionsRevoked ? `; ${sessions(result.sessionsRevoked)} ended` : ""}`);
        await invalidate();
      }}
    />
  );
}

export function EnableUserButton({ user, menu }: { user: Target; menu?: OpenedFromMenu }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const enable = useMutation(trpc.user.enable.mutationOptions());
  return (
    <ConfirmAction
      {...menu}
      trigger={
        menu ? undefined : (
          <Button>
            <UserCheck aria-hidden /> Enable user
          </Button>
        )
      }
      title={`Enable ${user.username}?`}
      description={`${user.username} can ${user.system ? "use their API keys" : "sign in and use their API keys"} again, with the access they had.`}
      confirmLabel="Enable"
      pendingLabel="Enabling…"
      destructive={false}
      onConfirm={async () => {
        await enable.mutateAsync({ userId: user.userId });
        toast.success(`${user.username} enabled`);
        await invalidate();
      }}
    />
  );
}

/** Lifts the lock that failed password attempts put on the account (user.unlock). */
export function UnlockUserButton({ user }: { user: Target }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const unlock = useMutation(trpc.user.unlock.mutationOptions());
  return (
    <ConfirmAction
      trigger={
        <Button variant="outline">
          <LockOpen aria-hidden /> Unlock
        </Button>
      }
      title={`Unlock ${user.username}?`}
      description={`${user.username} can try their password again at once, and the count of failed attempts starts again. Do this when you know it was them.`}
      confirmLabel="Unlock"
      pendingLabel="Unlocking…"
      destructive={false}
      onConfirm={async () => {
        await unlock.mutateAsync({ userId: user.userId });
        toast.success(`${user.username} unlocked`);
        await invalidate();
      }}
    />
  );
}

/** Ends every session of another member (user.revokeSessions); their API keys keep working. */
export function SignOutEverywhereButton({ user }: { user: Target }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const revoke = useMutation(trpc.user.revokeSessions.mutationOptions());
  return (
    <ConfirmAction
      trigger={
        <Button variant="outline">
          <LogOut aria-hidden /> Sign out everywhere
        </Button>
      }
      title={`Sign ${user.username} out everywhere?`}
      description={`Every session of ${user.username} ends now, in every browser and organization; they can sign in again. Their API keys keep working.`}
      confirmLabel="Sign out everywhere"
      pendingLabel="Signing out…"
      onConfirm={async () => {
        const result = await revoke.mutateAsync({ userId: user.userId });
        toast.success(result.sessionsRevoked ? `${user.username} signed out: ${sessions(result.sessionsRevoked)} ended` : `${user.username} had no open session`);
        await invalidate();
      }}
    />
  );
}
