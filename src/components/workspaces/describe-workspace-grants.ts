import type { TWorkspace } from "@/lib/schemas/workspace";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 member grants and 1 group grant": what deleting the workspace takes away. */
export function describeWorkspaceGrants(w: Pick<TWorkspace, "memberGrantCount" | "groupGrantCount">): string {
  const parts = [
    w.memberGrantCount ? count(w.memberGrantCount, "member grant", "member grants") : null,
    w.groupGrantCount ? count(w.groupGrantCount, "group grant", "group grants") : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" and ") : "no grants";
}
