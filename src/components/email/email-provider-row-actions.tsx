"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/common/confirm-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { TEmailProvider } from "@/lib/schemas/notification";
import { useTRPC } from "@/trpc/react";
import { EmailProviderForm } from "./email-provider-form";
import { SendTestEmailDialog } from "./send-test-email-dialog";

/** Send a test, edit (a dialog) and delete (after a confirmation). */
export function EmailProviderRowActions({ provider, testTo }: { provider: TEmailProvider; testTo: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(trpc.notification.delete.mutationOptions());
  return (
    <div className="flex justify-end gap-1">
      <SendTestEmailDialog provider={provider} defaultTo={testTo} />
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={`Edit email provider ${provider.name}`}>
            <Pencil aria-hidden />
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Edit {provider.name}</DialogTitle>
            <DialogDescription>The stored password is never shown; leave it blank to keep it.</DialogDescription>
          </DialogHeader>
          {open ? <EmailProviderForm provider={provider} onDone={() => setOpen(false)} /> : null}
        </DialogContent>
      </Dialog>
      <ConfirmAction
        trigger={
          <Button variant="ghost" size="icon" aria-label={`Delete email provider ${provider.name}`}>
            <Trash2 aria-hidden />
          </Button>
        }
        title={`Delete the email provider ${provider.name}?`}
        description={
          provider.isDefault
            ? "It is the default: until another provider is the default, invitations and account emails cannot be sent. Emails still queued through it fail."
            : "Emails still queued through it fail. This cannot be undone."
        }
        confirmLabel="Delete provider"
        pendingLabel="Deleting…"
        onConfirm={async () => {
          await remove.mutateAsync({ notificationId: provider.id });
          toast.success(`Email provider ${provider.name} deleted`);
          await queryClient.invalidateQueries({ queryKey: trpc.notification.list.queryKey() });
        }}
      />
    </div>
  );
}
