import { AppError } from "@/lib/errors";
import { auth, DISABLED_MESSAGE } from "@/server/auth";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { CLIENT_IP_HEADER, REQUEST_ID_HEADER } from "@/server/request-headers";
import { checkDatabase } from "@/server/services/health/check-database";

const INVALID = "Invalid username or password";

/** What better-auth's sign-in learns about the caller: their address (for its limiter and the session) and client. */
const FORWARDED_HEADERS = [CLIENT_IP_HEADER, REQUEST_ID_HEADER, "user-agent"];

/**
 * Signs in with a username and password for an API that hands out its own tokens (Dagu's login and
 * setup). The request goes through better-auth's own sign-in route, not its server-side function,
 * because only the route runs the per-address rate limit: every rule of the sign-in page applies
 * (limits, disabled accounts, no password for system users). Returns the new session's token, which
 * works as `Authorization: Bearer`.
 */
export async function signInWithPassword({ username, password, headers }: { username: string; password: string; headers: Headers }) {
  const forwarded = new Headers({ "content-type": "application/json", origin: config.baseUrl });
  for (const name of FORWARDED_HEADERS) {
    const value = headers.get(name);
    if (value) forwarded.set(name, value);
  }
  const response = await auth.handler(
    new Request(`${config.baseUrl}/api/auth/sign-in/username`, { method: "POST", headers: forwarded, body: JSON.stringify({ username, password }) }),
  );
  if (!response.ok) throw await refusal(response);
  const { token } = (await response.json()) as { token?: string };
  const session = token ? await db.session.findUnique({ where: { token }, select: { userId: true, expiresAt: true } }) : null;
  if (!token || !session) throw new Error("better-auth's sign-in answered without a session");
  return { token, userId: session.userId, expiresAt: session.expiresAt };
}

async function refusal(response: Response): Promise<Error> {
  if (response.status === 429) {
    // The per-account lock says why and for how long itself; the per-address limit only says when.
    const locked = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    const retryAfterSeconds = Math.max(1, Number(response.headers.get("retry-after") ?? response.headers.get("x-retry-after")) || 60);
    const message = locked?.code === "ACCOUNT_LOCKED" && locked.message ? locked.message : `Too many sign-in attempts. Retry in ${retryAfterSeconds} s.`;
    return new AppError("TOO_MANY_REQUESTS", message, { retryAfterSeconds });
  }
  // The admin plugin refuses a disabled (banned) account with 403; for a sign-in that is "not signed in".
  if (response.status === 403) return new AppError("UNAUTHORIZED", DISABLED_MESSAGE);
  if (response.status < 500) return new AppError("UNAUTHORIZED", INVALID);
  if (!(await checkDatabase()).up) {
    return new AppError("SERVICE_UNAVAILABLE", "The database cannot be reached right now; try again shortly", { retryAfterSeconds: 5 });
  }
  return new Error(`better-auth's sign-in answered ${response.status}`);
}
