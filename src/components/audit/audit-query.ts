import { infiniteQueryOptions, type QueryClient } from "@tanstack/react-query";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { TAuditFilters } from "@/lib/schemas/audit";
import type { AppRouter } from "@/server/api/root";

export const AUDIT_PAGE_SIZE = 50;

/**
 * The audit log as an infinite query, newest first, a keyset page at a time. Each page is an
 * ordinary audit.list query: tRPC's own infiniteQueryOptions adds a `direction` field to the input,
 * which audit.list (strict, as every input here) refuses. The key sits under audit.list, so
 * invalidating the audit router refreshes it. Server pages prefetch the same options.
 */
export function auditPagesOptions(trpc: TRPCOptionsProxy<AppRouter>, queryClient: QueryClient, filters: TAuditFilters, limit = AUDIT_PAGE_SIZE) {
  const input = { ...filters, limit };
  return infiniteQueryOptions({
    queryKey: [...trpc.audit.list.queryKey(input), "pages"],
    queryFn: ({ pageParam }) =>
      queryClient.fetchQuery({ ...trpc.audit.list.queryOptions(pageParam ? { ...input, cursor: pageParam } : input), staleTime: 0 }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
