import type { AccessKind } from "@/lib/access-summary";
import type { TListMembersInput } from "@/lib/schemas/user";

export const USERS_PAGE_SIZE = 50;

export type UsersFilters = { search: string; access: AccessKind | "all"; status: "enabled" | "disabled" | "all" };

export const NO_FILTERS: UsersFilters = { search: "", access: "all", status: "all" };

/**
 * user.all's input for one page. One row more than a page is asked for, to know whether a next
 * page exists without counting (a count would scan 100,000 members; the keyset page does not).
 * The server page prefetches the first page with the same input, so the keys match.
 */
export function usersPageInput(filters: UsersFilters, cursor: string | undefined): TListMembersInput {
  return {
    limit: USERS_PAGE_SIZE + 1,
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.access !== "all" ? { access: filters.access } : {}),
    ...(filters.status !== "all" ? { status: filters.status } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

export type UserManagerTab = "users" | "groups" | "invitations";

/** The User Manager's open tab, from `?tab=`: Users unless it says groups or invitations. */
export const tabOf = (value: string | null | undefined): UserManagerTab => (value === "groups" || value === "invitations" ? value : "users");
