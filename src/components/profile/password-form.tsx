"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyServerError } from "@/lib/form-errors";
import { type TPasswordForm, ZPasswordForm } from "@/lib/schemas/user";
import { useTRPC } from "@/trpc/react";

export function PasswordForm() {
  const trpc = useTRPC();
  const form = useForm<TPasswordForm>({
    resolver: zodResolver(ZPasswordForm),
    defaultValues: { currentPassword: "", password: "", confirmPassword: "" },
  });
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: () => {
        form.reset();
        toast.success("Password changed. Your other sessions were signed out.");
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors } = form.formState;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Password</CardTitle>
        <CardDescription>Changing it signs you out everywhere else.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="grid grid-cols-1 gap-4"
          noValidate
          onSubmit={form.handleSubmit(({ currentPassword, password }) => update.mutate({ currentPassword, password }))}
        >
          <FormField id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
            <Input id="currentPassword" type="password" autoComplete="current-password" {...form.register("currentPassword")} />
          </FormField>
          <FormField id="newPassword" label="New password" hint="At least 8 characters." error={errors.password?.message}>
            <Input id="newPassword" type="password" autoComplete="new-password" {...form.register("password")} />
          </FormField>
          <FormField id="confirmPassword" label="Confirm new password" error={errors.confirmPassword?.message}>
            <Input id="confirmPassword" type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
          </FormField>
          {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
          <div>
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? "Changing…" : "Change password"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
