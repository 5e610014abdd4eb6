import { z } from "zod";
import { ACCESS_KINDS } from "@/lib/access-summary";
import { ZEffectivePermission, ZMemberFlags, ZMemberRole, ZPermission, ZWorkspaceAccess, ZWorkspaceRole } from "./access";
import { ZEmail, ZId, ZPassword, ZPersonName } from "./fields";

export { ZMemberRole };

export const ZUpdateSelfInput = z
  .object({
    name: ZPersonName.min(1, "Name cannot be empty").optional(),
    firstName: ZPersonName.optional(),
    lastName: ZPersonName.optional(),
    image: z.url("Image must be a URL").max(2048).nullable().optional(),
    email: ZEmail.optional(),
    password: ZPassword.optional(),
    currentPassword: z.string().max(256).optional(),
  })
  // Unknown fields (banned, emailVerified, role…) are refused, not silently dropped.
  .strict()
  .refine((input) => !input.password || input.currentPassword, {
    message: "Current password is required to change the password",
    path: ["currentPassword"],
  });
export type TUpdateSelfInput = z.infer<typeof ZUpdateSelfInput>;

export const ZApiKeyMetadata = z.object({
  id: z.string(),
  name: z.string().nullable(),
  prefix: z.string().nullable(),
  start: z.string().nullable(),
  enabled: z.boolean(),
  organizationId: z.string().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  rateLimitEnabled: z.boolean(),
  rateLimitTimeWindow: z.number().int().nullable().describe("seconds"),
  rateLimitMax: z.number().int().nullable(),
  remaining: z.number().int().nullable(),
  refillAmount: z.number().int().nullable(),
  refillInterval: z.number().int().nullable().describe("seconds"),
  permissions: z.array(z.string()).nullable(),
});
export type TApiKeyMetadata = z.infer<typeof ZApiKeyMetadata>;

export const ZProfile = z.object({
  id: z.string(),
  username: z.string(),
  displayUsername: z.string().nullable(),
  email: z.string(),
  name: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  image: z.string().nullable(),
  system: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type TProfile = z.infer<typeof ZProfile>;

export const ZCurrentUser = z.object({
  userId: z.string(),
  email: z.string(),
  role: ZMemberRole,
  organization: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  user: ZProfile.extend({ apiKeys: z.array(ZApiKeyMetadata) }),
});
export type TCurrentUser = z.infer<typeof ZCurrentUser>;

export const ZUserIdInput = z.object({ userId: ZId }).strict();

// The Profile page's two forms: each sends a subset of ZUpdateSelfInput.
export const ZProfileForm = z.object({
  name: ZPersonName.min(1, "Name cannot be empty"),
  firstName: ZPersonName,
  lastName: ZPersonName,
  email: ZEmail,
});
export type TProfileForm = z.infer<typeof ZProfileForm>;

export const ZPasswordForm = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    password: ZPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "The passwords do not match", path: ["confirmPassword"] });
export type TPasswordForm = z.infer<typeof ZPasswordForm>;

// --- user.all -------------------------------------------------------------------------------

export const MEMBER_LIST_MAX = 1000;

export const ZAccessKind = z.enum(ACCESS_KINDS);

export const ZAccessSummary = z
  .object({
    kind: ZAccessKind.describe(
      "owner, admin; manager/developer/operator/viewer: that workspace role in every workspace; " +
        "per-workspace: roles in the listed workspaces only; none: no workspace access",
    ),
    label: z.string().describe('The headline as people read it: "Owner", "Admin", "Developer", "Per workspace", "No access"'),
    scope: z.string().describe('The workspaces in words: "All workspaces, full access", "All workspaces as developer", "ops as developer"'),
    workspaces: z
      .array(z.object({ id: z.string(), name: z.string(), role: ZWorkspaceRole }))
      .describe("The selected workspaces and the role in each, by name; empty unless kind is per-workspace"),
  })
  .describe("The member's headline access from their own role and workspace access; groups add to it (see effectivePermissions)");

export const ZListMembersInput = z
  .object({
    search: z.string().trim().max(100).optional().describe("Matches username, first name, last name, name or email (case-insensitive)"),
    role: ZMemberRole.optional().describe("Only this organization role (owner, admin, member)"),
    access: ZAccessKind.optional().describe("Only members whose headline access (`access.kind`) is this"),
    status: z.enum(["enabled", "disabled"]).optional(),
    kind: z.enum(["person", "system"]).optional().describe("Only people, or only system users (API keys only, no password sign-in)"),
    groupId: z.string().max(64).optional(),
    workspace: z.string().max(64).optional().describe("Only members with access to this workspace (id or name)"),
    limit: z.number().int().min(1).max(MEMBER_LIST_MAX).default(100),
    cursor: z.string().max(64).optional().describe("The `id` of the last item of the previous page"),
  })
  .strict();
export type TListMembersInput = z.infer<typeof ZListMembersInput>;

export const ZGroupRef = z.object({ id: z.string(), name: z.string(), gid: z.number().int() });

export const ZMemberListItem = z.object({
  id: z.string().describe("The membership id; pass the last one as `cursor` for the next page"),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZMemberRole,
  createdAt: z.iso.datetime(),
  username: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  enabled: z.boolean(),
  system: z.boolean(),
  groups: z.array(ZGroupRef),
  access: ZAccessSummary,
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    image: z.string().nullable(),
    username: z.string(),
    firstName: z.string(),
    lastName: z.string(),
  }),
});
export type TMemberListItem = z.infer<typeof ZMemberListItem>;

