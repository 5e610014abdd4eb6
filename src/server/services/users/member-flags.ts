import { MEMBER_FLAGS, MEMBER_FLAG_NAMES, type Permission } from "@/lib/permissions";
import type { TMemberFlags } from "@/lib/schemas/access";

/** Dokploy's flags as seen from a member's grants. */
export function flagsOf(grants: readonly string[]): TMemberFlags {
  return Object.fromEntries(MEMBER_FLAG_NAMES.map((flag) => [flag, grants.includes(MEMBER_FLAGS[flag])])) as TMemberFlags;
}

/** The grants after setting the given flags on or off; other grants stay. */
export function applyFlags(grants: readonly string[], flags: Partial<TMemberFlags>): Permission[] {
  const next = new Set(grants as Permission[]);
  for (const flag of MEMBER_FLAG_NAMES) {
    const value = flags[flag];
    if (value === true) next.add(MEMBER_FLAGS[flag]);
    if (value === false) next.delete(MEMBER_FLAGS[flag]);
  }
  return [...next].sort();
}
