import { createTRPCClient, httpBatchLink, type TRPCClient, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import { toRosterError } from "./roster-error";
import type { AppRouter } from "./router";

export type RosterClientOptions = {
  /** Where Roster runs, e.g. `https://roster.example.com` (the tRPC endpoint is `<baseUrl>/api/trpc`). */
  baseUrl: string;
  /** An API key or a session token, sent as `Authorization: Bearer …`. */
  apiKey?: string;
  sessionToken?: string;
  /** A fetch to use instead of the global one (a proxy agent, a test double, an instrumented fetch). */
  fetch?: typeof globalThis.fetch;
  /** Headers added to every request, e.g. an `X-Request-Id` of your own. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
};

export type RosterClient = TRPCClient<AppRouter>;

/** Rejects every failed call with a RosterError (code, status, fieldErrors) instead of a bare tRPC error. */
const rosterErrors: TRPCLink<AppRouter> = () => ({ next, op }) =>
  observable((observer) =>
    next(op).subscribe({
      next: (value) => observer.next(value),
      complete: () => observer.complete(),
      error: (error) => observer.error(toRosterError(error, op.path)),
    }),
  );

/** The trimmed address without a trailing slash, so `https://host/` and `https://host` both work. */
export const normalizeBaseUrl = (baseUrl: string) => baseUrl.trim().replace(/\/+$/, "");

/**
 * A client typed from Roster's router: `roster.user.all.query({ search: "jo" })`,
 * `roster.user.createApiKey.mutate({ name: "ci" })`. Calls made together go in one HTTP request.
 */
export function createRosterClient(options: RosterClientOptions): RosterClient {
  if (options.apiKey && options.sessionToken) throw new TypeError("Pass either apiKey or sessionToken, not both");
  const credential = options.apiKey ?? options.sessionToken;
  return createTRPCClient<AppRouter>({
    links: [
      rosterErrors,
      httpBatchLink({
        url: `${normalizeBaseUrl(options.baseUrl)}/api/trpc`,
        fetch: options.fetch,
        // Long batched GETs are split rather than refused by proxies.
        maxURLLength: 4000,
        headers: async () => {
          const extra = typeof options.headers === "function" ? await options.headers() : (options.headers ?? {});
          return credential ? { ...extra, authorization: `Bearer ${credential}` } : extra;
        },
      }),
    ],
  });
}
