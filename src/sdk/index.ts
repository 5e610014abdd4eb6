// Roster's typed client: `import { createRosterClient, RosterError } from "roster/sdk"`.
// Runs in Node 20+ and in browsers: it needs only a global fetch.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./router";

export { createRosterClient, normalizeBaseUrl, type RosterClient, type RosterClientOptions } from "./client";
export { RosterError, isRosterError, type RosterErrorCode } from "./roster-error";
export type { AppRouter };

/** Inputs and outputs of every procedure: `RosterInputs["user"]["create"]`, `RosterOutputs["user"]["all"][number]`. */
export type RosterInputs = inferRouterInputs<AppRouter>;
export type RosterOutputs = inferRouterOutputs<AppRouter>;
export { signIn, type SignInOptions } from "./sign-in";
