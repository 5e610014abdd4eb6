import { AppError } from "@/lib/errors";
import type { TUpsertGroupInput, TUpsertGroupOutput } from "@/lib/schemas/group";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { createGroup } from "./create-group";
import { updateGroup } from "./update-group";

/**
 * Creates the group named `name`, or updates the one that has that name (Conductor's
 * "create or update a group"): the rules, audit events and conflicts are create-group's and
 * update-group's. Idempotent: the same call again changes nothing and writes no event.
 */
export async function upsertGroup({ actor, input }: { actor: Actor; input: TUpsertGroupInput }): Promise<TUpsertGroupOutput> {
  requirePermission(actor, "group:manage");
  const { name, ...settings } = input;
  for (let attempt = 1; ; attempt++) {
    const existing = await db.group.findUnique({
      where: { organizationId_name: { organizationId: actor.organizationId, name } },
      select: { id: true },
    });
    if (existing) return { ...(await updateGroup({ actor, input: { groupId: existing.id, ...settings } })), created: false };
    try {
      return { ...(await createGroup({ actor, input: { name, ...settings } })), created: true };
    } catch (error) {
      // Two upserts of one new name race: the loser updates the winner's group.
      const nameTaken = error instanceof AppError && error.code === "CONFLICT" && Boolean(error.fieldErrors?.name);
      if (nameTaken && attempt < 2) continue;
      throw error;
    }
  }
}
