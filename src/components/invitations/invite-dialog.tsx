"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { applyServerError } from "@/lib/form-errors";
import type { TCreateInvitationOutput } from "@/lib/schemas/invitation";
import { toCreateInvitationInput } from "@/lib/schemas/invitation-form";
import { useTRPC } from "@/trpc/react";
import { InviteCheckReport, InviteCreatedReport } from "./invite-report";
import { InviteForm } from "./invite-form";

type Stage = { kind: "edit" } | { kind: "checked"; rows: TCreateInvitationOutput["rows"] } | { kind: "done"; result: TCreateInvitationOutput };

/**
 * Invite people: the addresses are checked first (a dry run with a row-by-row report) and only an
 * all-clear check offers to create and send; any edit asks for a new check. `label`: the button's words.
 */
export function InviteDialog({ allowAdmin, label = "Invite people" }: { allowAdmin: boolean; label?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: "edit" });
  const create = useMutation(trpc.invitation.create.mutationOptions());
  // The organization's default lifetime of a link preselects the expiry.
  const organizations = useQuery(trpc.organization.list.queryOptions());
  const defaultExpiresIn = organizations.data?.find((o) => o.active)?.invitationExpiresIn;
  const ready = stage.kind === "checked" && stage.rows.every((r) => r.ok);
  const report = stage.kind === "checked" ? <InviteCheckReport rows={stage.rows} /> : stage.kind === "done" ? <InviteCreatedReport invitations={stage.result.invitations} /> : null;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setStage({ kind: "edit" });
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Send aria-hidden /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Invite people</DialogTitle>
          <DialogDescription>They join with exactly the role, groups and workspaces chosen here when they accept.</DialogDescription>
        </DialogHeader>
        {open && !organizations.isPending ? (
          <InviteForm
            allowAdmin={allowAdmin}
            defaultExpiresIn={defaultExpiresIn}
            pending={create.isPending}
            report={report}
            submitLabel={(count) => (ready ? `Invite ${count} ${count === 1 ? "person" : "people"}` : "Check addresses")}
            onChange={() => setStage((s) => (s.kind === "checked" ? { kind: "edit" } : s))}
            onCancel={() => setOpen(false)}
            onSubmit={(values, form) =>
              create.mutate(toCreateInvitationInput(values, !ready), {
                onSuccess: async (result) => {
                  if (result.dryRun) return setStage({ kind: "checked", rows: result.rows });
                  setStage({ kind: "done", result });
                  form.reset({ ...values, addresses: "" });
                  await queryClient.invalidateQueries({ queryKey: trpc.invitation.all.pathKey() });
                },
                onError: (error) => {
                  setStage({ kind: "edit" });
                  applyServerError(form, error, { emails: "addresses" });
                },
              })
            }
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
