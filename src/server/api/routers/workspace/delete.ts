import { ZDeleteWorkspaceOutput, ZWorkspaceRefInput } from "@/lib/schemas/workspace";
import { deleteWorkspace } from "@/server/services/workspaces/delete-workspace";
import { protectedProcedure } from "../../trpc";

export const remove = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/workspace.delete",
      tags: ["workspace"],
      summary: "Delete a workspace and every grant in it (workspace:manage)",
      protect: true,
    },
  })
  .input(ZWorkspaceRefInput)
  .output(ZDeleteWorkspaceOutput)
  .mutation(({ ctx, input }) => deleteWorkspace({ actor: ctx.actor, workspaceId: input.workspaceId }));
