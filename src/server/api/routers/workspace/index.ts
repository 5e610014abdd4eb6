import { createTRPCRouter } from "../../trpc";
import { create } from "./create";
import { remove } from "./delete";
import { list } from "./list";
import { update } from "./update";

export const workspaceRouter = createTRPCRouter({ list, create, update, delete: remove });
