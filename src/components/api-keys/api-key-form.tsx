"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Permission } from "@/lib/permissions";
import { API_KEY_FORM_DEFAULTS, EXPIRY_CHOICES, ZApiKeyForm, type TApiKeyForm } from "@/lib/schemas/api-key-form";
import { ApiKeyLimitsFields } from "./api-key-limits-fields";
import { ApiKeyScopeFields } from "./api-key-scope-fields";

type Props = {
  held: Permission[];
  pending: boolean;
  onSubmit: (values: TApiKeyForm, form: ReturnType<typeof useForm<TApiKeyForm>>) => void;
  onCancel: () => void;
};

/** Every option of user.createApiKey: name, prefix, expiry, rate limit, quota and refill, scope. */
export function ApiKeyForm({ held, pending, onSubmit, onCancel }: Props) {
  const form = useForm<TApiKeyForm>({ resolver: zodResolver(ZApiKeyForm), defaultValues: API_KEY_FORM_DEFAULTS });
  const { errors } = form.formState;
  const expiry = useWatch({ control: form.control, name: "expiry" });
  return (
    <form className="grid grid-cols-1 gap-5" noValidate onSubmit={form.handleSubmit((values) => onSubmit(values, form))}>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[2fr_1fr]">
        <FormField id="key-name" label="Name" error={errors.name?.message}>
          <Input id="key-name" placeholder="Production deploys" aria-invalid={!!errors.name} {...form.register("name")} />
        </FormField>
        <FormField id="key-prefix" label="Prefix" hint="Optional; default rst" error={errors.prefix?.message}>
          <Input id="key-prefix" placeholder="rst" aria-invalid={!!errors.prefix} {...form.register("prefix")} />
        </FormField>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField id="key-expiry" label="Expires">
          <Controller
            control={form.control}
            name="expiry"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger id="key-expiry" aria-label="Expires">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {EXPIRY_CHOICES.map((choice) => (
                    <SelectItem key={choice.value} value={choice.value}>
                      {choice.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        {expiry === "custom" ? (
          <FormField id="key-expires-on" label="Expires at the end of" error={errors.expiresOn?.message}>
            <Input id="key-expires-on" type="date" aria-invalid={!!errors.expiresOn} {...form.register("expiresOn")} />
          </FormField>
        ) : null}
      </div>
      <ApiKeyLimitsFields form={form} />
      <ApiKeyScopeFields form={form} held={held} />
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </Button>
      </DialogFooter>
    </form>
  );
}
