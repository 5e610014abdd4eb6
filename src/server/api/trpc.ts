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

/** Domain errors thrown anywhere below become tRPC errors with the right code. */
const translateErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const translated = toTRPCError(result.error.cause);
    if (translated) throw translated;
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Request counts and latency by procedure and status, for /api/metrics. */
const measure = t.middleware(async ({ ctx, path, next }) => {
  const started = performance.now();
  const result = await next();
  const status = result.ok ? 200 : getHTTPStatusCodeFromError(result.error);
  recordRequest(await ctx.resolvedOrganization(), path, status, (performance.now() - started) / 1000);
  return result;
});

export const publicProcedure = t.procedure.use(measure).use(translateErrors);

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
