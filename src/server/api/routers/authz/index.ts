import { createTRPCRouter } from "../../trpc";
import { check } from "./check";

export const authzRouter = createTRPCRouter({ check });
