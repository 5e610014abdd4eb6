"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { WorkspaceForm } from "./workspace-form";

/** `label`: the button's words (an empty list's copy of the button has its own). */
export function CreateWorkspaceDialog({ label = "Create workspace" }: { label?: string }) {
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
          <DialogTitle>Create a workspace</DialogTitle>
          <DialogDescription>A named scope, such as ops or prod, in which members and groups get a role.</DialogDescription>
        </DialogHeader>
        {open ? <WorkspaceForm onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}
