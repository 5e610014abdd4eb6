import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/actor/actor";
import { db } from "@/server/db";

type Target = { role: string; userId: string; user: { system: boolean } };

/**
 * The hierarchy for acting on another member (Dokploy's rules: only the owner removes or
 * demotes admins): the owner's account is the owner's alone, and only the owner acts on administrators.
 */
export function assertMayActOn(actor: Actor, target: Target, verb: string): void {
  const self = target.userId === actor.user.id;
  if (self) return;
  if (target.role === "owner") throw new AppError("FORBIDDEN", `Nobody else can ${verb} the organization owner`);
  if (target.role === "admin" && actor.membership.role !== "owner") throw new AppError("FORBIDDEN", `Only the owner can ${verb} administrators`);
}

/** System users are read-only through the ordinary user endpoints, as in the data platform's User Manager. */
export function assertNotSystem(target: Target, verb: string): void {
  if (target.user.system) throw new AppError("FORBIDDEN", `System users are read-only: they cannot ${verb} here`);
}

/**
 * A password, a disabled flag and a profile belong to the account, which may belong to other
 * organizations too: an administrator of one organization must not lock a person out of, or take
 * over their account in, another. Such changes are refused for accounts shared with another
 * organization (the person manages their own profile; the organization can remove its membership).
 */
export async function assertOnlyInThisOrganization(actor: Actor, userId: string, what: string): Promise<void> {
  const elsewhere = await db.member.count({ where: { userId, organizationId: { not: actor.organizationId } } });
  if (elsewhere) {
    throw new AppError("FORBIDDEN", `This account also belongs to another organization, so its ${what} is not this organization's to change`);
  }
}
