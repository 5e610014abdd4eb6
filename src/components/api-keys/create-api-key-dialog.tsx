"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { applyServerError } from "@/lib/form-errors";
import type { Permission } from "@/lib/permissions";
import { toCreateApiKeyInput } from "@/lib/schemas/api-key-form";
import { useTRPC } from "@/trpc/react";
import { ApiKeyForm } from "./api-key-form";
import { CreatedApiKey, type CreatedKey } from "./created-api-key";

/** Your own key; or, with `forUser`, an administrator's key for a system user (user.createApiKey with userId). `label`: the button's words. */
export function CreateApiKeyDialog({ held, forUser, label = "Create API key" }: { held: Permission[]; forUser?: { userId: string; username: string }; label?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // The key lives only in this state: closing the dialog forgets it for good.
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const create = useMutation(trpc.user.createApiKey.mutationOptions());

  function close() {
    setOpen(false);
    setCreated(null);
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : close())}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent
        className="sm:max-w-2xl"
        // A stray click or Escape must not lose a key that was never copied: close it with a button.
        onInteractOutside={(event) => created && event.preventDefault()}
        onEscapeKeyDown={(event) => created && event.preventDefault()}
      >
        {created ? (
          <CreatedApiKey created={created} onDone={close} />
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>{forUser ? `Create an API key for ${forUser.username}` : "Create an API key"}</DialogTitle>
              <DialogDescription>
                {forUser
                  ? `The key acts as the system user ${forUser.username} in this organization, within the limits and permissions you set.`
                  : "The key acts as you in this organization, within the limits and permissions you set."}
              </DialogDescription>
            </DialogHeader>
            <ApiKeyForm
              held={held}
              pending={create.isPending}
              onCancel={close}
              onSubmit={(values, form) =>
                create.mutate({ ...toCreateApiKeyInput(values, new Date()), ...(forUser ? { userId: forUser.userId } : {}) }, {
                  onSuccess: async (key) => {
                    setCreated({ name: key.name, key: key.key, expiresAt: key.expiresAt });
                    await Promise.all([
                      queryClient.invalidateQueries({ queryKey: trpc.user.listApiKeys.queryKey() }),
                      queryClient.invalidateQueries({ queryKey: trpc.user.get.queryKey() }),
                    ]);
                  },
                  onError: (error) => applyServerError(form, error),
                })
              }
            />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
