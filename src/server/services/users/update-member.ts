import { AppError } from "@/lib/errors";
import type { AuditAction } from "@/lib/audit-actions";
import { placeholderEmail } from "@/lib/placeholder-email";
import type { TMemberDetail } from "@/lib/schemas/user";
import type { TUpdateMemberInput } from "@/lib/schemas/user-admin";
import { accessForUserRole } from "@/lib/user-roles";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db, type Tx } from "@/server/db";
import { assertMayGrant } from "@/server/services/access/assert-may-grant";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction, type RecordAudit } from "@/server/services/audit/audited-transaction";
import { changedFields } from "@/server/services/audit/record-audit-event";
import { resolveGroups, type ResolvedGroup } from "@/server/services/groups/resolve-groups";
import { resolveWorkspaceGrants } from "@/server/services/workspaces/resolve-workspace-grants";
import { findMemberOrThrow } from "./find-member";
import { memberDetail } from "./get-member";
import { assertMayActOn, assertNotSystem, assertOnlyInThisOrganization } from "./manage-target";
import { loadAccessSnapshot, writeMemberAccess } from "./member-access";
import { assertUserAvailable, userConflict } from "./user-conflict";

type Target = Awaited<ReturnType<typeof findMemberOrThrow>>;
type Plan = {
  target: Target;
  access: ReturnType<typeof accessForUserRole> | null;
  groups?: ResolvedGroup[];
  email?: string;
  username?: string;
  /** The email is the new username's placeholder (see renamedPlaceholder). */
  emailFromUsername: boolean;
};

const PROFILE_SELECT = { name: true, firstName: true, lastName: true, email: true, username: true } as const;

/**
 * An administrator edits another member: profile (username included), role (within the rules), groups and workspace
 * access (`workspaceAccess` replaces it whole). System users are read-only here; nobody changes
 * the owner's role here (ownership moves with user.assignPermissions); only the owner edits
 * administrators or makes one. A call that changes nothing writes no audit event.
 */
export async function updateMember({ actor, input, action = "user.updateMember" }: { actor: Actor; input: TUpdateMemberInput; action?: AuditAction }) {
  const plan = await planUpdate(actor, input);
  try {
    const changed = await auditedTransaction(actor.organizationId, (tx, audit) => applyUpdate(tx, audit, actor, input, plan, action));
    if (changed) forgetCachedAccess();
    return { changed, member: await memberDetail(actor.organizationId, input.userId) };
  } catch (error) {
    userConflict(error, { emailFromUsername: plan.emailFromUsername });
  }
}

/** user.updateMember: the member after the change. */
export async function updateMemberDetail(args: { actor: Actor; input: TUpdateMemberInput }): Promise<TMemberDetail> {
  return (await updateMember(args)).member;
}

async function planUpdate(actor: Actor, input: TUpdateMemberInput): Promise<Plan> {
  requirePermission(actor, "member:update");
  const target = await findMemberOrThrow(actor, input.userId);
  assertNotSystem(target, "be edited");
  assertMayActOn(actor, target, "edit");
  const access = input.role ? accessForUserRole(input.role) : null;
  if (access && access.memberRole !== target.role) {
    if (target.role === "owner") throw new AppError("FORBIDDEN", "The owner's role cannot be changed here: the owner transfers ownership with user.assignPermissions");
    if (target.userId === actor.user.id) throw new AppError("FORBIDDEN", "You cannot change your own role");
  }
  const username = input.username?.toLowerCase();
  const profile = await db.user.findUniqueOrThrow({ where: { id: target.userId }, select: PROFILE_SELECT });
  const followed = renamedPlaceholder(profile, username, input.email?.toLowerCase());
  const email = followed ?? input.email?.toLowerCase();
  const profileChange = changedFields(profile, { name: input.name, firstName: input.firstName, lastName: input.lastName, email, username }).changed;
  if (profileChange) await assertOnlyInThisOrganization(actor, target.userId, "profile");
  const groups = input.groups ? await resolveGroups(actor.organizationId, input.groups) : undefined;
  const current = new Set((await db.groupMember.findMany({ where: { memberId: target.id }, select: { groupId: true } })).map((g) => g.groupId));
  const added = (groups ?? []).filter((g) => !current.has(g.id));
  assertMayGrant(actor, {
    memberRole: access && access.memberRole !== target.role ? access.memberRole : null,
    permissions: added.flatMap((g) => g.grants),
    workspaceRoles: [
      access?.workspaceRole,
      ...(input.workspaceAccess?.grants ?? []).map((g) => g.role),
      ...added.flatMap((g) => [g.workspaceRole, ...g.grantRoles]),
    ],
  });
  if (followed) await assertUserAvailable({ username, email: followed, emailFromUsername: true });
  else {
    if (email && email !== profile.email) await assertUserAvailable({ email });
    if (username && username !== profile.username) await assertUserAvailable({ username });
  }
  return { target, access, groups, email, username, emailFromUsername: followed !== undefined };
}

