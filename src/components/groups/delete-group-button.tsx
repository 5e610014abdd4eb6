"use client";

import { useMutation } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { toast } from "sonner";
import { ConfirmAction, type OpenedFromMenu } from "@/components/common/confirm-action";
import { Button } from "@/components/ui/button";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { useTRPC } from "@/trpc/react";
import { membersText } from "./groups-query";

type Props = { group: { id: string; name: string; memberCount: number; memberCountExact: boolean }; onDeleted?: () => void; menu?: OpenedFromMenu };

/** Deletes a group after a confirmation; its members stay, without what it granted. */
export function DeleteGroupButton({ group, onDeleted, menu }: Props) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const remove = useMutation(trpc.group.delete.mutationOptions());
  return (
    <ConfirmAction
      {...menu}
      trigger={
        menu ? undefined : (
          <Button variant="destructive">
            <Trash2 aria-hidden /> Delete group
          </Button>
        )
      }
      title={`Delete the group ${group.name}?`}
      description={`Its ${membersText(group)} stay in the organization but lose what ${group.name} granted them, at once. This cannot be undone.`}
      confirmLabel="Delete group"
      pendingLabel="Deleting…"
      onConfirm={async () => {
        await remove.mutateAsync({ groupId: group.id });
        toast.success(`Group ${group.name} deleted`);
        onDeleted?.();
        await invalidate();
      }}
    />
  );
}
