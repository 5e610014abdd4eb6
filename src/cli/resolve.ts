import type { RosterClient, RosterInputs, RosterOutputs } from "@/sdk";
import { isRosterError } from "@/sdk";
import { CliError, EXIT } from "./exit-codes";

export type Member = RosterOutputs["user"]["all"][number];
type MemberFilters = Omit<NonNullable<RosterInputs["user"]["all"]>, "cursor" | "limit">;

/**
 * Every item of a list the API pages by keyset (`cursor` = the last item's id), `pageSize` at a
 * time, up to `max`.
 */
export async function everyPage<T extends { id: string }>(
  fetchPage: (page: { limit: number; cursor?: string }) => Promise<T[]>,
  pageSize = 500,
  max = Infinity,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  while (items.length < max) {
    const page = await fetchPage({ limit: pageSize, cursor });
    items.push(...page);
    if (page.length < pageSize) break;
    cursor = page.at(-1)?.id;
  }
  return items.slice(0, max);
}

/** Every member matching the filters, following the API's keyset pages. */
export const listMembers = (client: RosterClient, filters: MemberFilters, pageSize = 500, max = Infinity): Promise<Member[]> =>
  everyPage((page) => client.user.all.query({ ...filters, ...page }), pageSize, max);

/** A member by username (or user id): the API takes ids, people type usernames. */
export async function findMember(client: RosterClient, ref: string): Promise<Member> {
  const wanted = ref.trim().toLowerCase();
  let cursor: string | undefined;
  for (;;) {
    const page = await client.user.all.query({ search: ref.trim(), limit: 200, cursor });
    const hit = page.find((m) => m.username.toLowerCase() === wanted || m.userId === ref);
    if (hit) return hit;
    if (page.length < 200) break;
    cursor = page.at(-1)?.id;
  }
  throw new CliError(`User "${ref}" not found`, EXIT.notFound);
}

export const findUserId = async (client: RosterClient, ref: string) => (await findMember(client, ref)).userId;

/** A group by name or id, with its first page of `limit` members; a 404 names what the user typed. */
export async function findGroup(client: RosterClient, ref: string, limit = 1) {
  return client.group.get.query({ groupId: ref, limit }).catch((error: unknown) => {
    if (isRosterError(error) && error.code === "NOT_FOUND") throw new CliError(`Group "${ref}" not found`, EXIT.notFound);
    throw error;
  });
}

/** A group with every member, following group.get's keyset pages (`nextCursor`). */
export async function findGroupWithMembers(client: RosterClient, ref: string, pageSize = 1000) {
  const group = await findGroup(client, ref, pageSize);
  const members = [...group.members];
  for (let cursor = group.nextCursor; cursor; ) {
    const page = await client.group.get.query({ groupId: group.id, cursor, limit: pageSize });
    members.push(...page.members);
    cursor = page.nextCursor;
  }
  return { ...group, members, memberCount: members.length, memberCountExact: true, nextCursor: null };
}

/** "alice,bob" → ["alice", "bob"]. */
export const splitList = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
