import { createTRPCRouter } from "../../trpc";
import { addUsers } from "./add-users";
import { create } from "./create";
import { remove } from "./delete";
import { get } from "./get";
import { list } from "./list";
import { removeUsers } from "./remove-users";
import { update } from "./update";
import { upsert } from "./upsert";

export const groupRouter = createTRPCRouter({ list, get, create, update, upsert, delete: remove, addUsers, removeUsers });
