import type { RosterClient, RosterInputs, RosterOutputs } from "@/sdk";
import { isRosterError } from "@/sdk";
import { CliError, EXIT } from "./exit-codes";

export type Member = RosterOutputs["user"]["all"][number];
type MemberFilters = Omit<NonNullable<RosterInputs["user"]["all"]>, "cursor" | "limit">;

/** Every member matching the filters, following the API's keyset pages (`cursor` = last item's id). */
export async function listMembers(client: RosterClient, filters: MemberFilters, pageSize = 500, max = Infinity): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | undefined;
  while (members.length < max) {
    const page = await client.user.all.query({ ...filters, limit: pageSize, cursor });
    members.push(...page);
    if (page.length < pageSize) break;
    cursor = page.at(-1)?.id;
  }
  return members.slice(0, max);
}

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

/** A group by name or id; a 404 names what the user typed. */
export async function findGroup(client: RosterClient, ref: string) {
  return client.group.get.query({ groupId: ref }).catch((error: unknown) => {
    if (isRosterError(error) && error.code === "NOT_FOUND") throw new CliError(`Group "${ref}" not found`, EXIT.notFound);
    throw error;
  });
}

/** "alice,bob" → ["alice", "bob"]. */
export const splitList = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
