import { ZMyOrganization, ZSetActiveOrganizationInput } from "@/lib/schemas/organization";
import { setActiveOrganization } from "@/server/services/organizations/set-active-organization";
import { protectedProcedure } from "../../trpc";

export const setActive = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/organization.setActive",
      tags: ["organization"],
      summary: "Switch your session to another organization you belong to",
      description: "Sessions only: an API key always acts in the organization it was made for (403). An organization you do not belong to is 404.",
      protect: true,
    },
  })
  .input(ZSetActiveOrganizationInput)
  .output(ZMyOrganization)
  .mutation(({ ctx, input }) => setActiveOrganization({ actor: ctx.actor, organizationId: input.organizationId }));
