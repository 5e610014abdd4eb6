import { describe, expect, it } from "vitest";
import { groupSortParams, groupsViewFromParams } from "@/components/groups/groups-query";
import { fullNameOf } from "@/components/users/user-names";
import { cursorsFromParams, NO_FILTERS, usersFilterParams, usersFiltersFromParams, usersPageInput } from "@/components/users/users-query";
import { roughly } from "@/server/services/users/count-members";

const reader = (query: string) => new URLSearchParams(query);

describe("the Users and Groups tabs' addresses", () => {
  it("reads the users' search, access, status and page cursors back from what it wrote", () => {
    const filters = { ...NO_FILTERS, search: "ada", access: "per-workspace" as const, status: "disabled" as const };
    const query = new URLSearchParams(Object.entries(usersFilterParams(filters)).filter((e): e is [string, string] => e[1] !== null));
    expect(query.toString()).toBe("q=ada&access=per-workspace&status=disabled");
    expect(usersFiltersFromParams(query)).toEqual(filters);
    expect(cursorsFromParams(reader("after=m1,m2"))).toEqual(["m1", "m2"]);
    expect(usersPageInput(usersFiltersFromParams(reader("q=ada&after=m1")), cursorsFromParams(reader("after=m1")).at(-1))).toMatchObject({
      search: "ada",
      cursor: "m1",
    });
  });

  it("falls back to no filter for an access kind or status it does not know, and leaves defaults out of the address", () => {
    expect(usersFiltersFromParams(reader("access=emperor&status=asleep"))).toEqual(NO_FILTERS);
    expect(Object.values(usersFilterParams(NO_FILTERS)).every((v) => v === null)).toBe(true);
    expect(groupsViewFromParams(reader("sort=color&order=sideways"))).toEqual({ search: "", sort: { by: "name", order: "asc" } });
    expect(groupsViewFromParams(reader("gq=ops&sort=gid&order=desc"))).toEqual({ search: "ops", sort: { by: "gid", order: "desc" } });
    expect(groupSortParams({ by: "name", order: "asc" })).toEqual({ sort: null, order: null });
  });
});

describe("what the Users table shows", () => {
  it("leaves Full Name empty rather than repeating the username", () => {
    expect(fullNameOf({ username: "deploy", name: "deploy", firstName: "", lastName: "" })).toBe("");
    expect(fullNameOf({ username: "ada", name: "Countess", firstName: "", lastName: "" })).toBe("Countess");
    expect(fullNameOf({ username: "ada", name: "ada", firstName: "Ada", lastName: "Lovelace" })).toBe("Ada Lovelace");
  });

  it("rounds an estimated total to two significant digits", () => {
    expect([1001, 1234, 1250, 98_765, 100_432].map(roughly)).toEqual([1000, 1200, 1300, 99_000, 100_000]);
  });
});
