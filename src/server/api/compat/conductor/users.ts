import {
  ZConductorMessage,
  ZConductorUpsertUserRequest,
  ZConductorUser,
  ZConductorUserParams,
} from "@/lib/schemas/conductor";
import { z } from "zod";
import { getMemberAccess, listMemberAccess } from "@/server/services/users/list-member-access";
import { removeMember } from "@/server/services/users/remove-member";
import { upsertUser } from "@/server/services/users/upsert-user";
import { protectedProcedure } from "../../trpc";
import { compatInput } from "../compat-route";
import { toConductorUser } from "./to-conductor";

// Conductor's /api/users, keyed by email: the same services as user.upsert, user.all, user.one and
// user.remove, answering in Conductor's shape.

export const listUsers = protectedProcedure
  .input(compatInput())
  .output(z.array(ZConductorUser))
  .query(async ({ ctx }) => (await listMemberAccess({ actor: ctx.actor })).map(toConductorUser));

export const getUser = protectedProcedure
  .input(compatInput({ params: ZConductorUserParams }))
  .output(ZConductorUser)
  .query(async ({ ctx, input: { params } }) => toConductorUser(await getMemberAccess({ actor: ctx.actor, email: params.id })));

export const upsertUserByEmail = protectedProcedure
  .input(compatInput({ params: ZConductorUserParams, body: ZConductorUpsertUserRequest }))
  .output(ZConductorUser)
  .mutation(async ({ ctx, input: { params, body } }) => {
    const { uuid } = await upsertUser({ actor: ctx.actor, input: { id: params.id, name: body.name, roles: body.roles, groups: body.groups ?? undefined } });
    return toConductorUser(await getMemberAccess({ actor: ctx.actor, userId: uuid }));
  });

export const deleteUser = protectedProcedure
  .input(compatInput({ params: ZConductorUserParams }))
  .output(ZConductorMessage)
  .mutation(async ({ ctx, input: { params } }) => {
    const member = await getMemberAccess({ actor: ctx.actor, email: params.id });
    await removeMember({ actor: ctx.actor, userId: member.userId });
    return { message: `Deleted user '${member.email}'` };
  });
