import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { createContext } from "@/server/api/context";
import { httpResponseMeta, logServerError, withFieldsInMessage } from "@/server/api/http";
import { appRouter } from "@/server/api/root";

// Dot-style HTTP: /api/user.all (GET, query parameters), /api/user.update (POST, JSON body)…
// Every procedure with `meta.openapi` is served here from the same router as tRPC.
const handler = async (req: Request) =>
  withFieldsInMessage(
    await createOpenApiFetchHandler({
      endpoint: "/api",
      router: appRouter,
      req,
      createContext: () => createContext({ headers: req.headers }),
      responseMeta: httpResponseMeta,
      onError: logServerError,
    }),
  );

export { handler as DELETE, handler as GET, handler as PATCH, handler as POST, handler as PUT };
