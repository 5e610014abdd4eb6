// The permission catalog by area, as the dashboard groups it: administration of Roster itself,
// the platform's flags, and what a role allows inside workspaces.
import { ALL_PERMISSIONS, PERMISSIONS, isAdministration, isWorkspacePermission, type Permission } from "./permissions";

export type PermissionArea = { id: "administration" | "platform" | "workspaces"; title: string; hint: string };

export const PERMISSION_AREAS: readonly PermissionArea[] = [
  { id: "administration", title: "Administration", hint: "Managing people, groups, workspaces, keys, audit and settings" },
  { id: "platform", title: "Platform", hint: "Projects, services, environments, Docker, API, SSH keys, git, Traefik" },
  { id: "workspaces", title: "Workspaces", hint: "Workflows, in every workspace" },
];

export const areaOf = (permission: Permission): PermissionArea["id"] =>
  isAdministration(permission) ? "administration" : isWorkspacePermission(permission) ? "workspaces" : "platform";

export const permissionsOfArea = (area: PermissionArea["id"]) => ALL_PERMISSIONS.filter((p) => areaOf(p) === area);

/** Whether a search term matches a permission's name or its description (case-insensitive). */
export function permissionMatches(permission: Permission, term: string, extra = ""): boolean {
  const needle = term.trim().toLowerCase();
  if (!needle) return true;
  return [permission, PERMISSIONS[permission], extra].some((text) => text.toLowerCase().includes(needle));
}
