"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { CREATE_USER_DEFAULTS, ZCreateUserForm, type TCreateUserForm } from "@/lib/schemas/user-form";
import { UserRoleSelect } from "./user-role-select";
import { AccessFields } from "./access-fields";

type Props = {
  allowAdmin: boolean;
  pending: boolean;
  onSubmit: (values: TCreateUserForm, form: UseFormReturn<TCreateUserForm>) => void;
  onCancel: () => void;
};

/**
 * Create User, as Dagu and the data platform's User Manager have it: who they are, a password
 * (not for system users), role, workspaces, groups.
 */
export function CreateUserForm({ allowAdmin, pending, onSubmit, onCancel }: Props) {
  const form = useForm<TCreateUserForm>({ resolver: zodResolver(ZCreateUserForm), defaultValues: CREATE_USER_DEFAULTS });
  const { errors } = form.formState;
  const [system, role] = useWatch({ control: form.control, name: ["system", "role"] });
  return (
    <form className="grid grid-cols-1 gap-5" noValidate onSubmit={form.handleSubmit((values) => onSubmit(values, form))}>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField id="new-username" label="Username" error={errors.username?.message}>
          <Input id="new-username" autoComplete="off" aria-invalid={!!errors.username} {...form.register("username")} />
        </FormField>
        <FormField id="new-email" label="Email" hint="Optional for system users" error={errors.email?.message}>
          <Input id="new-email" type="email" autoComplete="off" aria-invalid={!!errors.email} {...form.register("email")} />
        </FormField>
        <FormField id="new-first-name" label="First name" error={errors.firstName?.message}>
          <Input id="new-first-name" autoComplete="off" {...form.register("firstName")} />
        </FormField>
        <FormField id="new-last-name" label="Last name" error={errors.lastName?.message}>
          <Input id="new-last-name" autoComplete="off" {...form.register("lastName")} />
        </FormField>
      </div>
      <div className="flex items-start justify-between gap-4 rounded-lg border p-3">
        <div className="grid grid-cols-1 gap-0.5">
          <Label htmlFor="new-system">System user</Label>
          <p className="text-xs text-muted-foreground">A service account: no password sign-in, API keys only, read-only here.</p>
        </div>
        <Controller
          control={form.control}
          name="system"
          render={({ field }) => (
            <Switch
              id="new-system"
              checked={field.value}
              onCheckedChange={(on) => {
                field.onChange(on);
                if (on) form.setValue("password", "");
                form.clearErrors("password");
              }}
            />
          )}
        />
      </div>
      {system ? null : (
        <FormField id="new-password" label="Password" hint="At least 8 characters." error={errors.password?.message}>
          <Input id="new-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register("password")} />
        </FormField>
      )}
      <FormField id="new-role" label="Role" error={errors.role?.message}>
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => <UserRoleSelect id="new-role" value={field.value} onChange={field.onChange} allowAdmin={allowAdmin} />}
        />
      </FormField>
      <AccessFields control={form.control} errors={errors} role={role} />
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create user"}
        </Button>
      </DialogFooter>
    </form>
  );
}
