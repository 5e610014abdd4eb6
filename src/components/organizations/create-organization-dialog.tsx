"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyServerError } from "@/lib/form-errors";
import { slugFromName, ZOrganizationName, ZOrganizationSlug } from "@/lib/schemas/organization";
import { useTRPC } from "@/trpc/react";
import { reloadInOrganization } from "./reload-in-organization";

const ZForm = z.object({ name: ZOrganizationName, slug: ZOrganizationSlug });
type Values = z.infer<typeof ZForm>;

/**
 * A new organization, owned by the person creating it, who then works in it. The slug follows the
 * name until it is edited by hand.
 */
export function CreateOrganizationDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Create an organization</DialogTitle>
          <DialogDescription>You become its owner. It starts empty: no other members, groups or API keys.</DialogDescription>
        </DialogHeader>
        {open ? <CreateOrganizationForm onCancel={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function CreateOrganizationForm({ onCancel }: { onCancel: () => void }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const form = useForm<Values>({ resolver: zodResolver(ZForm), defaultValues: { name: "", slug: "" } });
  const setActive = useMutation(trpc.organization.setActive.mutationOptions({ onSuccess: () => reloadInOrganization(pathname) }));
  const create = useMutation(
    trpc.organization.create.mutationOptions({
      onSuccess: (created) => setActive.mutate({ organizationId: created.id }),
      onError: (error) => applyServerError(form, error),
    }),
  );
  const pending = create.isPending || setActive.isPending || setActive.isSuccess;
  const { errors, dirtyFields } = form.formState;
  const name = form.register("name", {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      if (!dirtyFields.slug) form.setValue("slug", slugFromName(event.target.value));
    },
  });
  return (
    <form className="grid grid-cols-1 gap-4" noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
      <FormField id="organization-name" label="Name" error={errors.name?.message}>
        <Input id="organization-name" autoComplete="off" aria-invalid={!!errors.name} {...name} />
      </FormField>
      <FormField id="organization-slug" label="Slug" hint="Lower-case letters, digits and dashes; unique on this server" error={errors.slug?.message}>
        <Input id="organization-slug" autoComplete="off" aria-invalid={!!errors.slug} {...form.register("slug")} />
      </FormField>
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      {setActive.error ? <Alert variant="destructive">{setActive.error.message}</Alert> : null}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create organization"}
        </Button>
      </DialogFooter>
    </form>
  );
}
