import type { MemberRole, Permission } from "./permissions";

/**
 * Who is looking at a page: their role and effective permissions in the active organization.
 * Pages use it to show only what the viewer may do; the procedures enforce the same rules anyway.
 */
export type Viewer = { userId: string; role: MemberRole; permissions: Permission[] };

export const viewerCan = (viewer: Viewer, permission: Permission) => viewer.permissions.includes(permission);
