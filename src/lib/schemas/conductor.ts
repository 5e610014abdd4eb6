// Conductor's users and groups API as Roster serves it under /api/users and /api/groups: the shapes
// Conductor's API answers with, roles expanded to Conductor's permission names.
import { z } from "zod";
import { ZEmail, ZPersonName } from "./fields";
import { ZGroupName } from "./group";
import { ZConductorRole } from "./user-admin";

export const ZConductorUserParams = z.object({ id: ZEmail.describe("The user's email address") }).strict();
export const ZConductorGroupParams = z.object({ id: ZGroupName.describe("The group's name") }).strict();
export const ZConductorGroupMemberParams = z
  .object({ groupId: ZGroupName.describe("The group's name"), userId: ZEmail.describe("The user's email address") })
  .strict();

export const ZConductorUpsertUserRequest = z
  .object({
    name: ZPersonName.min(1, "Name cannot be empty"),
    roles: z.array(ZConductorRole).min(1, "Give at least one role").max(5),
    groups: z.array(z.string().trim().min(1).max(64)).max(100).nullish().describe("Group names; replaces the user's groups. Omitted: groups stay"),
  })
  .strict();

export const ZConductorUpsertGroupRequest = z
  .object({
    description: z.string().trim().max(500),
    roles: z.array(ZConductorRole).max(5),
    defaultAccess: z
      .record(z.string(), z.unknown())
      .refine((access) => Object.keys(access).length === 0, "Roster keeps no per-resource access: defaultAccess must be empty")
      .optional()
      .describe("Accepted empty only: Roster keeps no per-resource default access"),
  })
  .strict();

const ZConductorRoleView = z.object({ name: ZConductorRole, permissions: z.array(z.object({ name: z.string() })) });

export const ZConductorGroup = z.object({
  id: z.string().describe("The group's name"),
  description: z.string(),
  roles: z.array(ZConductorRoleView),
  defaultAccess: z.object({}),
  contactInformation: z.object({}),
});
export type TConductorGroup = z.infer<typeof ZConductorGroup>;

export const ZConductorUser = z.object({
  id: z.string().describe("The email address"),
  name: z.string(),
  roles: z.array(ZConductorRoleView),
  groups: z.array(ZConductorGroup),
  uuid: z.string().describe("Roster's user id"),
  contactInformation: z.object({}),
  applicationUser: z.boolean().describe("True for a system user"),
  orkesWorkersApp: z.boolean(),
  orkesApiGateway: z.boolean(),
  orkesApp: z.boolean(),
});
export type TConductorUser = z.infer<typeof ZConductorUser>;

export const ZConductorMessage = z.object({ message: z.string() });

export const ZConductorError = z.object({
  status: z.number().int(),
  message: z.string(),
  instance: z.string(),
  retryable: z.boolean(),
  validationErrors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
