import { z } from "zod";
import { ZPermission, ZWorkspaceRole } from "./access";
import { ZId } from "./fields";

export const GID_MIN = 1000;
export const GID_MAX = 2_147_483_647;

export const ZGroupName = z
  .string()
  .trim()
  .min(1, "Name the group")
  .max(64, "Group names are at most 64 characters")
  .regex(/^[a-zA-Z0-9._-]+$/, "Group names may contain only letters, digits, dots, dashes and underscores");

export const ZWorkspaceGrantInput = z
  .object({ workspace: z.string().trim().min(1).max(64).describe("The workspace's name"), role: ZWorkspaceRole })
  .strict();

const uniqueWorkspaces = (grants: { workspace: string }[] | undefined) =>
  !grants || new Set(grants.map((g) => g.workspace)).size === grants.length;

export const ZWorkspaceGrantsInput = z
  .array(ZWorkspaceGrantInput)
  .max(200)
  .refine(uniqueWorkspaces, "Each workspace may be granted once");

/** Users named by id or by username. */
export const ZUserRefs = z.array(z.string().trim().min(1).max(64)).min(1, "Name at least one user").max(1000);

export const ZGroupMember = z.object({ userId: z.string(), username: z.string(), name: z.string() });

export const ZGroupGrant = z.object({ workspaceId: z.string(), workspace: z.string(), role: ZWorkspaceRole });

/** Members counted exactly up to this many; past it the count says "at least". */
export const GROUP_MEMBERS_COUNTED = 10_000;

export const ZGroupSummary = z.object({
  id: z.string(),
  name: z.string(),
  gid: z.number().int(),
  description: z.string(),
  grants: z.array(ZPermission),
  workspaceRole: ZWorkspaceRole.nullable(),
  memberCount: z
    .number()
    .int()
    .describe(`The number of members: exact up to ${GROUP_MEMBERS_COUNTED.toLocaleString("en")}, else ${GROUP_MEMBERS_COUNTED.toLocaleString("en")} with memberCountExact false`),
  memberCountExact: z.boolean().describe(`False when the group has more than ${GROUP_MEMBERS_COUNTED.toLocaleString("en")} members`),
  members: z.array(ZGroupMember).describe("The first 50 members to join, by username; memberCount says how many there are"),
  createdAt: z.iso.datetime(),
});
export type TGroupSummary = z.infer<typeof ZGroupSummary>;

/** The most members one page of group.get answers. */
export const GROUP_MEMBERS_PAGE_MAX = 1000;

export const ZGroupDetail = ZGroupSummary.extend({
  members: z.array(ZGroupMember).describe("One page of members, in the order they joined the group"),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page of members; null at the last page"),
  workspaceGrants: z.array(ZGroupGrant),
});
export type TGroupDetail = z.infer<typeof ZGroupDetail>;

/** The most groups one list answers. */
export const MAX_GROUPS_LISTED = 1000;

export const ZListGroupsInput = z
  .object({
    search: z.string().trim().max(64).optional().describe("Matches the group name (case-insensitive)"),
    sort: z.enum(["name", "gid", "members"]).default("name"),
    order: z.enum(["asc", "desc"]).default("asc"),
    limit: z.number().int().min(1).max(MAX_GROUPS_LISTED).default(500),
  })
  .strict();
export type TListGroupsInput = z.infer<typeof ZListGroupsInput>;

export const ZGroupRefInput = z.object({ groupId: ZId.describe("The group's id or name") }).strict();

/** A group and one page of its members. */
export const ZGetGroupInput = ZGroupRefInput.extend({
  cursor: z.string().min(1).max(64).optional().describe("The `nextCursor` of the previous page"),
  limit: z.number().int().min(1).max(GROUP_MEMBERS_PAGE_MAX).default(100).describe("Members per page"),
}).strict();
export type TGetGroupInput = z.infer<typeof ZGetGroupInput>;

export const ZCreateGroupInput = z
  .object({
    name: ZGroupName,
    description: z.string().trim().max(500).optional(),
    gid: z.number().int().min(1).max(GID_MAX).optional().describe(`Unique in the organization; the lowest free from ${GID_MIN} when omitted`),
    grants: z.array(ZPermission).max(64).optional().describe("Catalog permissions the members inherit"),
    workspaceRole: ZWorkspaceRole.nullable().optional().describe("A workspace role the members hold in every workspace"),
    workspaceGrants: ZWorkspaceGrantsInput.optional(),
    members: ZUserRefs.optional().describe("Users (ids or usernames) to add"),
  })
  .strict();
export type TCreateGroupInput = z.infer<typeof ZCreateGroupInput>;

export const ZUpdateGroupInput = ZGroupRefInput.extend({
  name: ZGroupName.optional().describe("A new name (rename)"),
  description: z.string().trim().max(500).optional(),
  grants: z.array(ZPermission).max(64).optional().describe("Replaces the group's permissions"),
  workspaceRole: ZWorkspaceRole.nullable().optional(),
  workspaceGrants: ZWorkspaceGrantsInput.optional().describe("Replaces the group's workspace grants"),
}).strict();
export type TUpdateGroupInput = z.infer<typeof ZUpdateGroupInput>;

/** Create or update a group named `name` (Conductor's PUT /api/groups/{id} keys groups by name). */
export const ZUpsertGroupInput = z
  .object({
    name: ZGroupName.describe("The group's name: created when no group of the organization has it, else updated"),
    description: z.string().trim().max(500).optional(),
    grants: z.array(ZPermission).max(64).optional().describe("Replaces the group's permissions"),
    workspaceRole: ZWorkspaceRole.nullable().optional().describe("A workspace role the members hold in every workspace"),
    workspaceGrants: ZWorkspaceGrantsInput.optional().describe("Replaces the group's workspace grants"),
  })
  .strict();
export type TUpsertGroupInput = z.infer<typeof ZUpsertGroupInput>;

export const ZUpsertGroupOutput = ZGroupDetail.extend({ created: z.boolean().describe("True when the group did not exist") });
export type TUpsertGroupOutput = z.infer<typeof ZUpsertGroupOutput>;

export const ZGroupUsersInput = ZGroupRefInput.extend({ users: ZUserRefs }).strict();
export type TGroupUsersInput = z.infer<typeof ZGroupUsersInput>;

export const ZGroupUsersOutput = z.object({
  groupId: z.string(),
  changed: z.array(z.string()).describe("The user ids added (or removed); users already in (or not in) the group are skipped"),
  memberCount: z.number().int(),
});

export const ZDeleteGroupOutput = z.object({ success: z.literal(true), groupId: z.string() });
