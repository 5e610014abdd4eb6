import type { WorkspaceRole } from "./permissions";

const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** An invitation's access in words, as its email and its accept page list it. */
export function describeInvitationAccess(access: {
  memberRole: string;
  workspaceRole: WorkspaceRole;
  allWorkspaces: boolean;
  grants: readonly { workspace: string; role: WorkspaceRole }[];
  groups: readonly string[];
}): string[] {
  const lines: string[] = [];
  if (access.memberRole === "admin") lines.push("Administrator of the organization");
  else if (access.allWorkspaces) lines.push(`${title(access.workspaceRole)} in all workspaces`);
  else {
    lines.push(`${title(access.workspaceRole)} in the default workspace`);
    for (const grant of access.grants) lines.push(`${title(grant.role)} in workspace ${grant.workspace}`);
  }
  if (access.groups.length) lines.push(`Groups: ${[...access.groups].sort().join(", ")}`);
  return lines;
}
