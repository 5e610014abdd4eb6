import { createTRPCRouter } from "../../trpc";
import { get } from "./get";
import { getVerification } from "./get-verification";
import { list } from "./list";
import { startVerification } from "./start-verification";
import { verify } from "./verify";

export const auditRouter = createTRPCRouter({ list, get, verify, startVerification, getVerification });
