"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { AccessFields } from "@/components/users/access-fields";
import { UserRoleSelect } from "@/components/users/user-role-select";
import { parseAddressList } from "@/lib/address-list";
import { InvitationExpirySelect } from "./invitation-expiry-select";
import { INVITE_DEFAULTS, ZInviteForm, type TInviteForm } from "@/lib/schemas/invitation-form";

type Props = {
  allowAdmin: boolean;
  /** The organization's default lifetime of a link, preselected. */
  defaultExpiresIn?: number;
  pending: boolean;
  /** Shown under the form: the dry run's report, or what was created. */
  report: React.ReactNode;
  /** The submit button's words: "Check addresses" first, then "Invite N people". */
  submitLabel: (count: number) => string;
  onChange: () => void;
  onSubmit: (values: TInviteForm, form: UseFormReturn<TInviteForm>) => void;
  onCancel: () => void;
};

/** Who to invite (typed, pasted or from a CSV file) and the access they get on accepting. */
export function InviteForm({ allowAdmin, defaultExpiresIn, pending, report, submitLabel, onChange, onSubmit, onCancel }: Props) {
  const form = useForm<TInviteForm>({ resolver: zodResolver(ZInviteForm), defaultValues: { ...INVITE_DEFAULTS, expiresIn: defaultExpiresIn ?? INVITE_DEFAULTS.expiresIn } });
  const { errors } = form.formState;
  const [role, addresses] = useWatch({ control: form.control, name: ["role", "addresses"] });
  const count = parseAddressList(addresses ?? "").length;
  async function upload(file: File | undefined) {
    if (!file) return;
    form.setValue("addresses", await file.text(), { shouldValidate: true });
    onChange();
  }
  return (
    <form className="grid gap-5" noValidate onSubmit={form.handleSubmit((values) => onSubmit(values, form))} onChange={onChange}>
      <FormField id="invite-addresses" label="Email addresses" hint="One per line, or separated by commas. A CSV file with an “email” column works too." error={errors.addresses?.message}>
        <textarea
          id="invite-addresses"
          rows={4}
          className="min-h-24 w-full rounded-md border bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          aria-invalid={!!errors.addresses}
          {...form.register("addresses")}
        />
      </FormField>
      <div className="flex items-center gap-3 text-sm">
        <Label htmlFor="invite-csv">Upload a CSV file</Label>
        <input id="invite-csv" type="file" accept=".csv,text/csv,text/plain" className="text-sm" onChange={(e) => upload(e.target.files?.[0])} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="invite-role" label="Role" error={errors.role?.message}>
          <Controller control={form.control} name="role" render={({ field }) => <UserRoleSelect id="invite-role" value={field.value} onChange={field.onChange} allowAdmin={allowAdmin} />} />
        </FormField>
        <FormField id="invite-expiry" label="Link expires after">
          <Controller
            control={form.control}
            name="expiresIn"
            render={({ field }) => <InvitationExpirySelect id="invite-expiry" label="Link expires after" value={field.value} onChange={field.onChange} />}
          />
        </FormField>
      </div>
      <AccessFields control={form.control} errors={errors} role={role} />
      <div className="flex items-start justify-between gap-4 rounded-lg border p-3">
        <div className="grid gap-0.5">
          <Label htmlFor="invite-send">Send the invitation emails</Label>
          <p className="text-xs text-muted-foreground">Through the organization’s default email provider. Off: you get the links to pass on yourself.</p>
        </div>
        <Controller control={form.control} name="send" render={({ field }) => <Switch id="invite-send" checked={field.value} onCheckedChange={field.onChange} />} />
      </div>
      {errors.root ? <Alert variant="destructive">{errors.root.message}</Alert> : null}
      {report}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          Close
        </Button>
        <Button type="submit" disabled={pending || count === 0}>
          {pending ? "Working…" : submitLabel(count)}
        </Button>
      </DialogFooter>
    </form>
  );
}
