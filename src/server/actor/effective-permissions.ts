import { baseline } from "@/lib/access";
import type { Permission } from "@/lib/permissions";
import type { Membership } from "@/server/actor/actor";

/**
 * What a member may do organization-wide and in the default workspace (role, grants, groups,
 * workspace role), narrowed by an API key's scope when the call carries one.
 */
export function actorPermissions(membership: Membership, keyPermissions: Permission[] | null): ReadonlySet<Permission> {
  const granted = baseline({ ...membership, allWorkspaces: true });
  if (!keyPermissions) return granted;
  return new Set(keyPermissions.filter((p) => granted.has(p)));
}
