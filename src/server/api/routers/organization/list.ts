import { z } from "zod";
import { ZMyOrganization } from "@/lib/schemas/organization";
import { listOrganizations } from "@/server/services/organizations/list-organizations";
import { protectedProcedure } from "../../trpc";

export const list = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/organization.list",
      tags: ["organization"],
      summary: "The organizations you belong to, with your role in each",
      description: "With an API key: only the key's own organization.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(z.array(ZMyOrganization))
  .query(({ ctx }) => listOrganizations({ actor: ctx.actor }));
