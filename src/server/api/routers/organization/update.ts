import { ZOrganization, ZUpdateOrganizationInput } from "@/lib/schemas/organization";
import { updateOrganization } from "@/server/services/organizations/update-organization";
import { protectedProcedure } from "../../trpc";

export const update = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/organization.update",
      tags: ["organization"],
      summary: "Rename the organization you act in, or change its slug, logo or default invitation expiry (settings:manage)",
      description: "`organizationId` must be the organization you act in (404 otherwise). A taken slug is 409 naming `slug`.",
      protect: true,
    },
  })
  .input(ZUpdateOrganizationInput)
  .output(ZOrganization)
  .mutation(({ ctx, input }) => updateOrganization({ actor: ctx.actor, input }));
