// Test fixtures written straight to the database, with unique names, so test files never collide.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { MemberRole } from "@/lib/permissions";
import type { Actor, Identity } from "@/server/actor/actor";
import { loadMembership } from "@/server/actor/load-membership";
import { toActor } from "@/server/actor/resolve-actor";
import { db } from "@/server/db";
import { newMetricsTokenColumns } from "@/server/services/metrics/metrics-token";

let counter = 0;
export const unique = (stem: string) => `${stem}${Date.now().toString(36)}${(counter++).toString(36)}`;

export const DEFAULT_PASSWORD = "correct-horse-battery";
let defaultHash: Promise<string> | undefined;

/** An organization as Roster creates one: with its metrics token. */
export async function createOrganization(name = unique("org")) {
  return db.organization.create({ data: { id: randomUUID(), name, slug: unique("org-"), ...(await newMetricsTokenColumns()) } });
}

type MemberOptions = {
  role?: MemberRole;
  username?: string;
  password?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  system?: boolean;
  banned?: boolean;
};

/** A user with a password, member of `organizationId` with `role`. */
export async function createMember(organizationId: string, options: MemberOptions = {}) {
  const username = (options.username ?? unique("user")).toLowerCase();
  const password = options.password ?? DEFAULT_PASSWORD;
  const hash = options.password ? await hashPassword(password) : await (defaultHash ??= hashPassword(DEFAULT_PASSWORD));
  const userId = randomUUID();
  const user = await db.user.create({
    data: {
      id: userId,
      username,
      displayUsername: username,
      name: [options.firstName, options.lastName].filter(Boolean).join(" ") || username,
      firstName: options.firstName ?? "",
      lastName: options.lastName ?? "",
      email: options.email ?? `${username}@example.test`,
      system: options.system ?? false,
      banned: options.banned ?? false,
      role: "user",
      accounts: { create: { id: randomUUID(), accountId: userId, providerId: "credential", password: hash } },
    },
  });
  const member = await db.member.create({
    data: { id: randomUUID(), organizationId, userId, role: options.role ?? "member" },
  });
  return { user, member, password };
}

/** The actor a member would be when calling through a session. */
export async function actorFor(member: { id: string; userId: string; organizationId: string; role: string }, sessionId: string | null = null): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { id: member.userId } });
  const identity: Identity = {
    user: { id: user.id, name: user.name, email: user.email, username: user.username, system: user.system },
    credential: "cookie",
    sessionId,
    apiKey: null,
    membership: await loadMembership(member.userId, member.organizationId),
    request: { ip: "127.0.0.1", userAgent: "vitest" },
  };
  return toActor(identity);
}

/** An organization with an owner, an admin and a member. */
export async function createTeam() {
  const organization = await createOrganization();
  const owner = await createMember(organization.id, { role: "owner" });
  const admin = await createMember(organization.id, { role: "admin" });
  const member = await createMember(organization.id, { role: "member" });
  return { organization, owner, admin, member };
}