/**
 * A renamed account whose email is its old username's placeholder (it was created without one)
 * takes the new username's placeholder, unless it is given an email of its own: the placeholder
 * keeps following the username, so the old username is free again and a clash on a placeholder
 * always means its username is taken.
 */
function renamedPlaceholder(profile: { username: string; email: string }, username: string | undefined, email: string | undefined) {
  if (!username || username === profile.username) return undefined;
  if (profile.email !== placeholderEmail(profile.username) || (email && email !== profile.email)) return undefined;
  return placeholderEmail(username);
}

async function applyUpdate(tx: Tx, audit: RecordAudit, actor: Actor, input: TUpdateMemberInput, plan: Plan, action: AuditAction): Promise<boolean> {
  const { target, access } = plan;
  const beforeAccess = await loadAccessSnapshot(target.id, tx);
  const profile = await tx.user.findUniqueOrThrow({ where: { id: target.userId }, select: PROFILE_SELECT });
  const workspaceGrants = input.workspaceAccess
    ? await resolveWorkspaceGrants(actor.organizationId, input.workspaceAccess.all ? [] : (input.workspaceAccess.grants ?? []), "workspaceAccess.grants", tx)
    : undefined;
  if (access && access.memberRole !== target.role) {
    // Conditional on the role we checked: a concurrent ownership transfer cannot slip through.
    const moved = await tx.member.updateMany({ where: { id: target.id, role: target.role }, data: { role: access.memberRole } });
    if (!moved.count) throw new AppError("CONFLICT", "This member changed meanwhile; reload and try again");
  }
  await writeMemberAccess(tx, target.id, {
    workspaceRole: access?.workspaceRole,
    allWorkspaces: input.workspaceAccess?.all,
    workspaceGrants,
    groupIds: plan.groups?.map((g) => g.id),
  });
  const nameParts = input.firstName !== undefined || input.lastName !== undefined;
  const derived = `${input.firstName ?? profile.firstName} ${input.lastName ?? profile.lastName}`.trim();
  const profileDiff = changedFields(profile, {
    name: input.name ?? (nameParts && derived ? derived : undefined),
    firstName: input.firstName,
    lastName: input.lastName,
    email: plan.email,
    username: plan.username,
  });
  if (profileDiff.changed) {
    const emailChanged = "email" in profileDiff.after;
    // A new username keeps the spelling it was given for display, as user.create does.
    const usernameChanged = "username" in profileDiff.after;
    await tx.user.update({
      where: { id: target.userId },
      data: { ...profileDiff.after, ...(emailChanged ? { emailVerified: false } : {}), ...(usernameChanged ? { displayUsername: input.username } : {}) },
    });
  }
  const accessDiff = changedFields(beforeAccess, await loadAccessSnapshot(target.id, tx));
  if (!profileDiff.changed && !accessDiff.changed) return false;
  await audit(actor, {
    organizationId: actor.organizationId,
    action,
    target: { type: "user", id: target.userId, name: target.user.username },
    before: { ...profileDiff.before, ...accessDiff.before },
    after: { ...profileDiff.after, ...accessDiff.after },
  });
  return true;
}
