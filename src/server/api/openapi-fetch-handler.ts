import { TRPCError } from "@trpc/server";
import { createOpenApiNodeHttpHandler } from "trpc-to-openapi";
import { createContext } from "./context";
import { httpResponseMeta, logServerError } from "./http";
import { appRouter } from "./root";

// The dot-style HTTP surface (/api/user.get …). trpc-to-openapi's own fetch adapter builds its
// node handler — and the table of every procedure's path — again for every request; this is that
// adapter with the handler built once, since user.get and authz.check are called on every request
// of the platforms that embed Roster.
// The node handler is typed for Node's IncomingMessage; it is given fetch Requests, as
// trpc-to-openapi's fetch adapter does (its helpers check `req instanceof Request`).
const handler = createOpenApiNodeHttpHandler({
  router: appRouter,
  createContext: ({ req }: { req: unknown }) => createContext({ headers: (req as Request).headers }),
  responseMeta: httpResponseMeta,
  onError: logServerError,
} as unknown as Parameters<typeof createOpenApiNodeHttpHandler>[0]);

type Body = { valid: true; data: unknown } | { valid: false; cause: unknown };

async function readBody(req: Request): Promise<Body> {
  const type = req.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return { valid: true, data: JSON.parse(await req.text()) };
    if (type.includes("application/x-www-form-urlencoded")) {
      const params = new URLSearchParams(await req.text());
      return { valid: true, data: Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)])) };
    }
    return { valid: true, data: req.body };
  } catch (cause) {
    return { valid: false, cause };
  }
}

export async function handleOpenApiRequest(req: Request, endpoint = "/api"): Promise<Response> {
  const url = req.url.replace(endpoint, "");
  const body: Body = req.method === "GET" || req.method === "HEAD" ? { valid: true, data: undefined } : await readBody(req);
  const request = new Proxy(req, {
    get(target, prop) {
      if (prop === "url") return url;
      if (prop === "body") {
        if (!body.valid) throw new TRPCError({ code: "PARSE_ERROR", message: "Failed to parse request body", cause: body.cause });
        return body.data;
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const headers = new Headers();
  return new Promise<Response>((resolve) => {
    let status = 200;
    const res = {
      setHeader: (key: string, value: string | string[]) => {
        if (typeof value === "string") headers.set(key, value);
        else for (const v of value) headers.append(key, v);
      },
      get statusCode() {
        return status;
      },
      set statusCode(code: number) {
        status = code;
      },
      end: (payload: string) => resolve(new Response(payload, { status, headers })),
    };
    void (handler as unknown as (req: unknown, res: unknown) => Promise<void>)(request, res);
  });
}
