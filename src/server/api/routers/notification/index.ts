import { createTRPCRouter } from "../../trpc";
import { create } from "./create";
import { remove } from "./delete";
import { get } from "./get";
import { list } from "./list";
import { test } from "./test";
import { update } from "./update";

export const notificationRouter = createTRPCRouter({ list, get, create, update, delete: remove, test });
