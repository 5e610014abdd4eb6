"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

const people = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "person" : "people"}`;

/** How many members the organization has (user.count): exact when small, "about 1,200 people" when large. */
export function MembersTotal() {
  const trpc = useTRPC();
  const query = useQuery(trpc.user.count.queryOptions());
  if (!query.data) return <span>…</span>;
  const { total, exact } = query.data;
  return <span data-testid="members-total">{exact ? `${people(total)} in all` : `About ${people(total)} in all`}</span>;
}
