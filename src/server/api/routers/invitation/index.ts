import { createTRPCRouter } from "../../trpc";
import { all } from "./all";
import { acceptWithSignUp, lookup } from "./by-token";
import { cancel } from "./cancel";
import { create } from "./create";
import { get } from "./get";
import { resend } from "./resend";
import { accept, reject } from "./respond";

export const invitationRouter = createTRPCRouter({ create, all, get, resend, cancel, accept, reject, lookup, acceptWithSignUp });
