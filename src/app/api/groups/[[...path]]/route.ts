import { handleConductorRequest } from "@/server/api/compat/conductor/adapter";

export const dynamic = "force-dynamic";

// Conductor's groups API (/api/groups, /api/groups/{…}); other paths below it are 404s in Conductor's error shape.
const handler = (req: Request) => handleConductorRequest(req);

export { handler as DELETE, handler as GET, handler as HEAD, handler as OPTIONS, handler as PATCH, handler as POST, handler as PUT };
