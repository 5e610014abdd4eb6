// The one headline access label per person: what the Users table, its filter, the user page, the
// API (`access` of user.all / user.one) and the CLI all show. Pure, shared by server and UI.
import type { MemberRole, WorkspaceRole } from "./permissions";

/**
 * The kinds of headline access, which are also the values of user.all's `access` filter:
 * the organization roles owner and admin; a workspace role held in every workspace; roles in
 * selected workspaces only; or no workspace access at all.
 */
export const ACCESS_KINDS = ["owner", "admin", "manager", "developer", "operator", "viewer", "per-workspace", "none"] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export const ACCESS_LABELS: Record<AccessKind, string> = {
  owner: "Owner",
  admin: "Admin",
  manager: "Manager",
  developer: "Developer",
  operator: "Operator",
  viewer: "Viewer",
  "per-workspace": "Per workspace",
  none: "No access",
};

export type AccessWorkspace = { id: string; name: string; role: WorkspaceRole };

export type AccessSummary = {
  kind: AccessKind;
  label: string;
  /** The workspaces in plain words: "All workspaces, full access", "ops as developer, prod as viewer"… */
  scope: string;
  /** Selected workspaces and the role in each; empty unless `kind` is per-workspace. */
  workspaces: AccessWorkspace[];
};

/** A member's own access as stored: organization role, workspace role, all workspaces or grants. */
export type AccessInput = {
  role: MemberRole;
  workspaceRole: WorkspaceRole;
  allWorkspaces: boolean;
  workspaceGrants: AccessWorkspace[];
};

export const FULL_ACCESS = "All workspaces, full access";

/** The headline access of a member (see ACCESS_KINDS). Groups add to it; they do not change it. */
export function accessSummary(member: AccessInput): AccessSummary {
  if (member.role === "owner" || member.role === "admin") {
    return { kind: member.role, label: ACCESS_LABELS[member.role], scope: FULL_ACCESS, workspaces: [] };
  }
  if (member.allWorkspaces) {
    const kind = member.workspaceRole;
    return { kind, label: ACCESS_LABELS[kind], scope: `All workspaces as ${kind}`, workspaces: [] };
  }
  if (member.workspaceGrants.length === 0) {
    return { kind: "none", label: ACCESS_LABELS.none, scope: "No workspace", workspaces: [] };
  }
  const workspaces = [...member.workspaceGrants].sort((a, b) => a.name.localeCompare(b.name));
  return { kind: "per-workspace", label: ACCESS_LABELS["per-workspace"], scope: workspaces.map((w) => `${w.name} as ${w.role}`).join(", "), workspaces };
}
