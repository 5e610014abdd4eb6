// Invitations: inviting people with their access preset, and answering an invitation.
import { z } from "zod";
import { USER_ROLES } from "@/lib/user-roles";
import { ZMemberRole, ZWorkspaceAccess } from "./access";
import { ZPassword, ZPersonName, ZUsername } from "./fields";
import { ZWorkspaceAccessInput } from "./user-admin";

export const HOUR_SECONDS = 60 * 60;
export const INVITATION_DEFAULT_SECONDS = 48 * HOUR_SECONDS;
export const INVITATION_MIN_SECONDS = HOUR_SECONDS;
export const INVITATION_MAX_SECONDS = 30 * 24 * HOUR_SECONDS;
/** How many addresses one invite (or one pasted list / CSV) may carry. */
export const INVITATION_BATCH_MAX = 200;

/** What an invitation is now: "expired" is a pending invitation past its expiry, read from the clock. */
export const INVITATION_STATES = ["pending", "accepted", "rejected", "cancelled", "expired"] as const;
export const ZInvitationState = z.enum(INVITATION_STATES);
export type TInvitationState = z.infer<typeof ZInvitationState>;

const ZInvitedRole = z
  .enum(USER_ROLES)
  .default("viewer")
  .describe("The role on accepting: admin (the owner only may invite admins), a workspace role, or member. Never owner");

const ZExpiresIn = z
  .number()
  .int()
  .min(INVITATION_MIN_SECONDS, "An invitation lasts at least 1 hour (3600 seconds)")
  .max(INVITATION_MAX_SECONDS, "An invitation lasts at most 30 days (2592000 seconds)")
  .describe("Seconds until the link expires: 3600 (1 hour) to 2592000 (30 days); when omitted, the organization's default (48 hours unless changed with organization.update)");

export const ZCreateInvitationInput = z
  .object({
    emails: z
      .array(z.string().trim().max(320))
      .min(1, "Give at least one email address")
      .max(INVITATION_BATCH_MAX, `At most ${INVITATION_BATCH_MAX} addresses at once`)
      .describe("One or more email addresses, compared case-insensitively"),
    role: ZInvitedRole,
    workspaceAccess: ZWorkspaceAccessInput.default({ all: true }),
    groups: z.array(z.string().trim().min(1).max(64)).max(100).optional().describe("Groups by name or id"),
    expiresIn: ZExpiresIn.optional(),
    send: z.boolean().default(false).describe("Email each invitation at once through the organization's default email provider"),
    dryRun: z.boolean().default(false).describe("Check every address and report per row; create and send nothing"),
  })
  .strict();
export type TCreateInvitationInput = z.infer<typeof ZCreateInvitationInput>;

export const ZDelivery = z
  .object({
    status: z.enum(["queued", "sending", "sent", "failed"]),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    sentAt: z.iso.datetime().nullable(),
  })
  .describe("The latest email sent for this invitation; null when none was");
export type TDelivery = z.infer<typeof ZDelivery>;

const ZPersonRef = z.object({ id: z.string(), name: z.string(), username: z.string() });

export const ZInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(USER_ROLES).describe("The role as the user forms speak of it: admin or the workspace role"),
  memberRole: ZMemberRole.describe("The organization role: admin or member"),
  workspaceAccess: ZWorkspaceAccess,
  groups: z.array(z.object({ id: z.string(), name: z.string(), gid: z.number().int() })),
  status: ZInvitationState,
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
  inviter: ZPersonRef.nullable(),
  acceptedBy: ZPersonRef.nullable(),
  delivery: ZDelivery.nullable(),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZInvitationLink = z.string().describe("The accept link. Shown only now: the token is stored hashed");

/** Why an address of a batch cannot be invited (a dry run reports it; a real run answers 400/409). */
export const INVITATION_ROW_PROBLEMS = ["invalid", "duplicate", "member", "pending"] as const;

