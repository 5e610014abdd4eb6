import { describeScope } from "@/lib/describe-access";
import type { RosterOutputs } from "@/sdk";
import { list, orDash, yesNo, type Column, type ItemView, type ListView } from "./output";

// What each command prints. The JSON field names are the command's contract with scripts.

type Member = RosterOutputs["user"]["all"][number];
type MemberDetail = RosterOutputs["user"]["one"];
type Group = RosterOutputs["group"]["list"][number];
type GroupDetail = RosterOutputs["group"]["get"];
type Workspace = RosterOutputs["workspace"]["list"][number];
type Organization = RosterOutputs["organization"]["list"][number];
type ApiKey = RosterOutputs["user"]["listApiKeys"][number];
type AuditEvent = RosterOutputs["audit"]["list"]["items"][number];

const fullName = (m: Pick<Member, "firstName" | "lastName" | "name">) => [m.firstName, m.lastName].filter(Boolean).join(" ") || m.name;
/** The headline access, with the grants when they are per workspace: "Per workspace: ops:developer". */
const accessText = (a: Member["access"]) => (a.workspaces.length ? `${a.label}: ${a.workspaces.map((w) => `${w.name}:${w.role}`).join(",")}` : a.label);
const status = (m: Pick<Member, "enabled" | "system">) => `${m.enabled ? "yes" : "NO (disabled)"}${m.system ? " [system]" : ""}`;

export const userJson = (m: Member) => ({
  id: m.userId,
  username: m.username,
  name: m.name,
  firstName: m.firstName,
  lastName: m.lastName,
  email: m.email,
  role: m.role,
  access: { kind: m.access.kind, label: m.access.label, scope: m.access.scope, workspaces: m.access.workspaces.map((w) => ({ workspace: w.name, role: w.role })) },
  enabled: m.enabled,
  system: m.system,
  groups: m.groups.map((g) => g.name),
  createdAt: m.createdAt,
});

const userFields = (m: Member): [string, string][] => [
  ["Full name", orDash(fullName(m))],
  ["Email", m.email],
  ["Access", `${m.access.label} (${m.access.scope})`],
  ["Groups", list(m.groups.map((g) => g.name))],
  ["Enabled", status(m)],
];

export const userList: ListView<Member> = {
  columns: [
    ["USERNAME", (m) => m.username],
    ["FULL NAME", (m) => orDash(fullName(m))],
    ["GROUPS", (m) => list(m.groups.map((g) => g.name))],
    ["EMAIL", (m) => m.email],
    ["ACCESS", (m) => accessText(m.access)],
    ["ENABLED", status],
  ] satisfies Column<Member>[],
  json: userJson,
  pretty: (m) => ({ title: m.username, fields: userFields(m) }),
  empty: "No users match.",
};

const workspaceAccessText = (a: MemberDetail["workspaceAccess"]) =>
  a.all ? `${a.role} in all workspaces` : [`${a.role} in the default workspace`, ...a.grants.map((g) => `${g.role} in ${g.workspace}`)].join(", ");

export const userDetail: ItemView<MemberDetail> = {
  json: (d) => ({
    ...userJson(d),
    workspaceAccess: { all: d.workspaceAccess.all, role: d.workspaceAccess.role, grants: d.workspaceAccess.grants.map((g) => ({ workspace: g.workspace, role: g.role })) },
    permissions: d.effectivePermissions.map((p) => ({ permission: p.permission, scope: describeScope(p.scope) })),
    lockedUntil: d.lockedUntil,
  }),
  pretty: (d) => ({
    title: d.username,
    fields: [
      ["Id", d.userId],
      ...userFields(d),
      ["Workspaces", workspaceAccessText(d.workspaceAccess)],
      ["Permissions", list([...new Set(d.effectivePermissions.map((p) => p.permission))])],
      ...(d.lockedUntil ? ([["Locked until", d.lockedUntil]] as [string, string][]) : []),
      ["Created", d.createdAt],
    ],
  }),
};

const groupJson = (g: Group) => ({
  id: g.id,
  name: g.name,
  gid: g.gid,
  description: g.description,
  memberCount: g.memberCount,
  memberCountExact: g.memberCountExact,
  members: g.members.map((m) => m.username),
  workspaceRole: g.workspaceRole,
  permissions: g.grants,
  createdAt: g.createdAt,
});

export const groupList: ListView<Group> = {
  columns: [
    ["NAME", (g) => g.name],
    ["GID", (g) => String(g.gid)],
    ["USERS", (g) => list(g.members.map((m) => m.username)) + (g.memberCount > g.members.length ? ` (+${g.memberCount - g.members.length}${g.memberCountExact ? "" : " or more"})` : "")],
    ["DESCRIPTION", (g) => orDash(g.description)],
  ],
  json: groupJson,
  pretty: (g) => ({ title: g.name, fields: [["GID", String(g.gid)], ["Users", list(g.members.map((m) => m.username))], ["Description", orDash(g.description)]] }),
  empty: "No groups.",
};

