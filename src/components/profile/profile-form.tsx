"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyServerError } from "@/lib/form-errors";
import { type TProfileForm, ZProfileForm } from "@/lib/schemas/user";
import { useTRPC } from "@/trpc/react";

export function ProfileForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { data: me } = useSuspenseQuery(trpc.user.get.queryOptions());
  const form = useForm<TProfileForm>({
    resolver: zodResolver(ZProfileForm),
    defaultValues: { name: me.user.name, firstName: me.user.firstName, lastName: me.user.lastName, email: me.user.email },
  });
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: async (profile) => {
        form.reset({ name: profile.name, firstName: profile.firstName, lastName: profile.lastName, email: profile.email });
        await queryClient.invalidateQueries({ queryKey: trpc.user.get.queryKey() });
        router.refresh();
        toast.success("Profile saved");
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors } = form.formState;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Profile</CardTitle>
        <CardDescription>
          Signed in as <span className="font-medium text-foreground">@{me.user.displayUsername ?? me.user.username}</span>.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-4" noValidate onSubmit={form.handleSubmit((values) => update.mutate(values))}>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="firstName" label="First name" error={errors.firstName?.message}>
              <Input id="firstName" autoComplete="given-name" {...form.register("firstName")} />
            </FormField>
            <FormField id="lastName" label="Last name" error={errors.lastName?.message}>
              <Input id="lastName" autoComplete="family-name" {...form.register("lastName")} />
            </FormField>
          </div>
          <FormField id="name" label="Display name" error={errors.name?.message}>
            <Input id="name" autoComplete="name" aria-invalid={!!errors.name} {...form.register("name")} />
          </FormField>
          <FormField id="email" label="Email" hint="To change it, use Change email below: the new address confirms it first." error={errors.email?.message}>
            <Input id="email" type="email" autoComplete="email" readOnly aria-invalid={!!errors.email} {...form.register("email")} />
          </FormField>
          {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
          <div>
            <Button type="submit" disabled={update.isPending || !form.formState.isDirty}>
              {update.isPending ? "Saving…" : "Save profile"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
