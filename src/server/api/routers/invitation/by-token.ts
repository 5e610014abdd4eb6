import { ZAcceptOutput, ZAcceptWithSignUpInput, ZInvitationLookup, ZLookupInvitationInput } from "@/lib/schemas/invitation";
import { acceptInvitationWithSignUp } from "@/server/services/invitations/accept-invitation-with-sign-up";
import { lookupInvitation } from "@/server/services/invitations/lookup-invitation";
import { publicProcedure } from "../../trpc";

export const lookup = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/invitation.lookup",
      tags: ["invitation"],
      summary: "What an invitation link offers (public: the token is the credential)",
      description: "The organization, inviter, access, expiry and state. An unknown or replaced token is 404.",
      protect: false,
    },
  })
  .input(ZLookupInvitationInput)
  .output(ZInvitationLookup)
  .query(({ input }) => lookupInvitation({ token: input.token }));

export const acceptWithSignUp = publicProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/invitation.acceptWithSignUp",
      tags: ["invitation"],
      summary: "Sign up from an invitation link and join (public: the token is the credential)",
      description:
        "Creates the account with the invited email, its password and its membership with the invited access in one transaction: nothing is left half-made. Then sign in with the username or email and the password. An email that already has an account answers 409 (sign in and accept instead); a used, declined, cancelled or expired link answers 409 with `fieldErrors.status`.",
      protect: false,
    },
  })
  .input(ZAcceptWithSignUpInput)
  .output(ZAcceptOutput)
  .mutation(({ ctx, input }) => acceptInvitationWithSignUp({ input, request: ctx.request }));
