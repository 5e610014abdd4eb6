import { z } from "zod";
import { ALL_PERMISSIONS, MEMBER_FLAG_NAMES, MEMBER_ROLES, WORKSPACE_ROLES, type MemberFlag, type Permission } from "@/lib/permissions";

export const ZMemberRole = z.enum(MEMBER_ROLES);
export const ZWorkspaceRole = z.enum(WORKSPACE_ROLES);
export const ZPermission = z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]]);

export const ZMemberFlags = z.object(
  Object.fromEntries(MEMBER_FLAG_NAMES.map((flag) => [flag, z.boolean()])) as Record<MemberFlag, z.ZodBoolean>,
);
export type TMemberFlags = z.infer<typeof ZMemberFlags>;

export const ZSource = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("role"), role: ZMemberRole }),
  z.object({ kind: z.literal("grant"), flag: z.string().nullable() }),
  z.object({ kind: z.literal("group"), groupId: z.string(), groupName: z.string() }),
  z.object({
    kind: z.literal("workspaceRole"),
    role: ZWorkspaceRole,
    via: z.union([z.literal("member"), z.object({ groupId: z.string(), groupName: z.string() })]),
  }),
]);

const ZScope = z.discriminatedUnion("type", [
  z.object({ type: z.literal("organization") }),
  z.object({ type: z.literal("allWorkspaces") }),
  z.object({ type: z.literal("defaultWorkspace") }),
  z.object({ type: z.literal("workspace"), workspaceId: z.string(), workspaceName: z.string() }),
]);

export const ZEffectivePermission = z.object({ permission: ZPermission, scope: ZScope, sources: z.array(ZSource) });

export const ZWorkspaceAccess = z.object({
  all: z.boolean(),
  role: ZWorkspaceRole.describe("Role in the default workspace, and in every workspace when `all`"),
  grants: z.array(z.object({ workspaceId: z.string(), workspace: z.string(), role: ZWorkspaceRole })),
});
export type TWorkspaceAccess = z.infer<typeof ZWorkspaceAccess>;
