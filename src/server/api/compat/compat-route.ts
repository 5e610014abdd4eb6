import { z } from "zod";
import type { AnyTRPCRouter } from "@trpc/server";
import type { errorResponseParts } from "../errors";

// Roster also answers other systems' own paths (Dagu's /api/v1, Conductor's /api/users and
// /api/groups). Each such adapter is a table of routes onto procedures of its own router, built
// from the same procedure builders as Roster's (sign-in, input guard, metrics, error translation),
// and calling the same services. The table drives both the routing and the OpenAPI document.

export type CompatMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type CompatRoute = {
  method: CompatMethod;
  /** Under the adapter's base, with `{name}` for each path parameter: "/users/{userId}". */
  path: string;
  /** The procedure in the adapter's router: "dagu.createUser". */
  procedure: string;
  /** The success status: 200 unless said; 204 sends no body. */
  status?: 200 | 201 | 204;
  /** Whether the route reads a JSON body (routes without one ignore whatever is sent). */
  body?: boolean;
  /** Needs no credential. */
  public?: boolean;
  summary: string;
  description?: string;
};

export type CompatAdapter = {
  /** Where its paths start on this server ("/api/v1"). */
  basePath: string;
  /** The OpenAPI tag its operations are listed under. */
  tag: string;
  tagDescription: string;
  routes: readonly CompatRoute[];
  router: AnyTRPCRouter;
  /** The name of its error body in the OpenAPI document, and that body's schema. */
  error: { name: string; schema: z.ZodType; body: (parts: ReturnType<typeof errorResponseParts>) => unknown };
  /** The OpenAPI security requirement of its non-public routes. */
  security: Record<string, string[]>[];
};

/**
 * A route's procedure input: the path parameters and, for routes with one, the JSON body, each
 * checked by its own schema. Kept apart so a body can never stand in for a path parameter.
 */
export function compatInput<P extends z.ZodObject = z.ZodObject<Record<string, never>>, B extends z.ZodType = z.ZodOptional<z.ZodUndefined>>(
  parts: { params?: P; body?: B } = {},
) {
  return z
    .object({
      params: (parts.params ?? z.object({}).strict()) as P,
      body: (parts.body ?? z.undefined().optional()) as B,
    })
    .strict();
}
