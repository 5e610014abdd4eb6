"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Crown, UserMinus } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/common/confirm-action";
import { Button } from "@/components/ui/button";
import type { TMemberDetail } from "@/lib/schemas/user";
import { useTRPC } from "@/trpc/react";

export function RemoveUserButton({ user }: { user: TMemberDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const remove = useMutation(trpc.user.remove.mutationOptions());
  return (
    <ConfirmAction
      trigger={
        <Button variant="destructive">
          <UserMinus aria-hidden /> Remove user
        </Button>
      }
      title={`Remove ${user.username}?`}
      description={`${user.username} leaves the organization: their sessions end and their API keys for this organization are deleted. Their account is deleted too if they belong to no other organization.`}
      confirmLabel="Remove"
      pendingLabel="Removing…"
      onConfirm={async () => {
        const result = await remove.mutateAsync({ userId: user.userId });
        toast.success(result.accountDeleted ? `${user.username} was removed and their account deleted` : `${user.username} was removed`);
        await queryClient.invalidateQueries({ queryKey: trpc.user.all.queryKey() });
        router.push("/users");
      }}
    />
  );
}

export function TransferOwnershipButton({ user }: { user: TMemberDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const assign = useMutation(trpc.user.assignPermissions.mutationOptions());
  return (
    <ConfirmAction
      trigger={
        <Button variant="outline">
          <Crown aria-hidden /> Transfer ownership
        </Button>
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
