// Administrators acting on other people: direct creation (Dagu's and the data platform's),
// Conductor's upsert, edits, disable/enable, password reset and session revocation.
import { z } from "zod";
import { CONDUCTOR_ROLE_NAMES, USER_ROLES, type ConductorRole } from "@/lib/user-roles";
import { ZWorkspaceGrantsInput } from "./group";
import { ZEmail, ZId, ZPassword, ZPersonName, ZUsername } from "./fields";

export const ZUserRole = z.enum(USER_ROLES);

/** Dagu's workspace access: `{ "all": true }`, or `{ "all": false, "grants": [{ "workspace": "ops", "role": "developer" }] }`. */
export const ZWorkspaceAccessInput = z
  .object({
    all: z.boolean().describe("True: the role applies in every workspace. False: only in the default one, plus `grants`"),
    grants: ZWorkspaceGrantsInput.optional().describe("Selected workspaces by name, each with its own role (only with all: false)"),
  })
  .strict()
  .refine((v) => !v.all || !v.grants?.length, { message: "Grants apply to selected workspaces: set all to false", path: ["grants"] });
export type TWorkspaceAccessInput = z.infer<typeof ZWorkspaceAccessInput>;

const ZGroupRefs = z.array(z.string().trim().min(1).max(64)).max(100).describe("Groups by name or id");

export const ZCreateUserInput = z
  .object({
    username: ZUsername,
    password: ZPassword.optional().describe("Required, except for system users (who have none)"),
    role: ZUserRole.default("viewer").describe("admin (owner only), a workspace role (manager, developer, operator, viewer), or member"),
    workspaceAccess: ZWorkspaceAccessInput.default({ all: true }),
    name: ZPersonName.min(1).optional().describe("Display name; defaults to first and last name, else the username"),
    firstName: ZPersonName.optional(),
    lastName: ZPersonName.optional(),
    email: ZEmail.optional().describe("When omitted, a placeholder <username>@users.noreply.invalid that can receive no mail"),
    groups: ZGroupRefs.optional(),
    system: z.boolean().default(false).describe("A service account: no password, API keys only, read-only here"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.system && v.password) ctx.addIssue({ code: "custom", path: ["password"], message: "System users have no password: they use API keys" });
    if (!v.system && !v.password) ctx.addIssue({ code: "custom", path: ["password"], message: "Password is required" });
  });
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZUpdateMemberInput = z
  .object({
    userId: ZId,
    username: ZUsername.optional().describe("A new username (sign-in name); unique"),
    name: ZPersonName.min(1, "Name cannot be empty").optional(),
    firstName: ZPersonName.optional(),
    lastName: ZPersonName.optional(),
    email: ZEmail.optional(),
    role: ZUserRole.optional().describe("Never the owner's; admin only from the owner"),
    workspaceAccess: ZWorkspaceAccessInput.optional(),
    groups: ZGroupRefs.optional().describe("Replaces the member's groups"),
  })
  .strict();
export type TUpdateMemberInput = z.infer<typeof ZUpdateMemberInput>;

export const ZConductorRole = z.enum(CONDUCTOR_ROLE_NAMES as [ConductorRole, ...ConductorRole[]]);

export const ZUpsertUserInput = z
  .object({
    id: ZEmail.describe("The user's email address"),
    name: ZPersonName.min(1, "Name cannot be empty"),
    roles: z.array(ZConductorRole).min(1, "Give at least one role").max(5),
    groups: ZGroupRefs.optional().describe("Group names or ids; replaces the user's groups. Omitted: groups stay"),
  })
  .strict();
export type TUpsertUserInput = z.infer<typeof ZUpsertUserInput>;

const ZNamed = z.object({ name: z.string() });
const ZConductorRoleOut = z.object({ name: z.string(), permissions: z.array(ZNamed) });

export const ZUpsertUserOutput = z.object({
  id: z.string().describe("The email address"),
  name: z.string(),
  uuid: z.string().describe("Roster's user id"),
  username: z.string(),
  roles: z.array(ZConductorRoleOut),
  groups: z.array(
    z.object({
      id: z.string().describe("The group's name"),
      uuid: z.string(),
      gid: z.number().int(),
      description: z.string(),
      roles: z.array(ZConductorRoleOut),
      permissions: z.array(ZNamed),
      defaultAccess: z.object({}),
      contactInformation: z.object({}),
    }),
  ),
  contactInformation: z.object({}),
  applicationUser: z.boolean().describe("True for a system user"),
  created: z.boolean(),
  changed: z.boolean(),
});
export type TUpsertUserOutput = z.infer<typeof ZUpsertUserOutput>;

export const ZResetPasswordInput = z.object({ userId: ZId, password: ZPassword }).strict();

export const ZUserStateOutput = z.object({
  success: z.literal(true),
  userId: z.string(),
  enabled: z.boolean(),
  changed: z.boolean().describe("False when the user already was in that state"),
  sessionsRevoked: z.number().int(),
});

export const ZResetPasswordOutput = z.object({ success: z.literal(true), userId: z.string(), sessionsRevoked: z.number().int() });
export const ZRevokeSessionsOutput = z.object({ success: z.literal(true), userId: z.string(), sessionsRevoked: z.number().int() });
export const ZUnlockOutput = z.object({
  success: z.literal(true),
  userId: z.string(),
  unlocked: z.boolean().describe("False when the account was not locked"),
});
