import { AppError } from "@/lib/errors";
import { requestLogger } from "@/server/logger";
import { REQUEST_ID_HEADER } from "@/server/request-headers";
import { errorResponse } from "./error-response";

const ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

type Method = (typeof ALL_METHODS)[number];
type Handler = (req: Request) => Response | Promise<Response>;

/**
 * A plain route's exports: its handlers, and for every other method a JSON 405 with `Allow`
 * (Next's own answer would be an empty body). Whatever a handler throws becomes Roster's JSON error
 * response (a defect is logged and answered as a 500), never Next's HTML error page.
 */
export function routeMethods(given: Partial<Record<Method, Handler>>) {
  // HEAD is GET without the body (the server drops it); OPTIONS says what is allowed.
  const handlers: Partial<Record<Method, Handler>> = { ...given, ...(given.GET && !given.HEAD ? { HEAD: given.GET } : {}) };
  const allow = [...Object.keys(handlers), "OPTIONS"].join(", ");
  handlers.OPTIONS ??= () => new Response(null, { status: 204, headers: { allow } });
  const refuse: Handler = (req) =>
    errorResponse(new AppError("METHOD_NOT_SUPPORTED", `${new URL(req.url).pathname} answers ${allow}, not ${req.method}`, { headers: { allow } }));
  return Object.fromEntries(ALL_METHODS.map((method) => [method, guarded(handlers[method] ?? refuse)])) as Record<Method, Handler>;
}

const guarded =
  (handler: Handler): Handler =>
  async (req) => {
    try {
      return await handler(req);
    } catch (error) {
      const response = errorResponse(error, { requestId: req.headers.get(REQUEST_ID_HEADER) });
      if (response.status === 500) requestLogger().error({ err: error, path: new URL(req.url).pathname }, "route failed");
      return response;
    }
  };
