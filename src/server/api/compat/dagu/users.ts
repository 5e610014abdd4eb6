import { z } from "zod";
import { fieldError } from "@/lib/errors";
import {
  ZDaguCreateUserRequest,
  ZDaguMessage,
  ZDaguResetPasswordRequest,
  ZDaguUpdateUserRequest,
  ZDaguUserIdParams,
  ZDaguUserResponse,
  ZDaguUsersResponse,
  type TDaguUpdateUserRequest,
} from "@/lib/schemas/dagu";
import type { Actor } from "@/server/actor/actor";
import { createUser as createMember } from "@/server/services/users/create-user";
import { getMemberAccess, listMemberAccess } from "@/server/services/users/list-member-access";
import { removeMember } from "@/server/services/users/remove-member";
import { resetUserPassword } from "@/server/services/users/reset-user-password";
import { setUserDisabled } from "@/server/services/users/set-user-disabled";
import { updateMember } from "@/server/services/users/update-member";
import { protectedProcedure } from "../../trpc";
import { compatInput } from "../compat-route";
import { toDaguUser } from "./dagu-user";

// Dagu's /api/v1/users: the same services as user.create, user.updateMember, user.disable,
// user.remove and user.resetPassword, with Dagu's request and response shapes.

const daguUser = async (actor: Actor, userId: string) => ({ user: toDaguUser(await getMemberAccess({ actor, userId })) });

export const listUsers = protectedProcedure
  .input(compatInput())
  .output(ZDaguUsersResponse)
  .query(async ({ ctx }) => ({ users: (await listMemberAccess({ actor: ctx.actor })).map(toDaguUser) }));

export const createUser = protectedProcedure
  .input(compatInput({ body: ZDaguCreateUserRequest }))
  .output(ZDaguUserResponse)
  .mutation(async ({ ctx, input: { body } }) => {
    const created = await createMember({ actor: ctx.actor, input: { ...body, workspaceAccess: body.workspaceAccess ?? { all: true }, system: false } });
    return daguUser(ctx.actor, created.userId);
  });

export const getUser = protectedProcedure
  .input(compatInput({ params: ZDaguUserIdParams }))
  .output(ZDaguUserResponse)
  .query(({ ctx, input: { params } }) => daguUser(ctx.actor, params.userId));

/**
 * Dagu's PATCH: username, role and workspace access are one member edit; `isDisabled` then
 * disables or enables the account (its own rules and audit event). Dagu's rule for selected
 * workspaces holds for the result: a top-level role of viewer, each grant carrying its own role.
 */
export const updateUser = protectedProcedure
  .input(compatInput({ params: ZDaguUserIdParams, body: ZDaguUpdateUserRequest }))
  .output(ZDaguUserResponse)
  .mutation(async ({ ctx, input: { params, body } }) => {
    const current = toDaguUser(await getMemberAccess({ actor: ctx.actor, userId: params.userId }));
    const edit = memberEdit(current, body);
    if (edit) await updateMember({ actor: ctx.actor, input: { userId: params.userId, ...edit } });
    if (body.isDisabled !== undefined) await setUserDisabled({ actor: ctx.actor, userId: params.userId, disabled: body.isDisabled });
    return daguUser(ctx.actor, params.userId);
  });

function memberEdit(current: ReturnType<typeof toDaguUser>, body: TDaguUpdateUserRequest) {
  if (body.username === undefined && body.role === undefined && body.workspaceAccess === undefined) return null;
  const scoped = !(body.workspaceAccess?.all ?? current.workspaceAccess.all);
  if (scoped && (body.role ?? current.role) !== "viewer") {
    throw fieldError("role", "Selected workspaces need the top-level role viewer: each grant carries its own role");
  }
  // Selected workspaces make the top-level role viewer, as Dagu shows them.
  const role = body.role ?? (scoped && body.workspaceAccess ? "viewer" : undefined);
  return { username: body.username, role, workspaceAccess: body.workspaceAccess };
}

export const deleteUser = protectedProcedure
  .input(compatInput({ params: ZDaguUserIdParams }))
  .output(z.void())
  .mutation(async ({ ctx, input: { params } }) => {
    await removeMember({ actor: ctx.actor, userId: params.userId });
  });

export const resetPassword = protectedProcedure
  .input(compatInput({ params: ZDaguUserIdParams, body: ZDaguResetPasswordRequest }))
  .output(ZDaguMessage)
  .mutation(async ({ ctx, input: { params, body } }) => {
    await resetUserPassword({ actor: ctx.actor, userId: params.userId, password: body.newPassword });
    return { message: "Password reset successfully" };
  });
