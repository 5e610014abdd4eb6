"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { toast } from "sonner";


import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { applyServerError } from "@/lib/form-errors";
import type { TGroupDetail } from "@/lib/schemas/group";
import { ZGroupSettingsForm, type TGroupSettingsForm } from "@/lib/schemas/group-form";
import { useTRPC } from "@/trpc/react";
import { SaveOrDiscard } from "@/components/common/save-or-discard";

/** Rename a group or change its description (group.update). The GID stays. */
export function GroupSettingsCard({ group }: { group: TGroupDetail }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const form = useForm<TGroupSettingsForm>({
    resolver: zodResolver(ZGroupSettingsForm),
    defaultValues: { name: group.name, description: group.description },
  });
  const update = useMutation(
    trpc.group.update.mutationOptions({
      onSuccess: async (saved) => {
        form.reset({ name: saved.name, description: saved.description });
        toast.success(saved.name === group.name ? `Group ${saved.name} saved` : `Group renamed to ${saved.name}`);
        await invalidate();
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors, isDirty } = form.formState;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Name and description</CardTitle>
        <CardDescription>Renaming keeps the GID, the members and the grants.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="grid grid-cols-1 gap-4"
          noValidate
          onSubmit={form.handleSubmit((values) => update.mutate({ groupId: group.id, name: values.name, description: values.description }))}
        >
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_2fr]">
            <FormField id="group-settings-name" label="Name" error={errors.name?.message}>
              <Input id="group-settings-name" autoComplete="off" aria-invalid={!!errors.name} {...form.register("name")} />
            </FormField>
            <FormField id="group-settings-description" label="Description" error={errors.description?.message}>
              <Input id="group-settings-description" autoComplete="off" {...form.register("description")} />
            </FormField>
          </div>
          <SaveOrDiscard
            error={errors.root?.message}
            saveLabel="Save name and description"
            pending={update.isPending}
            dirty={isDirty}
            onDiscard={() => form.reset()}
          />
        </form>
      </CardContent>
    </Card>
  );
}
