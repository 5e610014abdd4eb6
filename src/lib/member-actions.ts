import type { MemberRole } from "./permissions";
import { viewerCan, type Viewer } from "./viewer";

export type MemberTarget = { userId: string; role: MemberRole; system: boolean; enabled: boolean };

/**
 * What the viewer may do to a member, mirroring the services' rules (which enforce them anyway):
 * remove — member:delete, never the owner, not yourself, not a system user, admins only by the owner;
 * assign permissions and transfer ownership — the owner only, to another, ordinary member.
 */
export function memberActions(viewer: Viewer, target: MemberTarget) {
  const self = viewer.userId === target.userId;
  const owner = viewer.role === "owner";
  const ordinary = !self && !target.system && target.role !== "owner";
  return {
    remove: viewerCan(viewer, "member:delete") && ordinary && (target.role !== "admin" || owner),
    assignPermissions: owner && ordinary,
    transferOwnership: owner && ordinary && target.enabled,
    /** Whose keys the viewer may list on this page: their own, or anyone's with apiKey:manage. */
    apiKeysScope: self ? ("mine" as const) : viewerCan(viewer, "apiKey:manage") ? ("organization" as const) : null,
  };
}
