"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import type { TAuditFilters } from "@/lib/schemas/audit";
import { useTRPC } from "@/trpc/react";
import { AUDIT_PAGE_SIZE, auditPagesOptions } from "./audit-query";

/** The audit log, newest first, a keyset page at a time ("Load more" asks for the next one). */
export function useAuditPages(filters: TAuditFilters, limit = AUDIT_PAGE_SIZE) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useInfiniteQuery(auditPagesOptions(trpc, queryClient, filters, limit));
  return { ...query, events: query.data?.pages.flatMap((page) => page.items) };
}
