"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/common/confirm-action";
import { CopyButton } from "@/components/common/copy-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { TInvitation } from "@/lib/schemas/invitation";
import { useTRPC } from "@/trpc/react";

/** Resend (new link, new expiry, new email), copy link (a new link, not emailed) and cancel. */
export function InvitationRowActions({ invitation }: { invitation: TInvitation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [link, setLink] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invitation.all.pathKey() });
  const resend = useMutation(trpc.invitation.resend.mutationOptions({ onSettled: refresh }));
  const cancel = useMutation(trpc.invitation.cancel.mutationOptions({ onSettled: refresh }));
  if (invitation.status !== "pending" && invitation.status !== "expired") return null;
  const who = invitation.email;
  return (
    <div className="flex justify-end gap-2">
      <Button
        size="sm"
        variant="outline"
        aria-label={`Resend the invitation to ${who}`}
        disabled={resend.isPending}
        onClick={() =>
          resend.mutate(
            { invitationId: invitation.id, send: true },
            { onSuccess: () => toast.success(`A new invitation email to ${who} is queued`), onError: (e) => toast.error(e.message) },
          )
        }
      >
        Resend
      </Button>
      <Button
        size="sm"
        variant="outline"
        aria-label={`Copy a link for ${who}`}
        disabled={resend.isPending}
        onClick={() => resend.mutate({ invitationId: invitation.id, send: false }, { onSuccess: (r) => setLink(r.link), onError: (e) => toast.error(e.message) })}
      >
        Copy link
      </Button>
      <ConfirmAction
        trigger={
          <Button size="sm" variant="outline" aria-label={`Cancel the invitation to ${who}`}>
            Cancel
          </Button>
        }
        title={`Cancel the invitation to ${who}?`}
        description="Its link stops working. You can invite the address again later."
        confirmLabel="Cancel invitation"
        pendingLabel="Cancelling…"
        onConfirm={() => cancel.mutateAsync({ invitationId: invitation.id })}
      />
      <Dialog open={link !== null} onOpenChange={(open) => !open && setLink(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>A new link for {who}</DialogTitle>
            <DialogDescription>
              Links are stored only as a hash, so an old one cannot be shown again: this is a new link with a new expiry, and earlier links
              for this invitation no longer work. Nothing was emailed.
            </DialogDescription>
          </DialogHeader>
          <div className="flex items-center gap-2">
            <code className="min-w-0 flex-1 truncate rounded bg-muted px-2 py-1 text-xs" aria-label="Invitation link">
              {link}
            </code>
            <CopyButton value={link ?? ""} label="Copy the invitation link" />
          </div>
        </DialogContent>
      </Dialog>
    </div>
  );
}
