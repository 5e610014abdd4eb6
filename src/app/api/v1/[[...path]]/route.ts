import { handleDaguRequest } from "@/server/api/compat/dagu/adapter";

export const dynamic = "force-dynamic";

// Dagu's user API (/api/v1/auth/*, /api/v1/users…); any other path under /api/v1 is a 404 in Dagu's error shape.
const handler = (req: Request) => handleDaguRequest(req);

export { handler as DELETE, handler as GET, handler as HEAD, handler as OPTIONS, handler as PATCH, handler as POST, handler as PUT };
