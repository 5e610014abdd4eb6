"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!email.includes("@")) {
      setError("Enter the email address of your account.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    setPending(false);
    if (result.error) {
      setError(result.error.message ?? "Could not send the link; try again shortly.");
      return;
    }
    setSent(true);
  }

  if (sent) {
    return (
      <div className="grid gap-4">
        <Alert variant="success">If an account uses that address, a link to reset its password is on its way. It works once, for one hour.</Alert>
        <Link href="/sign-in" className="text-sm underline underline-offset-4">
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form className="grid gap-4" noValidate onSubmit={onSubmit}>
      <FormField id="email" label="Email">
        <Input id="email" name="email" type="email" autoComplete="email" />
      </FormField>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a reset link"}
      </Button>
      <Link href="/sign-in" className="text-sm underline underline-offset-4">
        Back to sign in
      </Link>
    </form>
  );
}
