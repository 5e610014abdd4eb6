import { AppError } from "@/lib/errors";
import { MEMBER_ROLES, type MemberRole, type Permission } from "@/lib/permissions";

/** Where a request came from; kept on the actor for the audit trail. */
export type RequestInfo = { ip: string | null; userAgent: string | null };

export type ActorUser = {
  id: string;
  name: string;
  email: string;
  username: string;
  system: boolean;
};

/** Who is calling, however they called: a session cookie, a session token or an API key. */
export type Identity = {
  user: ActorUser;
  sessionId: string | null;
  apiKey: { id: string; permissions: Permission[] | null } | null;
  membership: { id: string; organizationId: string; role: MemberRole } | null;
  request: RequestInfo;
};

/** An identity acting inside one organization, with its effective permissions. */
export type Actor = Omit<Identity, "membership"> & {
  membership: NonNullable<Identity["membership"]>;
  organizationId: string;
  permissions: ReadonlySet<Permission>;
};

export const can = (actor: Actor, permission: Permission) => actor.permissions.has(permission);

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError("FORBIDDEN", `This needs the ${permission} permission`);
  }
}

export const asRole = (role: string): MemberRole =>
  (MEMBER_ROLES as readonly string[]).includes(role) ? (role as MemberRole) : "member";
