"use client";

import { useMutation } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { applyServerError } from "@/lib/form-errors";
import { toCreateUserInput } from "@/lib/schemas/user-form";
import { useTRPC } from "@/trpc/react";
import { CreateUserForm } from "./create-user-form";

/** The Users tab's "Create User" (user.create); only the owner is offered the admin role. */
export function CreateUserDialog({ allowAdmin }: { allowAdmin: boolean }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const [open, setOpen] = useState(false);
  const create = useMutation(trpc.user.create.mutationOptions());
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden /> Create User
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Create a user</DialogTitle>
          <DialogDescription>They can sign in at once with the username and password you set here.</DialogDescription>
        </DialogHeader>
        {open ? (
          <CreateUserForm
            allowAdmin={allowAdmin}
            pending={create.isPending}
            onCancel={() => setOpen(false)}
            onSubmit={(values, form) =>
              create.mutate(toCreateUserInput(values), {
                onSuccess: async (user) => {
                  setOpen(false);
                  toast.success(`User ${user.username} created${user.system ? " (system user)" : ""}`);
                  await invalidate();
                },
                onError: (error) => applyServerError(form, error),
              })
            }
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
