"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/fields";

/** Sets a new password with the token from the emailed link; every session is signed out. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get("password") ?? "");
    if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
      setError(`Passwords are ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`);
      return;
    }
    if (password !== String(data.get("confirm") ?? "")) {
      setError("The two passwords differ.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await authClient.resetPassword({ newPassword: password, token });
    setPending(false);
    if (result.error) {
      setError(result.error.code === "INVALID_TOKEN" ? "This link has expired or was already used. Ask for a new one." : (result.error.message ?? "Could not set the password"));
      return;
    }
    setDone(true);
  }

  if (!token) return <Alert variant="destructive">This page needs the link from the reset email.</Alert>;
  if (done) {
    return (
      <div className="grid gap-4">
        <Alert variant="success">Your password is changed and you were signed out everywhere.</Alert>
        <Link href="/sign-in" className="text-sm underline underline-offset-4">
          Sign in with the new password
        </Link>
      </div>
    );
  }
  return (
    <form className="grid gap-4" noValidate onSubmit={onSubmit}>
      <FormField id="password" label="New password" hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters`}>
        <Input id="password" name="password" type="password" autoComplete="new-password" />
      </FormField>
      <FormField id="confirm" label="Repeat the new password">
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" />
      </FormField>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set the new password"}
      </Button>
      <Link href="/forgot-password" className="text-sm underline underline-offset-4">
        Ask for a new link
      </Link>
    </form>
  );
}
