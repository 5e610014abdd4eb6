"use client";

import { useMutation } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TEmailProvider } from "@/lib/schemas/notification";
import { useTRPC } from "@/trpc/react";

/** Sends a test email now and shows the outcome: success, or the SMTP server's own words. */
export function SendTestEmailDialog({ provider, defaultTo }: { provider: TEmailProvider; defaultTo: string }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState(defaultTo);
  const test = useMutation(trpc.notification.test.mutationOptions());
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) test.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Send a test email through ${provider.name}`}>
          <Send aria-hidden />
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Send a test email</DialogTitle>
          <DialogDescription>
            Through {provider.name} ({provider.host}:{provider.port}), now.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            test.mutate({ notificationId: provider.id, to: to.trim() || undefined });
          }}
        >
          <FormField id="test-to" label="Send to">
            <Input id="test-to" type="email" value={to} onChange={(event) => setTo(event.target.value)} />
          </FormField>
          {test.data?.success ? <Alert variant="success">Sent to {test.data.to}. The SMTP server accepted it.</Alert> : null}
          {test.data && !test.data.success ? (
            <Alert variant="destructive">
              The SMTP server refused: <span className="font-mono">{test.data.error}</span>
            </Alert>
          ) : null}
          {test.error ? <Alert variant="destructive">{test.error.message}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Close
            </Button>
            <Button type="submit" disabled={test.isPending}>
              {test.isPending ? "Sending…" : "Send test email"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
