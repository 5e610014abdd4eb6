import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { requestInfo } from "@/server/actor/request-info";
import { clearPasswordFailures } from "./clear-password-failures";
import { findSignInLock, lockedError } from "./find-sign-in-lock";
import type { PasswordSubject } from "./password-subject";
import { recordPasswordFailure } from "./record-password-failure";

// better-auth's password sign-in routes under the per-account limit: a locked account (or name) is
// refused before its password is looked at, a wrong password is counted, a right one clears the
// count. The per-IP limit is better-auth's own (rateLimit in auth.ts); this one holds whatever
// address the guesses come from. auth.ts installs these hooks: the one import from the bottom layer
// up into a service (.ci/eslint.config.mjs says so), because better-auth is what runs them.

/** What each sign-in route answers for a wrong password (and for a name no account has). */
const WRONG_PASSWORD = new Set(["INVALID_USERNAME_OR_PASSWORD", "INVALID_EMAIL_OR_PASSWORD"]);

type HookContext = { path?: string; body?: unknown; headers?: Headers; request?: Request };

function subjectOf(ctx: HookContext): PasswordSubject | null {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  if (ctx.path === "/sign-in/username" && typeof body.username === "string") return { username: body.username };
  if (ctx.path === "/sign-in/email" && typeof body.email === "string") return { email: body.email };
  return null;
}

export const signInLockBefore = createAuthMiddleware(async (ctx) => {
  const subject = subjectOf(ctx);
  if (!subject) return;
  const retryAfterSeconds = await findSignInLock(subject);
  if (retryAfterSeconds === null) return;
  const { message } = lockedError(retryAfterSeconds);
  throw new APIError("TOO_MANY_REQUESTS", { message, code: "ACCOUNT_LOCKED" }, { "retry-after": String(retryAfterSeconds) });
});

export const signInLockAfter = createAuthMiddleware(async (ctx) => {
  const subject = subjectOf(ctx);
  if (!subject) return;
  const returned = ctx.context.returned;
  if (isAPIError(returned)) {
    const code = (returned.body as { code?: string } | undefined)?.code;
    if (code && WRONG_PASSWORD.has(code)) {
      const headers = ctx.request?.headers ?? ctx.headers ?? new Headers();
      await recordPasswordFailure(subject, requestInfo(headers));
    }
    return;
  }
  const userId = ctx.context.newSession?.user.id;
  if (userId) await clearPasswordFailures(userId);
});
