"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { UserPicker } from "@/components/users/user-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { applyServerError } from "@/lib/form-errors";
import { CREATE_GROUP_DEFAULTS, toCreateGroupInput, ZCreateGroupForm, type TCreateGroupForm } from "@/lib/schemas/group-form";
import { useTRPC } from "@/trpc/react";

/** The User Manager's "Add New" group: a name, optionally a description, a GID and members. `label`: the button's words. */
export function CreateGroupDialog({ label = "Create group" }: { label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Create a group</DialogTitle>
          <DialogDescription>Members inherit what the group grants; set its permissions and workspaces on the group&apos;s page.</DialogDescription>
        </DialogHeader>
        {open ? <CreateGroupForm onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const form = useForm<TCreateGroupForm>({ resolver: zodResolver(ZCreateGroupForm), defaultValues: CREATE_GROUP_DEFAULTS });
  const create = useMutation(
    trpc.group.create.mutationOptions({
      onSuccess: async (group) => {
        onDone();
        toast.success(`Group ${group.name} created with GID ${group.gid}`);
        await invalidate();
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors } = form.formState;
  return (
    <form className="grid grid-cols-1 gap-4" noValidate onSubmit={form.handleSubmit((values) => create.mutate(toCreateGroupInput(values)))}>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[2fr_1fr]">
        <FormField id="group-name" label="Name" error={errors.name?.message}>
          <Input id="group-name" autoComplete="off" aria-invalid={!!errors.name} {...form.register("name")} />
        </FormField>
        <FormField id="group-gid" label="GID" hint="Empty: the next free from 1000" error={errors.gid?.message}>
          <Input id="group-gid" inputMode="numeric" autoComplete="off" aria-invalid={!!errors.gid} {...form.register("gid")} />
        </FormField>
      </div>
      <FormField id="group-description" label="Description" error={errors.description?.message}>
        <Input id="group-description" autoComplete="off" {...form.register("description")} />
      </FormField>
      <Controller
        control={form.control}
        name="members"
        render={({ field }) => <UserPicker label="Members" searchLabel="Find members to add" value={field.value} onChange={field.onChange} error={errors.members?.message} />}
      />
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create group"}
        </Button>
      </DialogFooter>
    </form>
  );
}
