import { authRouter } from "./routers/auth";
import { userRouter } from "./routers/user";
import { auditRouter } from "./routers/audit";
import { authzRouter } from "./routers/authz";
import { invitationRouter } from "./routers/invitation";
import { groupRouter } from "./routers/group";
import { sessionRouter } from "./routers/session";
import { workspaceRouter } from "./routers/workspace";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  user: userRouter,
  workspace: workspaceRouter,
  group: groupRouter,
  invitation: invitationRouter,
  session: sessionRouter,
  authz: authzRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
