"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { OpenedFromMenu } from "@/components/common/confirm-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useInvalidateAccess } from "@/hooks/use-invalidate-access";
import { applyServerError } from "@/lib/form-errors";
import { ZResetPasswordForm, type TResetPasswordForm } from "@/lib/schemas/user-form";
import { useTRPC } from "@/trpc/react";

/** Dagu's Reset Password: a new password, typed twice; every session of theirs ends. */
export function ResetPasswordDialog({ userId, username, menu }: { userId: string; username: string; menu?: OpenedFromMenu }) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = menu?.open ?? ownOpen;
  const setOpen = menu?.onOpenChange ?? setOwnOpen;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {menu ? null : (
        <DialogTrigger asChild>
          <Button variant="outline">
            <KeyRound aria-hidden /> Reset password
          </Button>
        </DialogTrigger>
      )}
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reset the password of {username}</DialogTitle>
          <DialogDescription>
            {username} is signed out everywhere and signs in again with the new password (a lock from failed attempts is lifted). Their API keys
            keep working.
          </DialogDescription>
        </DialogHeader>
        {open ? <ResetPasswordForm userId={userId} username={username} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function ResetPasswordForm({ userId, username, onDone }: { userId: string; username: string; onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateAccess();
  const form = useForm<TResetPasswordForm>({ resolver: zodResolver(ZResetPasswordForm), defaultValues: { password: "", confirmPassword: "" } });
  const reset = useMutation(
    trpc.user.resetPassword.mutationOptions({
      onSuccess: async (result) => {
        onDone();
        const sessions = result.sessionsRevoked === 1 ? "1 session" : `${result.sessionsRevoked} sessions`;
        toast.success(`Password of ${username} reset; ${sessions} ended`);
        await invalidate();
      },
      onError: (error) => applyServerError(form, error),
    }),
  );
  const { errors } = form.formState;
  return (
    <form className="grid grid-cols-1 gap-4" noValidate onSubmit={form.handleSubmit(({ password }) => reset.mutate({ userId, password }))}>
      <FormField id="reset-password" label="New password" hint="At least 8 characters." error={errors.password?.message}>
        <Input id="reset-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register("password")} />
      </FormField>
      <FormField id="reset-confirm" label="Confirm new password" error={errors.confirmPassword?.message}>
        <Input id="reset-confirm" type="password" autoComplete="new-password" aria-invalid={!!errors.confirmPassword} {...form.register("confirmPassword")} />
      </FormField>
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={reset.isPending}>
          {reset.isPending ? "Resetting…" : "Reset password"}
        </Button>
      </DialogFooter>
    </form>
  );
}
