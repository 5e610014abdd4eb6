import type { SortOrder } from "@/components/common/sortable-head";
import type { TListGroupsInput } from "@/lib/schemas/group";

export type GroupSort = { by: TListGroupsInput["sort"]; order: SortOrder };

export const DEFAULT_GROUP_SORT: GroupSort = { by: "name", order: "asc" };

/** group.list's input for the Groups tab; the server page prefetches the same one, so the keys match. */
export function groupsListInput(search: string, sort: GroupSort) {
  return { sort: sort.by, order: sort.order, ...(search.trim() ? { search: search.trim() } : {}) };
}
