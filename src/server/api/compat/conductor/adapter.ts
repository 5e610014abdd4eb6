import { ZConductorError } from "@/lib/schemas/conductor";
import { createTRPCRouter } from "../../trpc";
import { compatHandler } from "../compat-handler";
import type { CompatAdapter, CompatRoute } from "../compat-route";
import { addUserToGroup, deleteGroup, getGroup, listGroups, removeUserFromGroup, upsertGroup } from "./groups";
import { deleteUser, getUser, listUsers, upsertUserByEmail } from "./users";

// Conductor's users and groups API under /api (/api/users/{email}, /api/groups/{name}), answering
// in Conductor's shapes with its permission names. Callers may authenticate as Conductor's clients
// do, with `X-Authorization: <token>` (an API key or a session token).

const router = createTRPCRouter({
  conductor: createTRPCRouter({ listUsers, getUser, upsertUser: upsertUserByEmail, deleteUser, listGroups, getGroup, upsertGroup, deleteGroup, addUserToGroup, removeUserFromGroup }),
});

const routes: CompatRoute[] = [
  { method: "GET", path: "/users", procedure: "conductor.listUsers", summary: "Every user of your organization (member:read)" },
  { method: "GET", path: "/users/{id}", procedure: "conductor.getUser", summary: "One user by email" },
  {
    method: "PUT",
    path: "/users/{id}",
    procedure: "conductor.upsertUser",
    body: true,
    summary: "Create or update a user by email (administrators)",
    description:
      "Roles map to Roster's: ADMIN → admin (the owner only makes administrators), USER → developer, METADATA_MANAGER and " +
      "WORKFLOW_MANAGER → manager, USER_READ_ONLY → viewer; several → the strongest. Groups are named and must exist (400 otherwise). " +
      "Idempotent. The answer shows the Conductor roles the user now holds.",
  },
  { method: "DELETE", path: "/users/{id}", procedure: "conductor.deleteUser", summary: "Remove a user from your organization (member:delete)" },
  { method: "GET", path: "/groups", procedure: "conductor.listGroups", summary: "Every group (group:read)" },
  { method: "GET", path: "/groups/{id}", procedure: "conductor.getGroup", summary: "One group by name (group:read)" },
  {
    method: "PUT",
    path: "/groups/{id}",
    procedure: "conductor.upsertGroup",
    body: true,
    summary: "Create or update a group by name (group:manage)",
    description:
      "A group's roles become the workspace role its members hold everywhere (USER → developer, METADATA_MANAGER and WORKFLOW_MANAGER → " +
      "manager, USER_READ_ONLY → viewer); ADMIN grants every permission. `defaultAccess` is accepted empty only. Idempotent.",
  },
  { method: "DELETE", path: "/groups/{id}", procedure: "conductor.deleteGroup", summary: "Delete a group; its members stay (group:manage)" },
  { method: "POST", path: "/groups/{groupId}/users/{userId}", procedure: "conductor.addUserToGroup", summary: "Add a user (by email) to a group (group:manage)", description: "Answers 200 with no body." },
  { method: "DELETE", path: "/groups/{groupId}/users/{userId}", procedure: "conductor.removeUserFromGroup", summary: "Remove a user (by email) from a group (group:manage)", description: "Answers 200 with no body." },
];

export const conductorAdapter: CompatAdapter = {
  basePath: "/api",
  tag: "Conductor-compatible",
  tagDescription:
    "Conductor's users and groups API: users by email, groups by name, roles expanded to Conductor's permission names. " +
    "Authenticate with `X-Authorization: <API key or session token>` as Conductor's clients do, or as everywhere else. " +
    "Errors are `{ status, message, instance, retryable, validationErrors? }` as Conductor sends them.",
  routes,
  router,
  security: [{ conductorToken: [] }, { bearer: [] }, { apiKey: [] }],
  error: {
    name: "ConductorError",
    schema: ZConductorError,
    body: ({ status, body }) => ({
      status,
      message: body.message,
      instance: "roster",
      retryable: status === 429 || status === 503,
      ...(body.data.fieldErrors
        ? { validationErrors: Object.entries(body.data.fieldErrors).flatMap(([path, messages]) => messages.map((message) => ({ path, message }))) }
        : {}),
    }),
  },
};

export const handleConductorRequest = compatHandler(conductorAdapter);
