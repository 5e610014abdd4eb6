import { initTRPC, TRPCError } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { assertAllowedOrigin } from "@/server/actor/origin-policy";
import { toActor } from "@/server/actor/resolve-actor";
import { requestLogger, requestStore } from "@/server/logger";
import { recordRequest } from "@/server/metrics-registry";
import type { Context } from "./context";
import { errorResponseParts, toTRPCError } from "./errors";
import { assertStorableInput } from "./input-guard";

const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    // tRPC's envelope keeps its JSON-RPC `code` number; `message` and `data` are Roster's error body.
    errorFormatter({ shape, error, path, ctx }) {
      const { body } = errorResponseParts(error, { path, requestId: ctx?.request.requestId });
      return { ...shape, message: body.message, data: { ...body.data, code: body.code } };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Around every procedure: whatever is thrown below becomes a tRPC error with the right code (a
 * defect is logged and answered as a 500), the request's log line learns the procedure and caller,
 * and the call is counted by procedure and status, with its latency, for /api/metrics.
 */
const translateAndMeasure = t.middleware(async ({ ctx, path, next }) => {
  const started = performance.now();
  const logFields = requestStore.getStore();
  if (logFields) logFields.procedure = path;
  let result = await next();
  if (!result.ok) {
    const error = toTRPCError(result.error);
    if (error.code === "INTERNAL_SERVER_ERROR") requestLogger().error({ procedure: path, err: error.cause ?? error }, "procedure failed");
    result = { ...result, error };
  }
  const status = result.ok ? 200 : errorResponseParts(result.error).status;
  const organizationId = await ctx.resolvedOrganization();
  if (logFields && organizationId) logFields.organizationId = organizationId;
  recordRequest(organizationId, path, status, (performance.now() - started) / 1000);
  return result;
});

/** Raw input is checked for what no schema should have to think about (NUL bytes, `__proto__` keys). */
const guardInput = t.middleware(async ({ getRawInput, next }) => {
  assertStorableInput(await getRawInput());
  return next();
});

/** The builder methods that answer another builder (query and mutation answer the procedure). */
const BUILDER_METHODS = new Set<PropertyKey>(["input", "output", "meta", "use", "concat", "unstable_concat"]);

/**
 * tRPC checks input and output through a zod schema's parseAsync, which passes over zod's compiled
 * check of an object: six times slower on a page of fifty members. No schema of Roster's checks
 * anything asynchronously (zod's parse throws if one ever does), so each schema a procedure is
 * given answers parseAsync with its synchronous parse.
 */
function withSynchronousSchemas<B extends object>(builder: B): B {
  return new Proxy(builder, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (!BUILDER_METHODS.has(key) || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if ((key === "input" || key === "output") && args[0] instanceof z.ZodType) parseSynchronously(args[0]);
        return withSynchronousSchemas(value.apply(target, args) as object);
      };
    },
  });
}

function parseSynchronously(schema: z.ZodType) {
  schema.parseAsync = async (data, params) => schema.parse(data, params);
}

const measured = withSynchronousSchemas(t.procedure).use(translateAndMeasure);

export const publicProcedure = measured.use(guardInput);

/**
 * Signed in (session cookie, session token or API key) and a member of an organization; who is asked
 * first. A write authenticated by the session cookie must also come from Roster's own pages (the
 * origin policy): another site could otherwise make a signed-in browser send it.
 */
export const protectedProcedure = measured
  .use(async ({ ctx, next, type }) => {
    const identity = await ctx.identity();
    if (!identity) {
      throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in, or send an API key as Authorization: Bearer <key>" });
    }
    if (type === "mutation" && identity.credential === "cookie") assertAllowedOrigin(ctx.headers);
    const logFields = requestStore.getStore();
    if (logFields) logFields.actorId = identity.user.id;
    return next({ ctx: { actor: toActor(identity) } });
  })
  .use(guardInput);
