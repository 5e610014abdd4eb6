import { isPermission, type Permission } from "@/lib/permissions";

// A key's scope is stored as @better-auth/api-key stores permissions — statements, { resource:
// [actions] } — so the plugin reads the same rows; Roster works with the flat "resource:action" list.

export function encodeKeyPermissions(permissions: Permission[]): string {
  const statements: Record<string, string[]> = {};
  for (const permission of permissions) {
    const [resource, action] = permission.split(":") as [string, string];
    (statements[resource] ??= []).push(action);
  }
  return JSON.stringify(statements);
}

export function decodeKeyPermissions(raw: string | null): Permission[] | null {
  if (!raw) return null;
  const statements = JSON.parse(raw) as Record<string, string[]>;
  return Object.entries(statements)
    .flatMap(([resource, actions]) => actions.map((action) => `${resource}:${action}`))
    .filter(isPermission);
}
