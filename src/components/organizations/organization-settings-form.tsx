"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { InvitationExpirySelect } from "@/components/invitations/invitation-expiry-select";
import { applyServerError } from "@/lib/form-errors";
import { ZInvitationExpiry, ZLogoUrl, ZOrganizationName, ZOrganizationSlug, type TOrganization } from "@/lib/schemas/organization";
import { useTRPC } from "@/trpc/react";

const ZForm = z.object({
  name: ZOrganizationName,
  slug: ZOrganizationSlug,
  logo: z.union([z.literal(""), ZLogoUrl]),
  invitationExpiresIn: ZInvitationExpiry,
});
type Values = z.infer<typeof ZForm>;

/** The organization's name, slug, logo and the default lifetime of its invitation links. */
export function OrganizationSettingsForm({ organization }: { organization: TOrganization }) {
  const trpc = useTRPC();
  const router = useRouter();
  const defaults: Values = {
    name: organization.name,
    slug: organization.slug,
    logo: organization.logo ?? "",
    invitationExpiresIn: organization.invitationExpiresIn,
  };
  const form = useForm<Values>({ resolver: zodResolver(ZForm), defaultValues: defaults });
  const update = useMutation(
    trpc.organization.update.mutationOptions({
      onSuccess: (saved) => {
        form.reset({ name: saved.name, slug: saved.slug, logo: saved.logo ?? "", invitationExpiresIn: saved.invitationExpiresIn });
        toast.success("Organization saved");
        // The sidebar and the page titles name the organization: render them again.
        router.refresh();
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors, isDirty } = form.formState;
  return (
    <form
      className="grid max-w-xl grid-cols-1 gap-4"
      noValidate
      onSubmit={form.handleSubmit((values) => update.mutate({ organizationId: organization.id, ...values, logo: values.logo || null }))}
    >
      <FormField id="organization-settings-name" label="Name" error={errors.name?.message}>
        <Input id="organization-settings-name" autoComplete="off" aria-invalid={!!errors.name} {...form.register("name")} />
      </FormField>
      <FormField id="organization-settings-slug" label="Slug" hint="Lower-case letters, digits and dashes; unique on this server" error={errors.slug?.message}>
        <Input id="organization-settings-slug" autoComplete="off" aria-invalid={!!errors.slug} {...form.register("slug")} />
      </FormField>
      <FormField id="organization-settings-logo" label="Logo URL" hint="An image for applications that show this organization; leave empty for none" error={errors.logo?.message}>
        <Input id="organization-settings-logo" type="url" autoComplete="off" placeholder="https://" aria-invalid={!!errors.logo} {...form.register("logo")} />
      </FormField>
      <FormField
        id="organization-settings-expiry"
        label="Invitation links expire after"
        hint="The default when inviting; each invitation can still choose its own"
        error={errors.invitationExpiresIn?.message}
      >
        <Controller
          control={form.control}
          name="invitationExpiresIn"
          render={({ field }) => (
            <InvitationExpirySelect
              id="organization-settings-expiry"
              label="Invitation links expire after"
              value={field.value}
              onChange={field.onChange}
              className="w-full sm:w-60"
            />
          )}
        />
      </FormField>
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={update.isPending || !isDirty}>
          {update.isPending ? "Saving…" : "Save changes"}
        </Button>
        <Button type="button" variant="outline" disabled={update.isPending || !isDirty} onClick={() => form.reset()}>
          Discard
        </Button>
      </div>
    </form>
  );
}
