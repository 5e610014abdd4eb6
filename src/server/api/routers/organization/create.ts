import { ZCreateOrganizationInput, ZMyOrganization } from "@/lib/schemas/organization";
import { createOrganization } from "@/server/services/organizations/create-organization";
import { protectedProcedure } from "../../trpc";

export const create = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/organization.create",
      tags: ["organization"],
      summary: "Create an organization; you become its owner",
      description:
        "Who may is the server's setting ROSTER_ORGANIZATION_CREATORS: instance administrators (the owner and administrators of the organization made at setup) by default, or anyone. Slugs are unique on the server (409 naming `slug`). You keep acting in your current organization until you switch (organization.setActive).",
      protect: true,
    },
  })
  .input(ZCreateOrganizationInput)
  .output(ZMyOrganization)
  .mutation(({ ctx, input }) => createOrganization({ actor: ctx.actor, input }));
