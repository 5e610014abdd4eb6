"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";

/** `redirectTo`: where a signed-in person goes next (the dashboard unless a page asks otherwise). */
export function SignInForm({ justSetUp, defaultIdentifier, redirectTo = "/" }: { justSetUp: boolean; defaultIdentifier: string; redirectTo?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const identifier = String(data.get("identifier") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!identifier || !password) {
      setError("Enter your username or email and your password.");
      return;
    }
    setPending(true);
    setError(null);
    const result = identifier.includes("@")
      ? await authClient.signIn.email({ email: identifier, password })
      : await authClient.signIn.username({ username: identifier, password });
    setPending(false);
    if (result.error) {
      setError(result.error.message ?? "Could not sign in");
      return;
    }
    router.push(redirectTo);
    router.refresh();
  }

  return (
    <form className="grid gap-4" noValidate onSubmit={onSubmit}>
      {justSetUp ? <Alert variant="success">Administrator created. Sign in to continue.</Alert> : null}
      <FormField id="identifier" label="Username or email">
        <Input id="identifier" name="identifier" autoComplete="username" defaultValue={defaultIdentifier} />
      </FormField>
      <FormField id="password" label="Password">
        <Input id="password" name="password" type="password" autoComplete="current-password" />
      </FormField>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <Link href="/forgot-password" className="text-center text-sm underline underline-offset-4">
        Forgot your password?
      </Link>
    </form>
  );
}
