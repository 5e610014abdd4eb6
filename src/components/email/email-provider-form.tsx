"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { applyServerError } from "@/lib/form-errors";
import { type TCreateEmailProviderInput, type TEmailProvider, TLS_MODES, ZCreateEmailProviderInput } from "@/lib/schemas/notification";
import { useTRPC } from "@/trpc/react";

const TLS_LABELS: Record<(typeof TLS_MODES)[number], string> = { none: "None (plain SMTP)", starttls: "STARTTLS (usually port 587)", tls: "TLS (usually port 465)" };

/** Adds a provider, or edits one (`provider` given): a blank password keeps the stored one. */
export function EmailProviderForm({ provider, onDone }: { provider?: TEmailProvider; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<TCreateEmailProviderInput>({
    resolver: zodResolver(ZCreateEmailProviderInput),
    defaultValues: {
      name: provider?.name ?? "",
      host: provider?.host ?? "",
      port: provider?.port ?? 587,
      tlsMode: provider?.tlsMode ?? "starttls",
      username: provider?.username ?? "",
      password: "",
      fromName: provider?.fromName ?? "",
      fromAddress: provider?.fromAddress ?? "",
      isDefault: provider?.isDefault ?? false,
    },
  });
  const handlers = {
    onSuccess: async (saved: TEmailProvider) => {
      onDone();
      toast.success(`Email provider ${saved.name} saved`);
      await queryClient.invalidateQueries({ queryKey: trpc.notification.list.queryKey() });
    },
    onError: (error: Parameters<typeof applyServerError>[1]) => applyServerError(form, error, { notificationId: "name" }),
  };
  const create = useMutation(trpc.notification.create.mutationOptions(handlers));
  const update = useMutation(trpc.notification.update.mutationOptions(handlers));
  const pending = create.isPending || update.isPending;
  const { errors } = form.formState;
  const submit = (values: TCreateEmailProviderInput) => {
    const { password, username, ...rest } = values;
    if (!provider) return create.mutate({ ...rest, username: username || undefined, password: password || undefined });
    update.mutate({ notificationId: provider.id, ...rest, username: username || null, ...(password ? { password } : {}) });
  };
  return (
    <form className="grid gap-4" noValidate onSubmit={form.handleSubmit(submit)}>
      <FormField id="provider-name" label="Name" error={errors.name?.message}>
        <Input id="provider-name" autoComplete="off" aria-invalid={!!errors.name} {...form.register("name")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-[1fr_7rem]">
        <FormField id="provider-host" label="SMTP host" error={errors.host?.message}>
          <Input id="provider-host" autoComplete="off" placeholder="smtp.example.com" aria-invalid={!!errors.host} {...form.register("host")} />
        </FormField>
        <FormField id="provider-port" label="Port" error={errors.port?.message}>
          <Input id="provider-port" type="number" inputMode="numeric" aria-invalid={!!errors.port} {...form.register("port", { valueAsNumber: true })} />
        </FormField>
      </div>
      <FormField id="provider-tls" label="Encryption" error={errors.tlsMode?.message}>
        <Controller
          control={form.control}
          name="tlsMode"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange}>
              <SelectTrigger id="provider-tls" aria-label="Encryption">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {TLS_MODES.map((mode) => (
                  <SelectItem key={mode} value={mode}>
                    {TLS_LABELS[mode]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="provider-username" label="Username" error={errors.username?.message}>
          <Input id="provider-username" autoComplete="off" {...form.register("username")} />
        </FormField>
        <FormField
          id="provider-password"
          label="Password"
          hint={provider?.hasPassword ? "Stored, never shown. Leave blank to keep it." : "Stored encrypted, never shown again."}
          error={errors.password?.message}
        >
          <Input id="provider-password" type="password" autoComplete="new-password" {...form.register("password")} />
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="provider-from-name" label="Sender name" error={errors.fromName?.message}>
          <Input id="provider-from-name" autoComplete="off" aria-invalid={!!errors.fromName} {...form.register("fromName")} />
        </FormField>
        <FormField id="provider-from-address" label="Sender address" error={errors.fromAddress?.message}>
          <Input id="provider-from-address" type="email" autoComplete="off" aria-invalid={!!errors.fromAddress} {...form.register("fromAddress")} />
        </FormField>
      </div>
      <Controller
        control={form.control}
        name="isDefault"
        render={({ field }) => (
          <label htmlFor="provider-default" className="flex items-center gap-2 text-sm">
            <Switch id="provider-default" checked={!!field.value} onCheckedChange={field.onChange} />
            Default provider: invitations and account emails go through it
          </label>
        )}
      />
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : provider ? "Save provider" : "Add provider"}
        </Button>
      </DialogFooter>
    </form>
  );
}
