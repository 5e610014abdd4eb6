import { initTRPC, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { OpenApiMeta } from "trpc-to-openapi";
import type { Permission } from "@/lib/permissions";
import { requirePermission } from "@/server/actor/actor";
import { toActor } from "@/server/actor/resolve-actor";
import { recordRequest } from "@/server/services/metrics/registry";
import type { Context } from "./context";
import { fieldErrorsOf, toTRPCError } from "./errors";

const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error.cause);
      // Never send stack traces or internal messages to clients.
      const message = error.code === "INTERNAL_SERVER_ERROR" ? "Internal server error" : shape.message;
      const { stack: _stack, ...data } = shape.data;
      return { ...shape, message, data: { ...data, ...(fieldErrors ? { fieldErrors } : {}) } };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Around every procedure: domain errors thrown anywhere below become tRPC errors with the right
 * code, and the call is counted by procedure and status, with its latency, for /api/metrics.
 */
const translateAndMeasure = t.middleware(async ({ ctx, path, next }) => {
  const started = performance.now();
  let result = await next();
  if (!result.ok) {
    const translated = toTRPCError(result.error.cause);
    if (translated) result = { ...result, error: translated };
  }
  const status = result.ok ? 200 : getHTTPStatusCodeFromError(result.error);
  recordRequest(await ctx.resolvedOrganization(), path, status, (performance.now() - started) / 1000);
  return result;
});

export const publicProcedure = t.procedure.use(translateAndMeasure);

/** Signed in (session cookie, session token or API key) and a member of an organization. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const identity = await ctx.identity();
  if (!identity) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in, or send an API key as Authorization: Bearer <key>" });
  }
  return next({ ctx: { actor: await toActor(identity) } });
});

/** Signed in and holding `permission` in the active organization. */
export const permissionProcedure = (permission: Permission) =>
  protectedProcedure.use(({ ctx, next }) => {
    requirePermission(ctx.actor, permission);
    return next();
  });
