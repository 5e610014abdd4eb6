import { ACCESS_KINDS, type AccessKind } from "@/lib/access-summary";
import type { TListMembersInput } from "@/lib/schemas/user";

export const USERS_PAGE_SIZE = 50;

export type UsersFilters = { search: string; access: AccessKind | "all"; status: "enabled" | "disabled" | "all" };

export const NO_FILTERS: UsersFilters = { search: "", access: "all", status: "all" };

/** Reads a query parameter, from the browser's URLSearchParams or a server page's searchParams. */
export type ParamReader = { get(key: string): string | null };

/** The URL keys of the Users tab: its filters (`q` for the search, else the filter's own name) and its pages. */
const paramOf = (key: string) => (key === "search" ? "q" : key);
export const USERS_PAGES_PARAM = "after";

/** The filters a URL asks for; unknown access kinds and statuses fall back to all. */
export function usersFiltersFromParams(params: ParamReader): UsersFilters {
  const filters: Record<string, string> = { ...NO_FILTERS };
  for (const key of Object.keys(NO_FILTERS)) filters[key] = params.get(paramOf(key)) ?? filters[key]!;
  if (!(ACCESS_KINDS as readonly string[]).includes(filters.access!)) filters.access = "all";
  if (filters.status !== "enabled" && filters.status !== "disabled") filters.status = "all";
  return filters as UsersFilters;
}

/** The URL changes that show `filters` (defaults leave the URL). */
export const usersFilterParams = (filters: UsersFilters): Record<string, string | null> =>
  Object.fromEntries(Object.entries(filters).map(([key, value]) => [paramOf(key), value === NO_FILTERS[key as keyof UsersFilters] ? null : value.trim()]));

/** The cursors of the pages before the one shown, from `?after=a,b,c` (Previous drops the last). */
export const cursorsFromParams = (params: ParamReader): string[] => (params.get(USERS_PAGES_PARAM) ?? "").split(",").filter(Boolean).slice(0, 500);

/** A server page's searchParams as a reader: the first value of each key. */
export const paramReader = (record: Record<string, string | string[] | undefined>): ParamReader => ({
  get: (key) => [record[key]].flat()[0] ?? null,
});

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
