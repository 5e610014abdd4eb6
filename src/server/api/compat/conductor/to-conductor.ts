import { conductorRole, conductorRolesFor, conductorRolesOfGroup } from "@/lib/conductor-roles";
import type { Permission, WorkspaceRole } from "@/lib/permissions";
import type { TConductorGroup, TConductorUser } from "@/lib/schemas/conductor";
import { userRoleOf } from "@/lib/user-roles";
import type { MemberAccess } from "@/server/services/users/list-member-access";

// Roster's members and groups as Conductor's API presents users and groups: Conductor's roles,
// each expanded to Conductor's permission names. A presentation only: nothing here is stored.

export function toConductorGroup(group: { name: string; description: string; grants: Permission[]; workspaceRole: WorkspaceRole | null }): TConductorGroup {
  return {
    id: group.name,
    description: group.description,
    roles: conductorRolesOfGroup(group).map(conductorRole),
    defaultAccess: {},
    contactInformation: {},
  };
}

export function toConductorUser(member: MemberAccess): TConductorUser {
  const role = userRoleOf({ role: member.role, workspaceAccess: { role: member.workspaceRole } });
  return {
    id: member.email,
    name: member.name,
    roles: conductorRolesFor(role).map(conductorRole),
    groups: member.groups.map(toConductorGroup),
    uuid: member.userId,
    contactInformation: {},
    applicationUser: member.system,
    // Orkes' own application kinds: Roster has none of them.
    orkesWorkersApp: false,
    orkesApiGateway: false,
    orkesApp: false,
  };
}
