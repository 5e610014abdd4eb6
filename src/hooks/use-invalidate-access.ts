"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/trpc/react";

/**
 * After a change to people, groups or workspaces: refetch what shows them. One change touches
 * several views (a group's member count, the member's Groups column, workspace grant counts, the
 * audit trail), and only the queries on screen refetch, so invalidating all four is cheap and right.
 */
export function useInvalidateAccess() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        [trpc.user.pathKey(), trpc.group.pathKey(), trpc.workspace.pathKey(), trpc.audit.pathKey()].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
    [trpc, queryClient],
  );
}
