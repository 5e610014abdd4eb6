// Dagu's user API as Roster serves it under /api/v1: the request and response shapes of Dagu's own
// OpenAPI document (auth and users), with Roster's field rules where Dagu leaves them open.
import { z } from "zod";
import { DAGU_ROLES } from "@/lib/user-roles";
import { ZWorkspaceRole } from "./access";
import { ZId, ZPassword, ZUsername } from "./fields";
import { ZWorkspaceAccessInput } from "./user-admin";

export const ZDaguRole = z.enum(DAGU_ROLES).describe("admin, or a workspace role: manager, developer, operator, viewer");

/** Dagu's rule for selected workspaces: the top-level role is viewer and each grant carries its own role. */
function scopedAccessRule(value: { role?: string; workspaceAccess?: { all: boolean; grants?: unknown[] } }, ctx: z.RefinementCtx) {
  const access = value.workspaceAccess;
  if (!access || access.all) return;
  if (!access.grants?.length) ctx.addIssue({ code: "custom", path: ["workspaceAccess", "grants"], message: "Selected workspaces need at least one grant" });
  if (value.role !== undefined && value.role !== "viewer") {
    ctx.addIssue({ code: "custom", path: ["role"], message: "Selected workspaces need the top-level role viewer: each grant carries its own role" });
  }
}

export const ZDaguUserIdParams = z.object({ userId: ZId.describe("The user's id") }).strict();

export const ZDaguSetupRequest = z.object({ username: ZUsername, password: ZPassword }).strict();

export const ZDaguLoginRequest = z
  .object({ username: z.string().min(1, "Enter a username").max(256), password: z.string().min(1, "Enter a password").max(256) })
  .strict();

export const ZDaguChangePasswordRequest = z
  .object({ currentPassword: z.string().min(1, "Enter your current password").max(256), newPassword: ZPassword })
  .strict();

export const ZDaguResetPasswordRequest = z.object({ newPassword: ZPassword }).strict();

export const ZDaguCreateUserRequest = z
  .object({
    username: ZUsername,
    password: ZPassword,
    role: ZDaguRole,
    workspaceAccess: ZWorkspaceAccessInput.optional().describe('{"all": true} (the default), or {"all": false, "grants": [{"workspace": "ops", "role": "developer"}]}'),
  })
  .strict()
  .superRefine(scopedAccessRule);

export const ZDaguUpdateUserRequest = z
  .object({
    username: ZUsername.optional(),
    role: ZDaguRole.optional(),
    workspaceAccess: ZWorkspaceAccessInput.optional(),
    isDisabled: z.boolean().optional(),
  })
  .strict()
  .superRefine(scopedAccessRule);
export type TDaguUpdateUserRequest = z.infer<typeof ZDaguUpdateUserRequest>;

export const ZDaguUser = z.object({
  id: z.string(),
  username: z.string(),
  role: ZDaguRole,
  workspaceAccess: z.object({
    all: z.boolean(),
    grants: z.array(z.object({ workspace: z.string(), role: ZWorkspaceRole })),
  }),
  authProvider: z.literal("builtin"),
  isDisabled: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TDaguUser = z.infer<typeof ZDaguUser>;

export const ZDaguUserResponse = z.object({ user: ZDaguUser });
export const ZDaguUsersResponse = z.object({ users: z.array(ZDaguUser) });
export const ZDaguLoginResponse = z.object({
  token: z.string().describe("A session token: send it as Authorization: Bearer <token>"),
  expiresAt: z.iso.datetime(),
  user: ZDaguUser,
});
export const ZDaguMessage = z.object({ message: z.string() });

export const DAGU_ERROR_CODES = ["bad_request", "unauthorized", "forbidden", "not_found", "already_exists", "internal_error"] as const;

export const ZDaguError = z.object({
  code: z.enum(DAGU_ERROR_CODES),
  message: z.string(),
  details: z
    .object({
      code: z.string().describe("Roster's error code (BAD_REQUEST, TOO_MANY_REQUESTS, …)"),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
      requestId: z.string().optional(),
    })
    .optional(),
});
