import { ZDeleteOrganizationInput, ZDeleteOrganizationOutput } from "@/lib/schemas/organization";
import { deleteOrganization } from "@/server/services/organizations/delete-organization";
import { protectedProcedure } from "../../trpc";

export const remove = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/organization.delete",
      tags: ["organization"],
      summary: "Delete the organization you act in, with everything in it (owner only)",
      description:
        "`confirm` is its name or slug, typed. Members, groups, workspaces, invitations, API keys and its audit log go; accounts that belong to no other organization are deleted. The organization made at setup, and your only organization, cannot be deleted. Recorded in the audit log of the organization made at setup.",
      protect: true,
    },
  })
  .input(ZDeleteOrganizationInput)
  .output(ZDeleteOrganizationOutput)
  .mutation(({ ctx, input }) => deleteOrganization({ actor: ctx.actor, input }));
