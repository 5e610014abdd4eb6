import { createTRPCRouter } from "../../trpc";
import { setup } from "./setup";
import { setupStatus } from "./setup-status";

export const authRouter = createTRPCRouter({ setup, setupStatus });
