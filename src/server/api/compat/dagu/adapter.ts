import { DAGU_ERROR_CODES, ZDaguError } from "@/lib/schemas/dagu";
import { createTRPCRouter } from "../../trpc";
import { compatHandler } from "../compat-handler";
import type { CompatAdapter, CompatRoute } from "../compat-route";
import { changePassword, login, me, setup } from "./auth";
import { createUser, deleteUser, getUser, listUsers, resetPassword, updateUser } from "./users";

// Dagu's user API under /api/v1, as Dagu's own OpenAPI document describes it (auth and users).

const router = createTRPCRouter({
  dagu: createTRPCRouter({ setup, login, me, changePassword, listUsers, createUser, getUser, updateUser, deleteUser, resetPassword }),
});

const routes: CompatRoute[] = [
  { method: "POST", path: "/auth/setup", procedure: "dagu.setup", body: true, public: true, summary: "Create the first administrator and sign in (once, on a fresh install)", description: "403 once anyone exists; 400 for a password shorter than 8 characters." },
  { method: "POST", path: "/auth/login", procedure: "dagu.login", body: true, public: true, summary: "Sign in with username and password", description: "Answers a session token for `Authorization: Bearer`. 401 for bad credentials or a disabled account; 429 past the sign-in rate limit." },
  { method: "GET", path: "/auth/me", procedure: "dagu.me", summary: "The signed-in user" },
  { method: "POST", path: "/auth/change-password", procedure: "dagu.changePassword", body: true, summary: "Change your own password", description: "401 when the current password is wrong; your other sessions end." },
  { method: "GET", path: "/users", procedure: "dagu.listUsers", summary: "Every user of your organization (member:read)" },
  { method: "POST", path: "/users", procedure: "dagu.createUser", status: 201, body: true, summary: "Create a user (member:create)", description: "409 for a taken username; 400 for an unknown workspace. Only the owner creates administrators." },
  { method: "GET", path: "/users/{userId}", procedure: "dagu.getUser", summary: "One user (yourself, or anyone with member:read)" },
  { method: "PATCH", path: "/users/{userId}", procedure: "dagu.updateUser", body: true, summary: "Change a user's username, role, workspace access or disabled state (member:update)" },
  { method: "DELETE", path: "/users/{userId}", procedure: "dagu.deleteUser", status: 204, summary: "Remove a user from your organization (member:delete)", description: "403 for yourself and for the owner." },
  { method: "POST", path: "/users/{userId}/reset-password", procedure: "dagu.resetPassword", body: true, summary: "Set another user's password; their sessions end (member:update)" },
];

/** Dagu's error codes by HTTP status; statuses Dagu has no code for are bad_request (4xx) or internal_error (5xx). */
const CODE_BY_STATUS: Record<number, (typeof DAGU_ERROR_CODES)[number]> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "already_exists",
};

export const daguAdapter: CompatAdapter = {
  basePath: "/api/v1",
  tag: "Dagu-compatible",
  tagDescription:
    "Dagu's user API under /api/v1, with Dagu's request and response shapes and status codes. Dagu's role is `admin` for owners and " +
    "administrators, the workspace role for members with access to all workspaces, and `viewer` (with per-workspace grants) for members " +
    "with selected workspaces. Errors are `{ code, message, details }` with Dagu's codes.",
  routes,
  router,
  security: [{ bearer: [] }, { apiKey: [] }],
  error: {
    name: "DaguError",
    schema: ZDaguError,
    body: ({ status, body }) => ({
      code: CODE_BY_STATUS[status] ?? (status >= 500 ? "internal_error" : "bad_request"),
      message: body.message,
      details: { code: body.code, ...(body.data.fieldErrors ? { fieldErrors: body.data.fieldErrors } : {}), ...(body.data.requestId ? { requestId: body.data.requestId } : {}) },
    }),
  },
};

export const handleDaguRequest = compatHandler(daguAdapter);
