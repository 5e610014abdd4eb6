import type { z } from "zod";
import type { ZEffectivePermission } from "./schemas/access";
import { MEMBER_FLAGS, PERMISSIONS, type MemberFlag } from "./permissions";

// Words for the access model, as the Users pages show it.

type Effective = z.infer<typeof ZEffectivePermission>;

export const describeScope = (scope: Effective["scope"]) => {
  switch (scope.type) {
    case "organization":
      return "Organization";
    case "allWorkspaces":
      return "All workspaces";
    case "defaultWorkspace":
      return "Default workspace";
    case "workspace":
      return `Workspace ${scope.workspaceName}`;
  }
};

export const describeSource = (source: Effective["sources"][number]) => {
  switch (source.kind) {
    case "role":
      return `Role ${source.role}`;
    case "grant":
      return source.flag ? `Flag ${source.flag}` : "Direct grant";
    case "group":
      return `Group ${source.groupName}`;
    case "workspaceRole":
      return `Workspace role ${source.role}${source.via === "member" ? "" : ` via group ${source.via.groupName}`}`;
  }
};

/** A flag's label: what its permission allows ("Create projects"). */
export const flagLabel = (flag: MemberFlag) => PERMISSIONS[MEMBER_FLAGS[flag]];
