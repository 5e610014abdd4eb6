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
import { type TSetupInput, ZSetupInput } from "@/lib/schemas/setup";
import { useTRPC } from "@/trpc/react";

const optional = (value: string) => value.trim() || undefined;

/**
 * Creates the first administrator and their organization, then signs them in with the password
 * just typed, so the dashboard opens at once. Should that sign-in be refused (a rate limit, say),
 * the sign-in page opens with the username filled in.
 */
export function SetupForm({ defaultOrganizationName }: { defaultOrganizationName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<TSetupInput>({
    resolver: zodResolver(ZSetupInput),
    defaultValues: { organizationName: undefined, username: "", password: "", email: undefined },
  });
  const setup = useMutation(
    trpc.auth.setup.mutationOptions({
      onSuccess: async (admin, input) => {
        const signedIn = await authClient.signIn.username({ username: admin.username, password: input.password });
        if (signedIn.error) {
          router.push(`/sign-in?setup=done&username=${encodeURIComponent(admin.username)}`);
          return;
        }
        router.push("/");
        router.refresh();
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors } = form.formState;
  // The mutation stays pending while the sign-in that follows it runs.
  const busy = setup.isPending || setup.isSuccess;
  return (
    <form className="grid grid-cols-1 gap-4" noValidate onSubmit={form.handleSubmit((values) => setup.mutate(values))}>
      <FormField id="organizationName" label="Organization name" hint={`Optional: “${defaultOrganizationName}” if left empty.`} error={errors.organizationName?.message}>
        <Input
          id="organizationName"
          autoComplete="organization"
          placeholder={defaultOrganizationName}
          aria-invalid={!!errors.organizationName}
          {...form.register("organizationName", { setValueAs: optional })}
        />
      </FormField>
      <FormField id="username" label="Username" error={errors.username?.message}>
        <Input id="username" autoComplete="username" aria-invalid={!!errors.username} {...form.register("username")} />
      </FormField>
      <FormField id="email" label="Email (optional)" error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="email" aria-invalid={!!errors.email} {...form.register("email", { setValueAs: optional })} />
      </FormField>
      <FormField id="password" label="Password" hint="At least 8 characters." error={errors.password?.message}>
        <Input id="password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register("password")} />
      </FormField>
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {setup.isSuccess ? "Signing in…" : setup.isPending ? "Creating…" : "Create administrator"}
      </Button>
    </form>
  );
}
