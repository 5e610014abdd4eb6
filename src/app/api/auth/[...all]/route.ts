import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/server/auth";

// better-auth's own routes that Roster exposes. Everything else it could serve (sign-up, member
// and key management, admin actions) goes through Roster's procedures, where the organization's
// rules and the audit trail apply, so it is not reachable here.
const EXPOSED = new Set([
  "sign-in/email",
  "sign-in/username",
  "sign-out",
  "get-session",
  "organization/set-active",
  "organization/list",
]);

const { GET: authGet, POST: authPost } = toNextJsHandler(auth);

const guarded =
  (handler: (req: Request) => Promise<Response>) =>
  async (req: Request, { params }: { params: Promise<{ all: string[] }> }) => {
    const path = (await params).all.join("/");
    if (!EXPOSED.has(path)) {
      return Response.json({ message: "Not found", code: "NOT_FOUND" }, { status: 404 });
    }
    return handler(req);
  };

export const GET = guarded(authGet);
export const POST = guarded(authPost);
