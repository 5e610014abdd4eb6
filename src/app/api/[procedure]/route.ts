import { handleOpenApiRequest } from "@/server/api/openapi-fetch-handler";
import { withFieldsInMessage } from "@/server/api/http";

// Dot-style HTTP: /api/user.all (GET, query parameters), /api/user.update (POST, JSON body)…
// Every procedure with `meta.openapi` is served here from the same router as tRPC.
const handler = async (req: Request) => withFieldsInMessage(await handleOpenApiRequest(req));

export { handler as DELETE, handler as GET, handler as PATCH, handler as POST, handler as PUT };
