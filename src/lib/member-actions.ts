import type { MemberRole } from "./permissions";
import { viewerCan, type Viewer } from "./viewer";

export type MemberTarget = {
  userId: string;
  role: MemberRole;
  system: boolean;
  enabled: boolean;
  /** Organizations the account belongs to; a shared account's password and sign-in are not ours. */
  organizationCount?: number;
  /** Set while failed password attempts keep the account locked. */
  lockedUntil?: string | null;
};

/**
 * What the viewer may do to a member, mirroring the services' rules (which enforce them anyway):
 * - remove — member:delete, never the owner, not yourself, not a system user, admins only by the owner;
 * - assign permissions and transfer ownership — the owner only, to another, ordinary member;
 * - disable / enable, reset password, unlock — member:update, never yourself or the owner, admins
 *   only by the owner, and not for accounts shared with another organization; system users can be
 *   disabled but have no password; unlock only while the account is locked;
 * - sign out everywhere — member:update, someone else with sessions (not a system user);
 * - edit access (role, groups, workspaces) — member:update, not a system user (read-only), the
 *   owner's only by the owner; nobody changes their own role or the owner's;
 * - create API keys for a system user — owners and admins;
 * - audit trail — audit:read.
 */
export function memberActions(viewer: Viewer, target: MemberTarget) {
  const self = viewer.userId === target.userId;
  const owner = viewer.role === "owner";
  const ordinary = !self && !target.system && target.role !== "owner";
  const update = viewerCan(viewer, "member:update");
  // The hierarchy of the services' assertMayActOn, for someone else.
  const outranks = !self && target.role !== "owner" && (target.role !== "admin" || owner);
  const ownAccount = (target.organizationCount ?? 1) <= 1;
  const lifecycle = update && outranks && ownAccount;
  const editAccess = update && !target.system && (self ? true : outranks);
  return {
    remove: viewerCan(viewer, "member:delete") && ordinary && (target.role !== "admin" || owner),
    assignPermissions: owner && ordinary,
    transferOwnership: owner && ordinary && target.enabled,
    disable: lifecycle && target.enabled,
    enable: lifecycle && !target.enabled,
    resetPassword: lifecycle && !target.system,
    unlock: lifecycle && Boolean(target.lockedUntil),
    revokeSessions: update && outranks && !target.system,
    editAccess,
    changeRole: editAccess && !self && target.role !== "owner",
    createSystemKey: !self && target.system && (owner || viewer.role === "admin"),
    auditTrail: viewerCan(viewer, "audit:read"),
    /** Your own sessions are listed (session.list is only ever about the caller). */
    ownSessions: self,
    /** Why a lifecycle action is missing although the viewer could otherwise do it (shown as a hint). */
    sharedAccount: update && outranks && !ownAccount,
    /** Whose keys the viewer may list on this page: their own, or anyone's with apiKey:manage. */
    apiKeysScope: self ? ("mine" as const) : viewerCan(viewer, "apiKey:manage") ? ("organization" as const) : null,
  };
}

export type MemberActions = ReturnType<typeof memberActions>;
