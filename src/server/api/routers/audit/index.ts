import { createTRPCRouter } from "../../trpc";
import { get } from "./get";
import { list } from "./list";
import { verify } from "./verify";

export const auditRouter = createTRPCRouter({ list, get, verify });
