import { authRouter } from "./routers/auth";
import { userRouter } from "./routers/user";
import { auditRouter } from "./routers/audit";
import { authzRouter } from "./routers/authz";
import { invitationRouter } from "./routers/invitation";
import { groupRouter } from "./routers/group";
import { sessionRouter } from "./routers/session";
import { workspaceRouter } from "./routers/workspace";
import { organizationRouter } from "./routers/organization";
import { notificationRouter } from "./routers/notification";
import { mailCatcherRouter } from "./routers/mail-catcher";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  user: userRouter,
  workspace: workspaceRouter,
  organization: organizationRouter,
  group: groupRouter,
  invitation: invitationRouter,
  session: sessionRouter,
  authz: authzRouter,
  audit: auditRouter,
  notification: notificationRouter,
  mailCatcher: mailCatcherRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
