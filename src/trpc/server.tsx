import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import type { Viewer } from "@/lib/viewer";
import { toActor } from "@/server/actor/resolve-actor";
import { createContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { makeQueryClient } from "./query-client";

// Server components call procedures in-process, with the same context as HTTP callers.
const createRscContext = cache(async () => createContext({ headers: new Headers(await headers()) }));

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({ ctx: createRscContext, router: appRouter, queryClient: getQueryClient });

/** A direct caller for server components that need the data itself (not only to prefetch). */
export const serverCaller = async () => appRouter.createCaller(await createRscContext());

/** The signed-in viewer's role and permissions (null when signed out); reuses the request's identity. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const identity = await (await createRscContext()).identity().catch(() => null);
  if (!identity?.membership) return null;
  const actor = toActor(identity);
  return { userId: actor.user.id, role: actor.membership.role, permissions: [...actor.permissions] };
});

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}
