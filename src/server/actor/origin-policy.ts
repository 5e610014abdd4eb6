import { AppError } from "@/lib/errors";
import { trustedOrigins } from "@/server/allowed-origins";

// One origin policy for requests that a browser may send on its own: everything that authenticates
// with the session cookie, and better-auth's sign-in routes (which set it). A browser sends the
// cookie with a request another site makes it send; the Origin header says which site that was.
// Bearer keys and session tokens are not sent by a browser on its own, so they are not checked.

/**
 * Why the request must be refused, or null when it may go on. With an Origin header (every browser
 * sends one on a POST), it must be an allowed origin. Without one it is not a browser's request —
 * unless the browser says itself, through Sec-Fetch-Site, that another site sent it.
 */
export function originRefusal(headers: Headers, allowed: readonly string[]): AppError | null {
  const origin = headers.get("origin");
  const home = allowed[0];
  if (origin !== null) {
    if (allowed.includes(origin)) return null;
    return new AppError(
      "FORBIDDEN",
      `This request came from ${origin}, which is not Roster's address (${home}). Open Roster at ${home} and try again; ` +
        "if that is not the address people use, set BETTER_AUTH_URL to it.",
    );
  }
  if (headers.get("sec-fetch-site") === "cross-site") {
    return new AppError("FORBIDDEN", `This request came from another site, and Roster accepts browser requests only from its own address (${home}).`);
  }
  return null;
}

/** Throws 403 unless the request may come from where it came from. */
export function assertAllowedOrigin(headers: Headers): void {
  const refusal = originRefusal(headers, trustedOrigins());
  if (refusal) throw refusal;
}
