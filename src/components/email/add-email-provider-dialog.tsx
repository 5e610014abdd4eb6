"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { EmailProviderForm } from "./email-provider-form";

export function AddEmailProviderDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> Add provider
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
