import { AppError } from "@/lib/errors";
import { auth } from "@/server/auth";
import { actorPermissions } from "@/server/actor/effective-permissions";
import type { Actor, Identity, RequestInfo } from "./actor";
import { presentedCredential, requestInfo } from "./request-info";
import { verifyApiKey } from "./verify-api-key";
import { sessionCookieToken, verifySession } from "./verify-session";

/**
 * Resolves who is calling from the request headers: an API key (`x-api-key`, `Authorization:
 * Bearer` or `X-Authorization`), a better-auth session token (as bearer or X-Authorization), or
 * the session cookie. Returns null when no credential was sent; throws 401 when one was sent and
 * is not valid. A credential in a header is the whole answer: a cookie sent beside it is not
 * consulted, so the identity's `credential` says truly how it was presented.
 */
export async function resolveIdentity(headers: Headers): Promise<Identity | null> {
  const request = requestInfo(headers);
  const credential = presentedCredential(headers);
  if (!credential) {
    const token = await sessionCookieToken(headers);
    return token ? verifySession(token, headers, request, "cookie") : null;
  }
  const keyIdentity = await verifyApiKey(credential.value, request);
  if (keyIdentity) return keyIdentity;
  if (credential.header === "x-api-key") throw new AppError("UNAUTHORIZED", "Invalid API key");
  const identity = await tokenIdentity(tokenOnly(headers, credential.value), credential.value, request);
  if (!identity) throw new AppError("UNAUTHORIZED", "Invalid API key or session token");
  return identity;
}

/**
 * The headers with the session token where better-auth reads it (`Authorization: Bearer`; an
 * X-Authorization token is handed over as one) and without the cookie.
 */
function tokenOnly(headers: Headers, token: string): Headers {
  const copy = new Headers(headers);
  copy.delete("cookie");
  copy.set("authorization", `Bearer ${token}`);
  return copy;
}

/**
 * A session token sent as a bearer: the bare token, as sign-in answers it, is looked up like the
 * cookie's; a signed one (`token.signature`) goes through better-auth's bearer plugin, which checks it.
 */
async function tokenIdentity(headers: Headers, token: string, request: RequestInfo): Promise<Identity | null> {
  if (!token.includes(".")) return verifySession(token, headers, request, "sessionToken");
  const result = await auth.api.getSession({ headers, query: { disableCookieCache: true } });
  return result ? verifySession(result.session.token, headers, request, "sessionToken") : null;
}

/** The identity as an actor of its organization; 403 when it belongs to none. */
export function toActor(identity: Identity): Actor {
  const { membership } = identity;
  if (!membership) {
    throw new AppError("FORBIDDEN", "You are not a member of any organization");
  }
  const permissions = actorPermissions(membership, identity.apiKey?.permissions ?? null);
  return { ...identity, membership, organizationId: membership.organizationId, permissions };
}
