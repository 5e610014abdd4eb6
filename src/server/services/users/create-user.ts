import { hashPassword } from "better-auth/crypto";
import { fieldError } from "@/lib/errors";
import { placeholderEmail } from "@/lib/placeholder-email";
import type { TCreateUserInput } from "@/lib/schemas/user-admin";
import type { TMemberDetail } from "@/lib/schemas/user";
import { accessForUserRole } from "@/lib/user-roles";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { assertMayGrant } from "@/server/services/access/assert-may-grant";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { resolveGroups, type ResolvedGroup } from "@/server/services/groups/resolve-groups";
import { resolveWorkspaceGrants } from "@/server/services/workspaces/resolve-workspace-grants";
import { memberDetail } from "./get-member";
import { insertUser, type NewUser } from "./insert-user";
import { assertUserAvailable, userConflict } from "./user-conflict";

/**
 * An administrator creates a person directly (Dagu's and the data platform's Create User), or a
 * system user: a service account with no password that signs in only with API keys. Workspaces
 * and groups are named; unknown ones are a 400 naming them. Without an email the account gets a
 * placeholder address that can receive nothing (see placeholder-email.ts).
 */
export async function createUser({ actor, input }: { actor: Actor; input: TCreateUserInput }): Promise<TMemberDetail> {
  requirePermission(actor, "member:create");
  const { memberRole, workspaceRole } = accessForUserRole(input.role);
  const selected = input.workspaceAccess.all ? [] : (input.workspaceAccess.grants ?? []);
  const groups = await resolveGroups(actor.organizationId, input.groups ?? []);
  assertMayGrant(actor, {
    memberRole,
    permissions: groups.flatMap((g) => g.grants),
    workspaceRoles: [workspaceRole, ...selected.map((g) => g.role), ...groups.flatMap((g) => [g.workspaceRole, ...g.grantRoles])],
  });
  const username = input.username.toLowerCase();
  const email = (input.email ?? placeholderEmail(username)).toLowerCase();
  const candidate = { username, email, emailFromUsername: input.email === undefined };
  await assertUserAvailable(candidate);
  // Hash before the transaction: it is the slow part and needs no lock.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const firstName = input.firstName ?? "";
  const lastName = input.lastName ?? "";
  const name = input.name ?? (`${firstName} ${lastName}`.trim() || input.username);

  try {
    const userId = await auditedTransaction(actor.organizationId, async (tx, audit) => {
      // Read under the organization's lock: a setting changed a moment ago already applies.
      const settings = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { requireUserGroup: true } });
      if (settings.requireUserGroup && groups.length === 0) throw fieldError("groups", GROUP_REQUIRED);
      const workspaceGrants = await resolveWorkspaceGrants(actor.organizationId, selected, "workspaceAccess.grants", tx);
      const user: NewUser = {
        username,
        displayUsername: input.username,
        email,
        name,
        firstName,
        lastName,
        system: input.system,
        passwordHash,
        memberRole,
        workspaceRole: workspaceRole ?? "viewer",
        allWorkspaces: input.workspaceAccess.all,
        workspaceGrants,
        groupIds: groups.map((g) => g.id),
      };
      const created = await insertUser(tx, actor.organizationId, user);
      await audit(actor, {
        organizationId: actor.organizationId,
        action: "user.create",
        target: { type: "user", id: created.userId, name: username },
        after: createdFields(user, input.email === undefined, groups),
      });
      return created.userId;
    });
    return memberDetail(actor.organizationId, userId);
  } catch (error) {
    userConflict(error, candidate);
  }
}

export const GROUP_REQUIRED = "Choose at least one group: this organization requires every new user to be in one";

/** What the audit trail records of a new user: a list of fields, so a secret can never slip in. */
const createdFields = (user: NewUser, emailPlaceholder: boolean, groups: ResolvedGroup[]) => ({
  username: user.username,
  email: user.email,
  emailPlaceholder,
  name: user.name,
  firstName: user.firstName,
  lastName: user.lastName,
  system: user.system,
  role: user.memberRole,
  workspaceRole: user.workspaceRole,
  allWorkspaces: user.allWorkspaces,
  workspaceGrants: user.workspaceGrants.map((g) => ({ workspace: g.workspace, role: g.role })),
  groups: groups.map((g) => g.name).sort(),
});
