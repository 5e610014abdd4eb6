import { ZGetGroupInput, ZGroupDetail } from "@/lib/schemas/group";
import { getGroup } from "@/server/services/groups/get-group";
import { protectedProcedure } from "../../trpc";

export const get = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/group.get",
      tags: ["group"],
      summary: "One group by id or name, with its grants and a page of its members (group:read)",
      description:
        "Members come in the order they joined the group, `limit` at a time (default 100). Keyset paging: pass `nextCursor` " +
        "as `cursor` for the next page; it is null at the last page. `memberCount` is exact up to 10,000 (`memberCountExact`).",
      protect: true,
    },
  })
  .input(ZGetGroupInput)
  .output(ZGroupDetail)
  .query(({ ctx, input }) => getGroup({ actor: ctx.actor, groupId: input.groupId, cursor: input.cursor, limit: input.limit }));
