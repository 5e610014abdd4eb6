"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";
import { ZEmail } from "@/lib/schemas/fields";

/** Sends a confirmation link to the new address; the account's address changes when it is opened. */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = ZEmail.safeParse(String(new FormData(form).get("newEmail") ?? "").trim());
    if (!parsed.success) {
      setError("Enter a valid email address");
      return;
    }
    if (parsed.data.toLowerCase() === currentEmail.toLowerCase()) {
      setError("That is already your address");
      return;
    }
    setPending(true);
    setError(null);
    const result = await authClient.changeEmail({ newEmail: parsed.data, callbackURL: "/profile?email=changed" });
    setPending(false);
    if (result.error) {
      setError(result.error.message ?? "Could not send the confirmation");
      return;
    }
    form.reset();
    setSentTo(parsed.data);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Change email</CardTitle>
        <CardDescription>We send a link to the new address. Your address stays {currentEmail} until you open it.</CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-4" noValidate onSubmit={onSubmit}>
          <FormField id="newEmail" label="New email address">
            <Input id="newEmail" name="newEmail" type="email" autoComplete="email" />
          </FormField>
          {sentTo ? <Alert variant="success">A confirmation link is on its way to {sentTo}. Open it to finish the change.</Alert> : null}
          {error ? <Alert variant="destructive">{error}</Alert> : null}
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? "Sending…" : "Send confirmation link"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
