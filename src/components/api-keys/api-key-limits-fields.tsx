"use client";

import { Controller, useWatch, type UseFormReturn } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TApiKeyForm } from "@/lib/schemas/api-key-form";

type Form = UseFormReturn<TApiKeyForm>;

function Toggle({ form, name, label }: { form: Form; name: "rateLimitEnabled" | "quotaEnabled" | "refillEnabled"; label: string }) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <div className="flex items-center gap-2">
          <Checkbox id={`key-${name}`} checked={field.value} onCheckedChange={(checked) => field.onChange(checked === true)} />
          <Label htmlFor={`key-${name}`}>{label}</Label>
        </div>
      )}
    />
  );
}

function NumberField({ form, name, label, hint }: { form: Form; name: keyof TApiKeyForm; label: string; hint?: string }) {
  const id = `key-${name}`;
  const error = form.formState.errors[name]?.message;
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <Input id={id} inputMode="numeric" aria-invalid={!!error} {...form.register(name)} />
    </FormField>
  );
}

/** Rate limit (window + max) and quota (remaining, optionally refilled): none unless asked for. */
export function ApiKeyLimitsFields({ form }: { form: Form }) {
  const [rateLimited, quota, refill] = useWatch({ control: form.control, name: ["rateLimitEnabled", "quotaEnabled", "refillEnabled"] });
  return (
    <fieldset className="grid grid-cols-1 gap-4 rounded-lg border p-4">
      <legend className="px-1 text-sm font-medium">Limits</legend>
      <p className="-mt-2 text-xs text-muted-foreground">Without limits the key may make any number of requests.</p>
      <Toggle form={form} name="rateLimitEnabled" label="Limit the request rate" />
      {rateLimited ? (
        <div className="grid grid-cols-1 gap-4 pl-6 sm:grid-cols-2">
          <NumberField form={form} name="rateLimitMax" label="Maximum requests" />
          <NumberField form={form} name="rateLimitTimeWindow" label="Per window of (seconds)" hint="3600 = one hour" />
        </div>
      ) : null}
      <Toggle form={form} name="quotaEnabled" label="Limit the total number of requests (quota)" />
      {quota ? (
        <div className="grid grid-cols-1 gap-4 pl-6">
          <NumberField form={form} name="remaining" label="Requests allowed (remaining)" />
          <Toggle form={form} name="refillEnabled" label="Refill the quota" />
          {refill ? (
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <NumberField form={form} name="refillAmount" label="Refill amount" />
              <NumberField form={form} name="refillInterval" label="Refill every (seconds)" hint="86400 = one day" />
            </div>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