export const groupDetail: ItemView<GroupDetail> = {
  json: (g) => ({ ...groupJson(g), workspaceGrants: g.workspaceGrants.map((w) => ({ workspace: w.workspace, role: w.role })) }),
  pretty: (g) => ({
    title: g.name,
    fields: [
      ["Id", g.id],
      ["GID", String(g.gid)],
      ["Description", orDash(g.description)],
      ["Users", list(g.members.map((m) => m.username))],
      ["Permissions", list(g.grants)],
      ["Workspace role", orDash(g.workspaceRole)],
      ["Workspace grants", list(g.workspaceGrants.map((w) => `${w.workspace}:${w.role}`))],
    ],
  }),
};

const workspaceJson = (w: Workspace) => ({
  id: w.id,
  name: w.name,
  description: w.description,
  memberGrantCount: w.memberGrantCount,
  groupGrantCount: w.groupGrantCount,
  createdAt: w.createdAt,
});

export const workspaceList: ListView<Workspace> = {
  columns: [
    ["NAME", (w) => w.name],
    ["MEMBERS", (w) => String(w.memberGrantCount)],
    ["GROUPS", (w) => String(w.groupGrantCount)],
    ["DESCRIPTION", (w) => orDash(w.description)],
  ],
  json: workspaceJson,
  pretty: (w) => ({ title: w.name, fields: [["Members granted", String(w.memberGrantCount)], ["Groups granted", String(w.groupGrantCount)], ["Description", orDash(w.description)]] }),
  empty: "No workspaces.",
};

const organizationJson = (o: Organization) => ({
  id: o.id,
  name: o.name,
  slug: o.slug,
  role: o.role,
  active: o.active,
  invitationExpiresIn: o.invitationExpiresIn,
  createdAt: o.createdAt,
});

export const organizationList: ListView<Organization> = {
  columns: [
    ["NAME", (o) => o.name],
    ["SLUG", (o) => o.slug],
    ["ROLE", (o) => o.role],
    ["ACTIVE", (o) => (o.active ? "yes" : "")],
  ],
  json: organizationJson,
  pretty: (o) => ({ title: `${o.name}${o.active ? " (active)" : ""}`, fields: [["Slug", o.slug], ["Your role", o.role], ["Id", o.id]] }),
  empty: "No organizations.",
};

// A key's metadata only: its secret is shown once, by `apikey create`, and never stored here.
const apiKeyJson = (k: ApiKey) => ({
  id: k.id,
  name: k.name,
  start: k.start,
  owner: k.owner.username,
  enabled: k.enabled,
  permissions: k.permissions,
  expiresAt: k.expiresAt,
  lastUsedAt: k.lastUsedAt,
  createdAt: k.createdAt,
});

export const apiKeyList: ListView<ApiKey> = {
  columns: [
    ["ID", (k) => k.id],
    ["NAME", (k) => orDash(k.name)],
    ["STARTS WITH", (k) => orDash(k.start)],
    ["OWNER", (k) => k.owner.username],
    ["EXPIRES", (k) => k.expiresAt ?? "never"],
    ["LAST USED", (k) => k.lastUsedAt ?? "never"],
    ["SCOPE", (k) => (k.permissions ? k.permissions.join(",") : "all of the owner's")],
  ],
  json: apiKeyJson,
  pretty: (k) => ({
    title: orDash(k.name),
    fields: [
      ["Id", k.id],
      ["Starts with", orDash(k.start)],
      ["Owner", k.owner.username],
      ["Enabled", yesNo(k.enabled)],
      ["Expires", k.expiresAt ?? "never"],
      ["Last used", k.lastUsedAt ?? "never"],
      ["Scope", k.permissions ? k.permissions.join(",") : "all of the owner's permissions"],
    ],
  }),
  empty: "No API keys.",
};

const target = (e: AuditEvent) => [e.target.type, e.target.name ?? e.target.id].filter(Boolean).join(" ");

export const auditList: ListView<AuditEvent> = {
  columns: [
    ["SEQ", (e) => String(e.seq)],
    ["TIME", (e) => e.createdAt],
    ["ACTOR", (e) => e.actor.name],
    ["ACTION", (e) => e.action],
    ["TARGET", target],
  ],
  json: (e) => ({
    id: e.id,
    seq: e.seq,
    createdAt: e.createdAt,
    actor: e.actor,
    apiKeyId: e.apiKeyId,
    action: e.action,
    target: e.target,
    before: e.before,
    after: e.after,
    ip: e.ip,
  }),
  pretty: (e) => ({
    title: `#${e.seq} ${e.action}`,
    fields: [
      ["Time", e.createdAt],
      ["Actor", e.actor.name],
      ["Target", orDash(target(e))],
      ["Address", orDash(e.ip)],
    ],
  }),
  empty: "No audit events match.",
};
