"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { EmailProviderForm } from "./email-provider-form";

/** `label`: the button's words (an empty list's copy of the button has its own). */
export function AddEmailProviderDialog({ label = "Add provider" }: { label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add an email provider</DialogTitle>
          <DialogDescription>The SMTP server Roster sends this organization&apos;s invitations and account emails through.</DialogDescription>
        </DialogHeader>
        {open ? <EmailProviderForm onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}