// --- user.one -------------------------------------------------------------------------------

export const ZMemberDetail = ZMemberListItem.extend({
  flags: ZMemberFlags,
  grants: z.array(ZPermission),
  workspaceAccess: ZWorkspaceAccess,
  effectivePermissions: z.array(ZEffectivePermission),
  organizationCount: z.number().int(),
  lockedUntil: z.iso.datetime().nullable().describe("While failed password attempts keep the account locked: when the lock ends"),
});
export type TMemberDetail = z.infer<typeof ZMemberDetail>;

// --- user.remove ------------------------------------------------------------------------------

export const ZRemoveMemberOutput = z.object({
  success: z.literal(true),
  userId: z.string(),
  accountDeleted: z.boolean().describe("True when the user belonged to no other organization and the account was deleted"),
});

// --- user.assignPermissions -------------------------------------------------------------------

export const ZAssignPermissionsInput = ZMemberFlags.partial()
  .extend({ id: ZId.describe("The user's id"), role: ZMemberRole.optional() })
  .strict();
export type TAssignPermissionsInput = z.infer<typeof ZAssignPermissionsInput>;

export const ZAssignPermissionsOutput = z.object({
  userId: z.string(),
  role: ZMemberRole,
  flags: ZMemberFlags,
  ownershipTransferred: z.boolean(),
});

// --- API keys -----------------------------------------------------------------------------------

const seconds = (what: string, max: number) => z.number().int().min(1, `${what} must be at least 1 second`).max(max);

export const ZCreateApiKeyInput = z
  .object({
    name: z.string().trim().min(1, "Name your key").max(64),
    prefix: z
      .string()
      .regex(/^[a-zA-Z0-9_-]{1,16}$/, "Prefix may have 1 to 16 letters, digits, dashes or underscores")
      .optional(),
    expiresIn: seconds("expiresIn", 10 * 365 * 24 * 3600).nullable().optional().describe("Seconds until the key expires; omit for a key that never expires"),
    metadata: z.object({ organizationId: z.string().max(64).optional() }).strict().optional(),
    rateLimitEnabled: z.boolean().optional(),
    rateLimitTimeWindow: seconds("rateLimitTimeWindow", 30 * 24 * 3600).optional().describe("seconds"),
    rateLimitMax: z.number().int().min(1).max(1_000_000_000).optional(),
    remaining: z.number().int().min(0).max(1_000_000_000).nullable().optional().describe("Requests allowed in total; null for no quota"),
    refillAmount: z.number().int().min(1).max(1_000_000_000).optional(),
    refillInterval: seconds("refillInterval", 365 * 24 * 3600).optional().describe("seconds"),
    permissions: z.array(ZPermission).max(64).optional().describe("Narrows the key to these permissions (never beyond yours)"),
    userId: ZId.optional().describe("Administrators only: create the key for this system user of your organization instead of yourself"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.rateLimitEnabled && (v.rateLimitTimeWindow === undefined || v.rateLimitMax === undefined)) {
      ctx.addIssue({ code: "custom", path: ["rateLimitMax"], message: "A rate limit needs rateLimitTimeWindow and rateLimitMax" });
    }
    if ((v.refillAmount === undefined) !== (v.refillInterval === undefined)) {
      ctx.addIssue({ code: "custom", path: ["refillInterval"], message: "refillAmount and refillInterval go together" });
    }
    if (v.refillAmount !== undefined && (v.remaining === undefined || v.remaining === null)) {
      ctx.addIssue({ code: "custom", path: ["remaining"], message: "A refill needs a remaining quota" });
    }
  });
export type TCreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;

export const ZCreatedApiKey = z.object({
  id: z.string(),
  name: z.string(),
  key: z.string().describe("Shown once: store it now"),
  prefix: z.string(),
  start: z.string(),
  organizationId: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
});

export const ZDeleteApiKeyInput = z.object({ apiKeyId: ZId }).strict();

export const API_KEY_LIST_MAX = 500;

export const ZListApiKeysInput = z
  .object({
    scope: z.enum(["mine", "organization"]).default("mine"),
    userId: z.string().min(1).max(64).optional().describe("Only this user's keys (with scope organization; yours with mine)"),
    limit: z.number().int().min(1).max(API_KEY_LIST_MAX).default(100),
    cursor: z.string().min(1).max(64).optional().describe("The `id` of the last item of the previous page"),
  })
  .strict();
export type TListApiKeysInput = z.infer<typeof ZListApiKeysInput>;

export const ZOrganizationApiKey = ZApiKeyMetadata.extend({
  owner: z.object({ id: z.string(), username: z.string(), name: z.string() }),
});

// --- metrics --------------------------------------------------------------------------------

export const ZMetricsToken = z.object({
  serverIp: z.string(),
  enabledFeatures: z.boolean(),
  metricsConfig: z.object({
    server: z.object({ refreshRate: z.number().int(), port: z.number().int(), token: z.string() }),
  }),
});
export type TMetricsToken = z.infer<typeof ZMetricsToken>;
