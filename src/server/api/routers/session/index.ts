import { createTRPCRouter } from "../../trpc";
import { list } from "./list";
import { revoke } from "./revoke";
import { revokeOthers } from "./revoke-others";

export const sessionRouter = createTRPCRouter({ list, revoke, revokeOthers });