export const ZInvitationRow = z.object({
  row: z.number().int().describe("Index in `emails`"),
  email: z.string(),
  ok: z.boolean(),
  problem: z.enum(INVITATION_ROW_PROBLEMS).nullable(),
  message: z.string().nullable(),
  invitationId: z.string().nullable().describe("A pending invitation of this address (problem: pending): resend it"),
});
export type TInvitationRow = z.infer<typeof ZInvitationRow>;

export const ZCreateInvitationOutput = z.object({
  dryRun: z.boolean(),
  rows: z.array(ZInvitationRow),
  invitations: z.array(
    z.object({ invitation: ZInvitation, link: ZInvitationLink, deliveryId: z.string().nullable() }),
  ).describe("What was created, in the order of `emails` (empty for a dry run)"),
});
export type TCreateInvitationOutput = z.infer<typeof ZCreateInvitationOutput>;

export const INVITATION_LIST_MAX = 200;

export const ZListInvitationsInput = z
  .object({
    status: ZInvitationState.optional(),
    search: z.string().trim().max(100).optional().describe("Part of the email address (case-insensitive)"),
    limit: z.coerce.number().int().min(1).max(INVITATION_LIST_MAX).default(50),
    cursor: z.string().max(64).optional().describe("The `id` of the last item of the previous page"),
  })
  .strict();
export type TListInvitationsInput = z.infer<typeof ZListInvitationsInput>;

export const ZInvitationIdInput = z.object({ invitationId: z.string().min(1).max(64) }).strict();

export const ZResendInvitationInput = z
  .object({
    invitationId: z.string().min(1).max(64),
    expiresIn: ZExpiresIn.optional(),
    send: z.boolean().default(true).describe("Email the new link through the default provider; false only gives the link"),
  })
  .strict();
export type TResendInvitationInput = z.infer<typeof ZResendInvitationInput>;

export const ZInvitationWithLink = z.object({ invitation: ZInvitation, link: ZInvitationLink, deliveryId: z.string().nullable() });
export type TInvitationWithLink = z.infer<typeof ZInvitationWithLink>;

const ZToken = z.string().min(16).max(128).describe("The token from the invitation link");

export const ZLookupInvitationInput = z.object({ token: ZToken }).strict();

export const ZInvitationLookup = z.object({
  id: z.string(),
  email: z.string(),
  organization: z.object({ id: z.string(), name: z.string() }),
  inviter: z.object({ name: z.string() }).nullable(),
  role: z.enum(USER_ROLES),
  access: z.array(z.string()).describe("The access on accepting, in words"),
  expiresAt: z.iso.datetime(),
  status: ZInvitationState,
  hasAccount: z.boolean().describe("An account with this email exists: sign in to accept"),
});
export type TInvitationLookup = z.infer<typeof ZInvitationLookup>;

export const ZAcceptWithSignUpInput = z
  .object({ token: ZToken, name: ZPersonName.min(1, "Name is required"), username: ZUsername, password: ZPassword })
  .strict();
export type TAcceptWithSignUpInput = z.infer<typeof ZAcceptWithSignUpInput>;

export const ZAcceptOutput = z.object({
  organizationId: z.string(),
  userId: z.string(),
  invitation: z.object({ id: z.string(), status: ZInvitationState }),
});

/** Dokploy's user.getInvitations item. */
export const ZOwnInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: ZMemberRole,
  status: ZInvitationState,
  expiresAt: z.iso.datetime(),
  organization: z.object({ id: z.string(), name: z.string(), createdAt: z.iso.datetime() }),
  inviter: z.object({ name: z.string() }).nullable(),
  access: z.array(z.string()),
});
export type TOwnInvitation = z.infer<typeof ZOwnInvitation>;

export const ZSendInvitationInput = z
  .object({ invitationId: z.string().min(1).max(64), notificationId: z.string().min(1).max(64) })
  .strict();
export const ZSendInvitationOutput = z.object({ deliveryId: z.string(), link: ZInvitationLink });

/** The accept page's sign-up form: acceptWithSignUp's fields without the token (the link has it). */
export const ZSignUpFromInvitationForm = ZAcceptWithSignUpInput.omit({ token: true });
export type TSignUpFromInvitationForm = z.infer<typeof ZSignUpFromInvitationForm>;
