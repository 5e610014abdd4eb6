import type { AnyTRPCProcedure } from "@trpc/server";
import { z } from "zod";
import type { CompatAdapter, CompatRoute } from "./compat-route";

// The OpenAPI path items of an adapter's routes, written from the schemas its procedures validate
// with (z.toJSONSchema), so generated clients see exactly what is checked and answered.
// trpc-to-openapi cannot describe these: it reads one flat input per procedure, not a path
// parameter object beside a body, and it knows neither 201/204 nor another error shape.

type JsonSchema = Record<string, unknown>;
type ZodObjectLike = { shape: Record<string, z.ZodType> };

const STATUS_TEXT: Record<number, string> = {
  400: "Bad input: the message names each field",
  401: "Not signed in, or the API key or token is not valid",
  403: "Signed in, but not allowed",
  404: "Not found (also another organization's users and groups, and unknown paths)",
  409: "Conflicts with existing data",
  413: "The body is larger than 1 MiB",
  415: "The body is not sent as application/json",
  429: "Over a limit; `Retry-After` says when to try again",
  500: "Unexpected failure; the X-Request-Id header finds it in the log",
  503: "The database cannot be reached; `Retry-After` says when to try again",
};

const jsonSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

const isVoid = (schema: z.ZodType | undefined) => !schema || ["void", "undefined"].includes(schema.def.type);

function errorStatuses(route: CompatRoute): number[] {
  const statuses = [400, 401, 403, 404, 429, 500, 503];
  if (route.method !== "GET") statuses.push(409);
  if (route.body) statuses.push(413, 415);
  return statuses.sort();
}

function operation(adapter: CompatAdapter, route: CompatRoute) {
  const procedure = (adapter.router._def.procedures as Record<string, AnyTRPCProcedure>)[route.procedure];
  if (!procedure) throw new Error(`${adapter.tag}: no procedure ${route.procedure}`);
  const def = procedure._def as unknown as { inputs: ZodObjectLike[]; output?: z.ZodType };
  const { params, body } = def.inputs[0]!.shape;
  const status = route.status ?? 200;
  const errorRef = { $ref: `#/components/schemas/${adapter.error.name}` };
  return {
    operationId: route.procedure,
    tags: [adapter.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security: route.public ? [] : adapter.security,
    parameters: Object.entries((params as unknown as ZodObjectLike).shape).map(([name, schema]) => ({
      name,
      in: "path",
      required: true,
      ...(schema.description ? { description: schema.description } : {}),
      schema: jsonSchema(schema, "input"),
    })),
    ...(route.body && body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(body, "input") } } } } : {}),
    responses: {
      [status]: {
        description: "Success",
        ...(status !== 204 && !isVoid(def.output) ? { content: { "application/json": { schema: jsonSchema(def.output!, "output") } } } : {}),
      },
      ...Object.fromEntries(
        errorStatuses(route).map((s) => [
          s,
          {
            description: STATUS_TEXT[s],
            content: { "application/json": { schema: errorRef } },
            ...(s === 429 || s === 503 ? { headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds" } } } : {}),
          },
        ]),
      ),
    },
  };
}

/**
 * The adapter's paths relative to `serverBase` (the document's server, "/api"), its error schema
 * and its tag, ready to merge into Roster's OpenAPI document.
 */
export function compatOpenApi(adapter: CompatAdapter, serverBase: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of adapter.routes) {
    const path = `${adapter.basePath.slice(serverBase.length)}${route.path}`;
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(adapter, route);
  }
  return {
    paths,
    schemas: { [adapter.error.name]: jsonSchema(adapter.error.schema, "output") },
    tag: { name: adapter.tag, description: adapter.tagDescription },
  };
}
