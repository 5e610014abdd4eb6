import { toNextJsHandler } from "better-auth/next-js";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/server/api/http/error-response";
import { routeMethods } from "@/server/api/http/route-methods";
import { assertAllowedOrigin } from "@/server/actor/origin-policy";
import { auth } from "@/server/auth";
import { requestLogger } from "@/server/logger";
import { REQUEST_ID_HEADER } from "@/server/request-headers";
import { checkDatabase } from "@/server/services/health/check-database";

// better-auth's own routes that Roster exposes. Everything else it could serve (sign-up, member
// and key management, admin actions) goes through Roster's procedures, where the organization's
// rules and the audit trail apply, so it is not reachable here.
// Forgot password (request a link, set the new password) and changing one's email (send the link to
// the new address, open it) are better-auth's own flows, exposed as they are.
const EXPOSED = new Set([
  "sign-in/email",
  "sign-in/username",
  "sign-out",
  "get-session",
  "organization/set-active",
  "organization/list",
  "request-password-reset",
  "reset-password",
  "change-email",
  "verify-email",
]);

const { GET: authGet, POST: authPost } = toNextJsHandler(auth);

const exposedPath = (req: Request) => new URL(req.url).pathname.replace(/^\/api\/auth\//, "").replace(/\/+$/, "");

const guarded = (handler: (req: Request) => Promise<Response>) => async (req: Request) => {
  if (!EXPOSED.has(exposedPath(req))) throw new AppError("NOT_FOUND", "Not found");
  // Every POST here is one a browser could be made to send (signing in sets the cookie): one policy.
  if (req.method === "POST") assertAllowedOrigin(req.headers);
  const response = await handler(req);
  if (response.status < 500) return response;
  // better-auth answers a failed query with an empty 500; say whether the database is the reason.
  const requestId = req.headers.get(REQUEST_ID_HEADER);
  if (!(await checkDatabase()).up) {
    return errorResponse(new AppError("SERVICE_UNAVAILABLE", "The database cannot be reached right now; try again shortly", { retryAfterSeconds: 5 }), { requestId });
  }
  requestLogger().error({ status: response.status, path: exposedPath(req) }, "sign-in route failed");
  return errorResponse(new Error(`better-auth answered ${response.status}`), { requestId });
};

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({ GET: guarded(authGet), POST: guarded(authPost) });
