import { createAccessCache } from "@/server/actor/access-cache";
import { sql } from "@/server/db";

// Group and workspace names by id, cached per instance beside the access caches: a page of members
// names each member's groups and workspaces, and reading the names from the group and workspace
// rows for every member costs half of that page's SQL. A rename empties these caches as it empties
// the access caches (here at once, on other instances by notification), and ids are never reused.

export type GroupName = { name: string; gid: number };
export type Names = { groups: Map<string, GroupName>; workspaces: Map<string, string> };

const groupNames = createAccessCache<GroupName>();
const workspaceNames = createAccessCache<string>();

/**
 * The names of these groups and workspaces: cached ones at once, the rest in one statement. An id
 * that no longer exists (deleted meanwhile) is missing from the answer.
 */
export async function groupAndWorkspaceNames(groupIds: Iterable<string>, workspaceIds: Iterable<string>): Promise<Names> {
  const names: Names = { groups: new Map(), workspaces: new Map() };
  const missing = { groups: fromCache(groupNames, groupIds, names.groups), workspaces: fromCache(workspaceNames, workspaceIds, names.workspaces) };
  if (missing.groups.size === 0 && missing.workspaces.size === 0) return names;

  const generation = groupNames.generation();
  const { rows } = await sql.query<{ kind: "group" | "workspace"; id: string; name: string; gid: number }>(
    `SELECT 'group' AS kind, id, name, gid FROM "group" WHERE id = ANY ($1::text[])
     UNION ALL SELECT 'workspace', id, name, 0 FROM workspace WHERE id = ANY ($2::text[])`,
    [[...missing.groups], [...missing.workspaces]],
  );
  for (const { kind, id, name, gid } of rows) {
    if (kind === "workspace") {
      names.workspaces.set(id, name);
      workspaceNames.set(id, name, generation);
    } else {
      names.groups.set(id, { name, gid });
      groupNames.set(id, { name, gid }, generation);
    }
  }
  return names;
}

/** Copies the cached entries of `ids` into `found`; answers the ids the cache lacks. */
function fromCache<T>(cache: ReturnType<typeof createAccessCache<T>>, ids: Iterable<string>, found: Map<string, T>): Set<string> {
  const missing = new Set<string>();
  for (const id of ids) {
    const value = cache.get(id);
    if (value === undefined) missing.add(id);
    else found.set(id, value);
  }
  return missing;
}
