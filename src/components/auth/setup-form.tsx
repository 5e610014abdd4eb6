"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyServerError } from "@/lib/form-errors";
import { type TSetupInput, ZSetupInput } from "@/lib/schemas/setup";
import { useTRPC } from "@/trpc/react";

export function SetupForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<TSetupInput>({
    resolver: zodResolver(ZSetupInput),
    defaultValues: { username: "", password: "", email: undefined },
  });
  const setup = useMutation(
    trpc.auth.setup.mutationOptions({
      onSuccess: (admin) => router.push(`/sign-in?setup=done&username=${encodeURIComponent(admin.username)}`),
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors } = form.formState;
  return (
    <form className="grid grid-cols-1 gap-4" noValidate onSubmit={form.handleSubmit((values) => setup.mutate(values))}>
      <FormField id="username" label="Username" error={errors.username?.message}>
        <Input id="username" autoComplete="username" aria-invalid={!!errors.username} {...form.register("username")} />
      </FormField>
      <FormField id="email" label="Email (optional)" error={errors.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="email"
          aria-invalid={!!errors.email}
          {...form.register("email", { setValueAs: (v: string) => v || undefined })}
        />
      </FormField>
      <FormField id="password" label="Password" hint="At least 8 characters." error={errors.password?.message}>
        <Input id="password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register("password")} />
      </FormField>
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <Button type="submit" disabled={setup.isPending}>
        {setup.isPending ? "Creating…" : "Create administrator"}
      </Button>
    </form>
  );
}
