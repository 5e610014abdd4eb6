import type { AnyTRPCProcedure } from "@trpc/server";
import { AppError } from "@/lib/errors";
import { requestLogger } from "@/server/logger";
import { REQUEST_ID_HEADER } from "@/server/request-headers";
import { createContext } from "../context";
import { createCaller, appRouter } from "../root";
import { errorResponse } from "./error-response";
import { queryInput } from "./query-input";
import { readJsonBody } from "./read-json-body";

// The dot-style HTTP surface: GET /api/user.all?search=jo, POST /api/user.update {json}. Each
// procedure with `meta.openapi` is served here through the same router, context and middlewares as
// tRPC. Written by hand rather than with trpc-to-openapi's handler, which coerces booleans by
// truthiness and rewrites the shared schemas to do so, and answers a wrong method as "not found".

type Route = { method: string; procedure: string; input: unknown };

/** Path ("/user.all") → the routes at that path, built once from the router. */
const routes = new Map<string, Route[]>();
for (const [procedure, definition] of Object.entries(appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure>)) {
  const openapi = (definition._def.meta as { openapi?: { method: string; path: string } } | undefined)?.openapi;
  if (!openapi) continue;
  const list = routes.get(openapi.path) ?? [];
  list.push({ method: openapi.method, procedure, input: (definition._def as { inputs: unknown[] }).inputs[0] });
  routes.set(openapi.path, list);
}

type Callable = (input: unknown) => Promise<unknown>;

export async function handleDotStyleRequest(req: Request, path: string): Promise<Response> {
  const requestId = req.headers.get(REQUEST_ID_HEADER);
  const atPath = routes.get(path);
  const method = req.method === "HEAD" ? "GET" : req.method;
  const route = atPath?.find((r) => r.method === method);
  try {
    if (!atPath) throw new AppError("NOT_FOUND", `No such endpoint: ${req.method} /api${path}`);
    if (!route) {
      const allow = [...new Set(atPath.map((r) => r.method))].join(", ");
      throw new AppError("METHOD_NOT_SUPPORTED", `${path.slice(1)} answers ${allow}, not ${req.method}`, { headers: { allow } });
    }
    const input = method === "GET" ? queryInput(route.input, new URL(req.url).searchParams) : await readJsonBody(req);
    const caller = createCaller(createContext({ headers: req.headers })) as unknown as Record<string, Record<string, Callable>>;
    const [router, name] = route.procedure.split(".") as [string, string];
    const data = await caller[router]![name]!(input);
    return Response.json(data ?? null, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    // Procedures log their own defects; a defect in this handler is logged here.
    const response = errorResponse(error, { path: route?.procedure, requestId });
    if (response.status === 500 && !isFromProcedure(error)) requestLogger().error({ err: error, path }, "dot-style request failed");
    return response;
  }
}

const isFromProcedure = (error: unknown) => (error as { name?: string } | null)?.name === "TRPCError";
