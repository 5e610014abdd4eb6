import { z } from "zod";
import { parseAddressList } from "@/lib/address-list";
import { HOUR_SECONDS, INVITATION_BATCH_MAX, INVITATION_DEFAULT_SECONDS, type TCreateInvitationInput } from "./invitation";
import { ZWorkspaceAccessForm } from "./user-form";
import { ZUserRole } from "./user-admin";

// The Invitations page's invite form: addresses as typed or uploaded, and the access they get.

export const EXPIRY_CHOICES = [
  { seconds: HOUR_SECONDS, label: "1 hour" },
  { seconds: 24 * HOUR_SECONDS, label: "24 hours" },
  { seconds: INVITATION_DEFAULT_SECONDS, label: "48 hours" },
  { seconds: 7 * 24 * HOUR_SECONDS, label: "7 days" },
  { seconds: 30 * 24 * HOUR_SECONDS, label: "30 days" },
] as const;

export const ZInviteForm = z.object({
  addresses: z
    .string()
    .refine((text) => parseAddressList(text).length > 0, "Enter at least one email address")
    .refine((text) => parseAddressList(text).length <= INVITATION_BATCH_MAX, `At most ${INVITATION_BATCH_MAX} addresses at once`),
  role: ZUserRole,
  groups: z.array(z.string()),
  workspaceAccess: ZWorkspaceAccessForm,
  expiresIn: z.number().int(),
  send: z.boolean(),
});
export type TInviteForm = z.infer<typeof ZInviteForm>;

export const INVITE_DEFAULTS: TInviteForm = {
  addresses: "",
  role: "viewer",
  groups: [],
  workspaceAccess: { all: true, grants: [] },
  expiresIn: INVITATION_DEFAULT_SECONDS,
  send: true,
};

export function toCreateInvitationInput(v: TInviteForm, dryRun: boolean): TCreateInvitationInput {
  return {
    emails: parseAddressList(v.addresses),
    role: v.role,
    groups: v.groups,
    workspaceAccess: v.workspaceAccess.all
      ? { all: true }
      : { all: false, grants: v.workspaceAccess.grants.map((g) => ({ workspace: g.workspace, role: g.role })) },
    expiresIn: v.expiresIn,
    send: v.send,
    dryRun,
  };
}
