import { createHmac, timingSafeEqual } from "node:crypto";
import { parseCookies } from "better-call";
import { AppError } from "@/lib/errors";
import { auth, DISABLED_MESSAGE } from "@/server/auth";
import { sql } from "@/server/db";
import { createAccessCache } from "./access-cache";
import type { Credential, Identity, RequestInfo } from "./actor";
import { identityMembership, identityUser, MEMBER_GROUPS, type IdentityColumns } from "./load-membership";

type SessionRow = IdentityColumns & { id: string; expiresAt: Date };

/**
 * One statement: the session by its token, its user, and the user's membership in the session's
 * active organization (or their oldest one, as load-membership.ts chooses) with the groups' grants —
 * everything the actor needs, with no other query.
 */
const LOAD_SESSION = `
  SELECT s.id, s."expiresAt",
         u.id AS "userId", u.name, u.email, u.username, u.system, u.banned,
         m.id AS "memberId", m."organizationId", m.role, m.grants, m."workspaceRole",
         ${MEMBER_GROUPS}
  FROM session s
  JOIN "user" u ON u.id = s."userId"
  LEFT JOIN LATERAL (
    SELECT * FROM member WHERE member."userId" = s."userId"
    ORDER BY (member."organizationId" IS NOT DISTINCT FROM s."activeOrganizationId") DESC, member."createdAt", member.id
    LIMIT 1
  ) m ON true
  WHERE s.token = $1`;

/**
 * Sessions by token, per instance (see access-cache.ts): forgotten here at once and on every other
 * instance by notification when a session ends or changes organization, or its user or their access
 * changes. An entry is never used past its session's expiry.
 */
const sessionCache = createAccessCache<SessionRow>();

type SessionSettings = { sessionToken: string; dontRemember: string; secret: string; expiresInMs: number; updateAgeMs: number };
let settings: Promise<SessionSettings> | undefined;
/** better-auth's cookie names, secret and session lifetimes, as its own getSession reads them. */
const sessionSettings = () =>
  (settings ??= auth.$context.then((c) => ({
    sessionToken: c.authCookies.sessionToken.name,
    dontRemember: c.authCookies.dontRememberToken.name,
    secret: c.secret,
    expiresInMs: c.sessionConfig.expiresIn * 1000,
    updateAgeMs: c.sessionConfig.updateAge * 1000,
  })));

/**
 * The session token in a signed cookie value (`token.signature`, HMAC-SHA256 in base64, as better-call
 * signs it), or null when the signature is wrong. Written here because better-call does not export its
 * verifier, and node:crypto's synchronous HMAC is cheaper than WebCrypto on every request.
 */
function verifiedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/** The session token the request carries in better-auth's session cookie, or null. */
export async function sessionCookieToken(headers: Headers): Promise<string | null> {
  const header = headers.get("cookie");
  if (!header) return null;
  const names = await sessionSettings();
  const value = parseCookies(header).get(names.sessionToken);
  return value ? verifiedToken(value, names.secret) : null;
}

async function loadSession(token: string): Promise<SessionRow | null> {
  const { rows } = await sql.query<SessionRow>(LOAD_SESSION, [token]);
  return rows[0] ?? null;
}

/**
 * The session's row, from the cache or one statement. A session better-auth would extend now (its
 * last extension is older than `updateAge`) is extended through better-auth, as its own
 * getSession does, then read again.
 */
async function sessionRow(token: string, headers: Headers): Promise<SessionRow | null> {
  const cached = sessionCache.get(token);
  if (cached) return cached;
  let generation = sessionCache.generation();
  let row = await loadSession(token);
  if (!row) return null;
  const names = await sessionSettings();
  const due = row.expiresAt.getTime() - names.expiresInMs + names.updateAgeMs <= Date.now();
  const remembered = !parseCookies(headers.get("cookie") ?? "").has(names.dontRemember);
  if (due && remembered && row.expiresAt.getTime() > Date.now()) {
    await auth.api.getSession({ headers, query: { disableCookieCache: true } });
    generation = sessionCache.generation();
    row = await loadSession(token);
    if (!row) return null;
  }
  sessionCache.set(token, row, generation, row.expiresAt.getTime());
  return row;
}

/**
 * The identity of a session token: null when no live session has it; 401 when its user is
 * disabled. `headers` is how better-auth would read the token (cookie or bearer), for an extension.
 */
export async function verifySession(token: string, headers: Headers, request: RequestInfo, credential: Credential): Promise<Identity | null> {
  const row = await sessionRow(token, headers);
  if (!row || row.expiresAt.getTime() <= Date.now()) return null;
  if (row.banned) throw new AppError("UNAUTHORIZED", DISABLED_MESSAGE);
  return { user: identityUser(row), credential, sessionId: row.id, apiKey: null, membership: identityMembership(row), request };
}
