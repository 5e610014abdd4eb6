import { AppError, fieldError } from "@/lib/errors";
import { requestLogger } from "@/server/logger";
import { REQUEST_ID_HEADER } from "@/server/request-headers";
import { createContext } from "../context";
import { errorResponseParts } from "../errors";
import { readJsonBody } from "../http/read-json-body";
import { createCallerFactory } from "../trpc";
import type { CompatAdapter, CompatRoute } from "./compat-route";

type Callable = (input: unknown) => Promise<unknown>;
type Matched = { route: CompatRoute; params: Record<string, string> };

const NO_STORE = { "cache-control": "no-store" };

/** The segments of a path, each decoded once; a malformed escape is a 400. */
function segmentsOf(path: string): string[] {
  return path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        throw new AppError("BAD_REQUEST", `Malformed path segment: ${segment}`);
      }
    });
}

/** The routes whose path matches, with the path parameters each one reads. */
function matchPath(routes: readonly CompatRoute[], segments: string[]): Matched[] {
  const matches: Matched[] = [];
  for (const route of routes) {
    const pattern = route.path.split("/").filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = Object.create(null);
    const fits = pattern.every((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name) params[name] = segments[i]!;
      return name !== undefined || part === segments[i];
    });
    if (fits) matches.push({ route, params });
  }
  return matches;
}

/**
 * The HTTP handler of an adapter: finds the route in its table (404, or 405 with `Allow`, in the
 * adapter's own error shape), reads the JSON body of routes that take one, and calls the route's
 * procedure with `{ params, body }` through the same context and middlewares as every procedure.
 * Every error is answered by `adapter.error.body` from the one error translator's parts.
 */
export function compatHandler(adapter: CompatAdapter) {
  const createCaller = createCallerFactory(adapter.router);
  return async (req: Request): Promise<Response> => {
    const requestId = req.headers.get(REQUEST_ID_HEADER);
    let calledProcedure = false;
    try {
      const pathname = new URL(req.url).pathname;
      const matches = matchPath(adapter.routes, segmentsOf(pathname.slice(adapter.basePath.length)));
      if (!matches.length) throw new AppError("NOT_FOUND", `No such endpoint: ${req.method} ${pathname}`);
      const allowed = [...new Set(matches.map((m) => m.route.method))];
      const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
      if (req.method === "OPTIONS") return new Response(null, { status: 204, headers: { allow } });
      const method = req.method === "HEAD" ? "GET" : req.method;
      const matched = matches.find((m) => m.route.method === method);
      if (!matched) throw new AppError("METHOD_NOT_SUPPORTED", `${pathname} answers ${allow}, not ${req.method}`, { headers: { allow } });
      const { route, params } = matched;
      const input = { params, ...(route.body ? { body: await jsonObjectBody(req) } : {}) };
      const caller = createCaller(createContext({ headers: req.headers })) as unknown as Record<string, Record<string, Callable>>;
      const [namespace, name] = route.procedure.split(".") as [string, string];
      calledProcedure = true;
      const data = await caller[namespace]![name]!(input);
      const status = route.status ?? 200;
      if (status === 204 || data === undefined) return new Response(null, { status, headers: NO_STORE });
      return Response.json(data, { status, headers: NO_STORE });
    } catch (error) {
      const parts = errorResponseParts(error, { requestId });
      // Procedures log their own defects; one in this handler is logged here.
      if (parts.status === 500 && !calledProcedure) requestLogger().error({ err: error, path: new URL(req.url).pathname }, "compatibility route failed");
      return Response.json(adapter.error.body(parts), { status: parts.status, headers: { ...parts.headers, ...NO_STORE } });
    }
  };
}

/** A body that must be a JSON object (Dagu's and Conductor's bodies all are). */
async function jsonObjectBody(req: Request): Promise<unknown> {
  const body = await readJsonBody(req);
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw fieldError("body", "The request body must be a JSON object");
  return body;
}
