import { MEMBER_ROLE_PERMISSIONS, type MemberRole, type Permission } from "@/lib/permissions";

type Input = {
  organizationId: string;
  memberId: string;
  role: MemberRole;
  /** An API key's scope: it can only narrow what its owner may do. */
  keyPermissions: Permission[] | null;
};

/** What a member may do: their role's permissions, narrowed by the API key's scope if any. */
export async function effectivePermissions({ role, keyPermissions }: Input): Promise<ReadonlySet<Permission>> {
  const granted = new Set<Permission>(MEMBER_ROLE_PERMISSIONS[role]);
  if (!keyPermissions) return granted;
  return new Set(keyPermissions.filter((p) => granted.has(p)));
}
