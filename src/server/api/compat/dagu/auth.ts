import { AppError } from "@/lib/errors";
import {
  ZDaguChangePasswordRequest,
  ZDaguLoginRequest,
  ZDaguLoginResponse,
  ZDaguMessage,
  ZDaguSetupRequest,
  ZDaguUserResponse,
} from "@/lib/schemas/dagu";
import { resolveIdentity, toActor } from "@/server/actor/resolve-actor";
import { signInWithPassword } from "@/server/services/sessions/sign-in-with-password";
import { createFirstAdmin } from "@/server/services/setup/create-first-admin";
import { getMemberAccess } from "@/server/services/users/list-member-access";
import { updateSelf } from "@/server/services/users/update-self";
import { protectedProcedure, publicProcedure } from "../../trpc";
import { compatInput } from "../compat-route";
import { toDaguUser } from "./dagu-user";

// Dagu's /api/v1/auth/*: first-admin setup and login answer a token (a Roster session token, which
// works as `Authorization: Bearer` everywhere) with the user; me and change-password act on the caller.

/** Dagu's login answer for a fresh session: the token, its expiry, and the user it signs in. */
async function loginResponse(session: { token: string; expiresAt: Date }) {
  const identity = await resolveIdentity(new Headers({ authorization: `Bearer ${session.token}` }));
  if (!identity) throw new Error("a session token just issued was not accepted");
  const actor = toActor(identity);
  const member = await getMemberAccess({ actor, userId: actor.user.id });
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: toDaguUser(member) };
}

export const setup = publicProcedure
  .input(compatInput({ body: ZDaguSetupRequest }))
  .output(ZDaguLoginResponse)
  .mutation(async ({ ctx, input: { body } }) => {
    await createFirstAdmin(body, ctx.request);
    return loginResponse(await signInWithPassword({ ...body, headers: ctx.headers }));
  });

export const login = publicProcedure
  .input(compatInput({ body: ZDaguLoginRequest }))
  .output(ZDaguLoginResponse)
  .mutation(async ({ ctx, input: { body } }) => loginResponse(await signInWithPassword({ ...body, headers: ctx.headers })));

export const me = protectedProcedure
  .input(compatInput())
  .output(ZDaguUserResponse)
  .query(async ({ ctx }) => ({ user: toDaguUser(await getMemberAccess({ actor: ctx.actor, userId: ctx.actor.user.id })) }));

export const changePassword = protectedProcedure
  .input(compatInput({ body: ZDaguChangePasswordRequest }))
  .output(ZDaguMessage)
  .mutation(async ({ ctx, input: { body } }) => {
    try {
      await updateSelf({ actor: ctx.actor, input: { password: body.newPassword, currentPassword: body.currentPassword } });
    } catch (error) {
      // Dagu answers a wrong current password with 401, not as a field error.
      if (error instanceof AppError && error.fieldErrors?.currentPassword) throw new AppError("UNAUTHORIZED", error.message);
      throw error;
    }
    return { message: "Password changed successfully" };
  });
