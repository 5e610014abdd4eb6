"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Crown, UserMinus } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmAction, type OpenedFromMenu } from "@/components/common/confirm-action";
import { Button } from "@/components/ui/button";

type Target = { userId: string; username: string };
import { useTRPC } from "@/trpc/react";

/**
 * Removes a member after a confirmation, then goes back to the list (or does `onRemoved`: a row
 * of the list stays where it is).
 */
export function RemoveUserButton({ user, menu, onRemoved }: { user: Target; menu?: OpenedFromMenu; onRemoved?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const remove = useMutation(trpc.user.remove.mutationOptions());
  return (
    <ConfirmAction
      {...menu}
      trigger={
        menu ? undefined : (
          <Button variant="destructive">
            <UserMinus aria-hidden /> Remove user
          </Button>
        )
      }
      title={`Remove ${user.username}?`}
      description={`${user.username} leaves the organization: their sessions end and their API keys for this organization are deleted. Their account is deleted too if they belong to no other organization.`}
      confirmLabel="Remove"
      pendingLabel="Removing…"
      onConfirm={async () => {
        const result = await remove.mutateAsync({ userId: user.userId });
        toast.success(result.accountDeleted ? `${user.username} was removed and their account deleted` : `${user.username} was removed`);
        if (onRemoved) onRemoved();
        else router.push("/users");
        await queryClient.invalidateQueries({ queryKey: trpc.user.pathKey() });
      }}
    />
  );
}

export function TransferOwnershipButton({ user, menu }: { user: Target; menu?: OpenedFromMenu }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const assign = useMutation(trpc.user.assignPermissions.mutationOptions());
  return (
    <ConfirmAction
      {...menu}
      trigger={
        menu ? undefined : (
          <Button variant="outline">
            <Crown aria-hidden /> Transfer ownership
          </Button>
        )
      }
      title={`Make ${user.username} the owner?`}
      description={`${user.username} becomes the organization's owner and you become an administrator. Only the new owner can give ownership back.`}
      confirmLabel="Transfer ownership"
      pendingLabel="Transferring…"
      onConfirm={async () => {
        await assign.mutateAsync({ id: user.userId, role: "owner" });
        toast.success(`${user.username} is now the owner`);
        // Every view of roles changes, including the viewer's own: refetch all and re-render the server parts.
        await queryClient.invalidateQueries();
        router.refresh();
      }}
    />
  );
}
