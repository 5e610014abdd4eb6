import { AppError } from "@/lib/errors";
import type { TUpsertUserInput, TUpsertUserOutput } from "@/lib/schemas/user-admin";
import { accessForUserRole, userRoleForConductorRoles, type ConductorRole } from "@/lib/user-roles";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { assertMayGrant } from "@/server/services/access/assert-may-grant";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { uniqueViolation } from "@/server/services/db/unique-violation";
import { resolveGroups } from "@/server/services/groups/resolve-groups";
import { conductorView } from "./conductor-view";
import { insertUser } from "./insert-user";
import { updateMember } from "./update-member";
import { EMAIL_UNAVAILABLE } from "./user-conflict";
import { usernameForEmail } from "./username-for-email";

const ATTEMPTS = 3;

/**
 * Conductor's "create or update a user", keyed by email: creates the member, or sets
 * the name, role and (when given) groups of the existing one. Idempotent: the same call again
 * changes nothing and writes no audit event. Admins only (403 otherwise, as Conductor answers).
 * Roles map as CONDUCTOR_ROLES says; unknown groups are a 400 (never created on the fly).
 * An upserted user has no password until an administrator sets one (user.resetPassword).
 */
export async function upsertUser({ actor, input }: { actor: Actor; input: TUpsertUserInput }): Promise<TUpsertUserOutput> {
  requirePermission(actor, "member:update");
  const email = input.id.toLowerCase();
  const roles = input.roles as ConductorRole[];
  const role = userRoleForConductorRoles(roles);
  for (let attempt = 1; ; attempt++) {
    const existing = await db.user.findUnique({
      where: { email },
      select: { id: true, members: { where: { organizationId: actor.organizationId }, select: { role: true } } },
    });
    try {
      if (!existing) {
        const userId = await createFromUpsert(actor, input, email, role);
        return { ...(await conductorView(actor.organizationId, userId, roles)), created: true, changed: true };
      }
      const membership = existing.members[0];
      if (!membership) {
        // Someone this organization cannot see: say no more than that the address is not available.
        const message = `${EMAIL_UNAVAILABLE}: invite the person instead`;
        throw new AppError("CONFLICT", message, { fieldErrors: { id: [message] } });
      }
      // Roster's owner is an admin and more: ADMIN leaves them as they are.
      const keepsRole = membership.role === "owner" && role === "admin";
      const { changed } = await updateMember({
        actor,
        input: { userId: existing.id, name: input.name, role: keepsRole ? undefined : role, groups: input.groups },
        action: "user.upsert",
      });
      return { ...(await conductorView(actor.organizationId, existing.id, roles)), created: false, changed };
    } catch (error) {
      // Two upserts of one new email, or a derived username taken meanwhile: go again.
      if (uniqueViolation(error) !== null && !existing && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

async function createFromUpsert(actor: Actor, input: TUpsertUserInput, email: string, role: ReturnType<typeof userRoleForConductorRoles>) {
  requirePermission(actor, "member:create");
  const { memberRole, workspaceRole } = accessForUserRole(role);
  const groups = await resolveGroups(actor.organizationId, input.groups ?? []);
  assertMayGrant(actor, {
    memberRole,
    permissions: groups.flatMap((g) => g.grants),
    workspaceRoles: [workspaceRole, ...groups.flatMap((g) => [g.workspaceRole, ...g.grantRoles])],
  });
  const username = await usernameForEmail(email);
  return auditedTransaction(actor.organizationId, async (tx, audit) => {
    const { userId } = await insertUser(tx, actor.organizationId, {
      username,
      displayUsername: username,
      email,
      name: input.name,
      firstName: "",
      lastName: "",
      system: false,
      passwordHash: null,
      memberRole,
      workspaceRole: workspaceRole ?? "viewer",
      allWorkspaces: true,
      workspaceGrants: [],
      groupIds: groups.map((g) => g.id),
    });
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "user.upsert",
      target: { type: "user", id: userId, name: username },
      after: { created: true, email, username, name: input.name, roles: input.roles, role: memberRole, workspaceRole: workspaceRole ?? "viewer", groups: groups.map((g) => g.name).sort() },
    });
    return userId;
  });
}
