import { z } from "zod";
import { ZWorkspaceRole } from "./access";
import { ZEmail, ZPassword, ZPersonName, ZUsername } from "./fields";
import { ZUserRole, type TCreateUserInput, type TUpdateMemberInput } from "./user-admin";

// The Users pages' forms: the same field rules as user.create / user.updateMember, shaped for
// inputs (an empty email box is "none", a system user's password box is ignored). Field names
// follow the procedures' input, so the server's field errors land on the right control.

export const ZWorkspaceAccessForm = z.object({
  all: z.boolean(),
  grants: z
    .array(z.object({ workspace: z.string().min(1), role: ZWorkspaceRole }))
    .refine((grants) => new Set(grants.map((g) => g.workspace)).size === grants.length, "Each workspace may be granted once"),
});
export type TWorkspaceAccessForm = z.infer<typeof ZWorkspaceAccessForm>;

export const ZCreateUserForm = z
  .object({
    username: ZUsername,
    firstName: ZPersonName,
    lastName: ZPersonName,
    email: z.union([z.literal(""), ZEmail]),
    password: z.string(),
    role: ZUserRole,
    groups: z.array(z.string()),
    system: z.boolean(),
    workspaceAccess: ZWorkspaceAccessForm,
  })
  .superRefine((v, ctx) => {
    if (v.system) return;
    const password = ZPassword.safeParse(v.password);
    if (!password.success) ctx.addIssue({ code: "custom", path: ["password"], message: password.error.issues[0]!.message });
  });
export type TCreateUserForm = z.infer<typeof ZCreateUserForm>;

export const CREATE_USER_DEFAULTS: TCreateUserForm = {
  username: "",
  firstName: "",
  lastName: "",
  email: "",
  password: "",
  role: "viewer",
  groups: [],
  system: false,
  workspaceAccess: { all: true, grants: [] },
};

const toWorkspaceAccessInput = (access: TWorkspaceAccessForm) =>
  access.all ? { all: true } : { all: false, grants: access.grants.map((g) => ({ workspace: g.workspace, role: g.role })) };

export function toCreateUserInput(v: TCreateUserForm): TCreateUserInput {
  return {
    username: v.username.trim(),
    ...(v.system ? {} : { password: v.password }),
    role: v.role,
    ...(v.firstName.trim() ? { firstName: v.firstName.trim() } : {}),
    ...(v.lastName.trim() ? { lastName: v.lastName.trim() } : {}),
    ...(v.email ? { email: v.email } : {}),
    ...(v.groups.length ? { groups: v.groups } : {}),
    system: v.system,
    workspaceAccess: toWorkspaceAccessInput(v.workspaceAccess),
  };
}

/** The user page's "Edit access" form: role, groups and workspace access (user.updateMember). */
export const ZEditAccessForm = z.object({
  role: ZUserRole,
  groups: z.array(z.string()),
  workspaceAccess: ZWorkspaceAccessForm,
});
export type TEditAccessForm = z.infer<typeof ZEditAccessForm>;

/** Only what changed is sent: an unchanged role is not re-applied, so nothing is written twice. */
export function toUpdateMemberInput(userId: string, v: TEditAccessForm, dirty: { role?: boolean; groups?: boolean; workspaceAccess?: boolean }): TUpdateMemberInput {
  return {
    userId,
    ...(dirty.role ? { role: v.role } : {}),
    ...(dirty.groups ? { groups: v.groups } : {}),
    ...(dirty.workspaceAccess ? { workspaceAccess: toWorkspaceAccessInput(v.workspaceAccess) } : {}),
  };
}

export const ZResetPasswordForm = z
  .object({ password: ZPassword, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { message: "The passwords do not match", path: ["confirmPassword"] });
export type TResetPasswordForm = z.infer<typeof ZResetPasswordForm>;
