"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { Controller, useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { GroupChecklist } from "@/components/groups/group-checklist";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { CREATE_USER_DEFAULTS, ZCreateUserForm, type TCreateUserForm } from "@/lib/schemas/user-form";
import { useTRPC } from "@/trpc/react";
import { AccessFields } from "./access-fields";
import { UserRoleSelect } from "./user-role-select";

type Props = {
  allowAdmin: boolean;
  pending: boolean;
  onSubmit: (values: TCreateUserForm, form: UseFormReturn<TCreateUserForm>) => void;
  onCancel: () => void;
};

export const GROUP_REQUIRED_HINT = "This organization requires every new user to be in at least one group.";

/**
 * Create User, in the order of the data platform's User Manager: username, first and last name,
 * email, password, groups and "system user"; then Roster's access (role and workspaces). Whether a
 * group is required is the organization's setting (user.settings); the server enforces it too.
 */
export function CreateUserForm({ allowAdmin, pending, onSubmit, onCancel }: Props) {
  const trpc = useTRPC();
  const settings = useQuery(trpc.user.settings.queryOptions());
  const requireGroup = settings.data?.requireGroup ?? false;
  const form = useForm<TCreateUserForm>({ resolver: zodResolver(ZCreateUserForm), defaultValues: CREATE_USER_DEFAULTS });
  const { errors } = form.formState;
  const [system, role] = useWatch({ control: form.control, name: ["system", "role"] });
  return (
    <form
      className="grid grid-cols-1 gap-5"
      noValidate
      onSubmit={form.handleSubmit((values) => {
        if (requireGroup && values.groups.length === 0) return form.setError("groups", { message: "Choose at least one group" });
        onSubmit(values, form);
      })}
    >
      <FormField id="new-username" label="Username" error={errors.username?.message}>
        <Input id="new-username" autoComplete="off" aria-invalid={!!errors.username} {...form.register("username")} />
      </FormField>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField id="new-first-name" label="First name" error={errors.firstName?.message}>
          <Input id="new-first-name" autoComplete="off" {...form.register("firstName")} />
        </FormField>
        <FormField id="new-last-name" label="Last name" error={errors.lastName?.message}>
          <Input id="new-last-name" autoComplete="off" {...form.register("lastName")} />
        </FormField>
        <FormField id="new-email" label="Email" hint="Optional: without one they get no email" error={errors.email?.message}>
          <Input id="new-email" type="email" autoComplete="off" aria-invalid={!!errors.email} {...form.register("email")} />
        </FormField>
        {system ? null : (
          <FormField id="new-password" label="Password" hint="At least 8 characters." error={errors.password?.message}>
            <Input id="new-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register("password")} />
          </FormField>
        )}
      </div>
      <Controller
        control={form.control}
        name="groups"
        render={({ field }) => (
          <GroupChecklist value={field.value} onChange={field.onChange} error={errors.groups?.message} hint={requireGroup ? GROUP_REQUIRED_HINT : undefined} />
        )}
      />
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
      <fieldset className="grid grid-cols-1 gap-5 border-t pt-4">
        <legend className="sr-only">Access</legend>
        <FormField id="new-role" label="Role" error={errors.role?.message}>
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => <UserRoleSelect id="new-role" value={field.value} onChange={field.onChange} allowAdmin={allowAdmin} />}
          />
        </FormField>
        <AccessFields control={form.control} errors={errors} role={role} groups={false} />
      </fieldset>
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
