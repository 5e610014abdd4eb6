import { createTRPCRouter } from "../../trpc";
import { create } from "./create";
import { remove } from "./delete";
import { list } from "./list";
import { setActive } from "./set-active";
import { update } from "./update";

export const organizationRouter = createTRPCRouter({ list, create, update, delete: remove, setActive });
