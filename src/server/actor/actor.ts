import { AppError } from "@/lib/errors";
import { MEMBER_ROLES, WORKSPACE_ROLES, isPermission, type MemberRole, type Permission, type WorkspaceRole } from "@/lib/permissions";

/** Where a request came from; kept on the actor for the audit trail. */
export type RequestInfo = { ip: string | null; userAgent: string | null; requestId?: string | null };

export type ActorUser = {
  id: string;
  name: string;
  email: string;
  username: string;
  system: boolean;
};

/** The member row and what it needs to compute permissions without another query. */
export type Membership = {
  id: string;
  organizationId: string;
  role: MemberRole;
  grants: Permission[];
  workspaceRole: WorkspaceRole;
  groups: { grants: Permission[]; workspaceRole: WorkspaceRole | null }[];
};

/**
 * How the caller proved who they are. A cookie is the only one a browser sends on its own, so only
 * cookie-authenticated writes are held to the origin policy (origin-policy.ts).
 */
export type Credential = "cookie" | "sessionToken" | "apiKey";

/** Who is calling, however they called: a session cookie, a session token or an API key. */
export type Identity = {
  user: ActorUser;
  credential: Credential;
  sessionId: string | null;
  /** `restricted`: the key has a permission scope, a limit or an expiry (it is less than its owner). */
  apiKey: { id: string; permissions: Permission[] | null; restricted?: boolean } | null;
  membership: Membership | null;
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

/**
 * Self-service changes (your profile, password, your own keys) need no permission from a session or
 * a full key. A key narrowed to a permission scope (a read-only key) may do only what its scope
 * names: it must not change its owner's account or credentials.
 */
export function requireUnscopedKey(actor: Actor, action: string): void {
  if (actor.apiKey?.permissions) {
    throw new AppError("FORBIDDEN", `This API key is limited to its permissions: ${action} needs a session or a key without a permission scope`);
  }
}

export const asRole = (role: string): MemberRole =>
  (MEMBER_ROLES as readonly string[]).includes(role) ? (role as MemberRole) : "member";

export const asWorkspaceRole = (role: string | null | undefined): WorkspaceRole =>
  (WORKSPACE_ROLES as readonly string[]).includes(role ?? "") ? (role as WorkspaceRole) : "viewer";

export const asPermissions = (values: readonly string[] | null | undefined): Permission[] => (values ?? []).filter(isPermission);
