import { z } from "zod";
import { groupAccessForConductorRoles } from "@/lib/conductor-roles";
import {
  ZConductorGroup,
  ZConductorGroupMemberParams,
  ZConductorGroupParams,
  ZConductorMessage,
  ZConductorUpsertGroupRequest,
} from "@/lib/schemas/conductor";
import { MAX_GROUPS_LISTED } from "@/lib/schemas/group";
import { changeGroupMembers } from "@/server/services/groups/change-group-members";
import { deleteGroup as removeGroup } from "@/server/services/groups/delete-group";
import { getGroup as findGroup } from "@/server/services/groups/get-group";
import { listGroups as findGroups } from "@/server/services/groups/list-groups";
import { upsertGroup as saveGroup } from "@/server/services/groups/upsert-group";
import { getMemberAccess } from "@/server/services/users/list-member-access";
import { protectedProcedure } from "../../trpc";
import { compatInput } from "../compat-route";
import { toConductorGroup } from "./to-conductor";

// Conductor's /api/groups, keyed by name: the same services as group.upsert, group.list,
// group.get, group.delete, group.addUsers and group.removeUsers. A group's Conductor roles become
// its workspace role (and, for ADMIN, every permission), as conductor-roles.ts maps them.

export const listGroups = protectedProcedure
  .input(compatInput())
  .output(z.array(ZConductorGroup))
  .query(async ({ ctx }) => (await findGroups({ actor: ctx.actor, input: { sort: "name", order: "asc", limit: MAX_GROUPS_LISTED } })).map(toConductorGroup));

export const getGroup = protectedProcedure
  .input(compatInput({ params: ZConductorGroupParams }))
  .output(ZConductorGroup)
  .query(async ({ ctx, input: { params } }) => toConductorGroup(await findGroup({ actor: ctx.actor, groupId: params.id })));

export const upsertGroup = protectedProcedure
  .input(compatInput({ params: ZConductorGroupParams, body: ZConductorUpsertGroupRequest }))
  .output(ZConductorGroup)
  .mutation(async ({ ctx, input: { params, body } }) => {
    const access = groupAccessForConductorRoles(body.roles);
    return toConductorGroup(await saveGroup({ actor: ctx.actor, input: { name: params.id, description: body.description, ...access } }));
  });

export const deleteGroup = protectedProcedure
  .input(compatInput({ params: ZConductorGroupParams }))
  .output(ZConductorMessage)
  .mutation(async ({ ctx, input: { params } }) => {
    await removeGroup({ actor: ctx.actor, groupId: params.id });
    return { message: `Deleted group '${params.id}'` };
  });

/** Conductor names the user by email: an unknown one (or another organization's) is a 404, as is an unknown group. */
const changeMembership = (change: "add" | "remove") =>
  protectedProcedure
    .input(compatInput({ params: ZConductorGroupMemberParams }))
    .output(z.void())
    .mutation(async ({ ctx, input: { params } }) => {
      const member = await getMemberAccess({ actor: ctx.actor, email: params.userId });
      await changeGroupMembers({ actor: ctx.actor, input: { groupId: params.groupId, users: [member.userId] }, change });
    });

export const addUserToGroup = changeMembership("add");
export const removeUserFromGroup = changeMembership("remove");
