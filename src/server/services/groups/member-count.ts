import { Prisma } from "@/generated/prisma/client";
import { GROUP_MEMBERS_COUNTED } from "@/lib/schemas/group";

/**
 * The members of the group whose id is `groupId` (a value or a column), counted up to one past
 * GROUP_MEMBERS_COUNTED: a huge group costs no more than a 10,000-member one.
 */
export const cappedMemberCount = (groupId: Prisma.Sql | string) =>
  Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM group_member WHERE "groupId" = ${groupId} LIMIT ${GROUP_MEMBERS_COUNTED + 1}) counted)`;

/** The count as group.get and group.list answer it, from cappedMemberCount's. */
export const memberCountOf = (counted: number) => ({
  memberCount: Math.min(counted, GROUP_MEMBERS_COUNTED),
  memberCountExact: counted <= GROUP_MEMBERS_COUNTED,
});
