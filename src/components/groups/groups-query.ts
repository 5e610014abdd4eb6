import type { SortOrder } from "@/components/common/sortable-head";
import type { ParamReader } from "@/components/users/users-query";
import type { TGroupSummary, TListGroupsInput } from "@/lib/schemas/group";

export type GroupSort = { by: TListGroupsInput["sort"]; order: SortOrder };

export const DEFAULT_GROUP_SORT: GroupSort = { by: "name", order: "asc" };

/** The Groups tab's URL keys (beside the Users tab's on the same page): its search and its sort. */
export const GROUP_PARAMS = { search: "gq", sort: "sort", order: "order" } as const;

const SORTS: readonly GroupSort["by"][] = ["name", "gid", "members"];

/** The search and sort a URL asks for; anything unknown falls back to name, ascending. */
export function groupsViewFromParams(params: ParamReader): { search: string; sort: GroupSort } {
  const by = params.get(GROUP_PARAMS.sort) as GroupSort["by"];
  return {
    search: params.get(GROUP_PARAMS.search) ?? "",
    sort: { by: SORTS.includes(by) ? by : DEFAULT_GROUP_SORT.by, order: params.get(GROUP_PARAMS.order) === "desc" ? "desc" : "asc" },
  };
}

/** The URL changes that show `sort` (the default leaves the URL). */
export const groupSortParams = (sort: GroupSort) => ({
  [GROUP_PARAMS.sort]: sort.by === DEFAULT_GROUP_SORT.by ? null : sort.by,
  [GROUP_PARAMS.order]: sort.order === "asc" ? null : sort.order,
});

/** group.list's input for the Groups tab; the server page prefetches the same one, so the keys match. */
export function groupsListInput(search: string, sort: GroupSort) {
  return { sort: sort.by, order: sort.order, ...(search.trim() ? { search: search.trim() } : {}) };
}

export const GROUP_MEMBERS_PAGE_SIZE = 50;

/** group.get's input for one page of a group's members; the server page prefetches the same one, so the keys match. */
export const groupPageInput = (groupId: string, cursor: string | undefined) => ({
  groupId,
  limit: GROUP_MEMBERS_PAGE_SIZE,
  ...(cursor ? { cursor } : {}),
});

type Counted = Pick<TGroupSummary, "memberCount" | "memberCountExact">;

/** "2,500", or "10,000+" past what is counted exactly. */
export const memberCountText = (group: Counted) => `${group.memberCount.toLocaleString("en")}${group.memberCountExact ? "" : "+"}`;

/** "1 member", "2,500 members", or "10,000+ members" past what is counted exactly. */
export const membersText = (group: Counted) => `${memberCountText(group)} ${group.memberCount === 1 && group.memberCountExact ? "member" : "members"}`;
