"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";
import { applyServerError } from "@/lib/form-errors";
import { ZSignUpFromInvitationForm, type TSignUpFromInvitationForm } from "@/lib/schemas/invitation";
import { useTRPC } from "@/trpc/react";

/**
 * A new person signs up from the link: the invited email is fixed; the account and its membership
 * are made together, then they are signed in and land in the dashboard.
 */
export function SignUpFromInvitationForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.invitation.acceptWithSignUp.mutationOptions());
  const form = useForm<TSignUpFromInvitationForm>({ resolver: zodResolver(ZSignUpFromInvitationForm), defaultValues: { name: "", username: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await signUp.mutateAsync({ token, ...values });
    } catch (error) {
      applyServerError(form, error as Parameters<typeof applyServerError>[1]);
      return;
    }
    const signedIn = await authClient.signIn.username({ username: values.username, password: values.password });
    if (signedIn.error) {
      router.push(`/sign-in?username=${encodeURIComponent(values.username)}`);
      return;
    }
    router.push("/");
    router.refresh();
  });
  return (
    <form className="grid gap-4" noValidate onSubmit={onSubmit}>
      <FormField id="invited-email" label="Email" hint="The invitation is for this address.">
        <Input id="invited-email" value={email} readOnly disabled />
      </FormField>
      <FormField id="signup-name" label="Name" error={errors.name?.message}>
        <Input id="signup-name" autoComplete="name" aria-invalid={!!errors.name} {...form.register("name")} />
      </FormField>
      <FormField id="signup-username" label="Username" error={errors.username?.message}>
        <Input id="signup-username" autoComplete="username" aria-invalid={!!errors.username} {...form.register("username")} />
      </FormField>
      <FormField id="signup-password" label="Password" hint="At least 8 characters." error={errors.password?.message}>
        <Input id="signup-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register("password")} />
      </FormField>
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating your account…" : "Create account and join"}
      </Button>
    </form>
  );
}
