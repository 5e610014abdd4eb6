import { handleDotStyleRequest } from "@/server/api/http/dot-style-handler";

export const dynamic = "force-dynamic";

// Dot-style HTTP: /api/user.all (GET, query parameters), /api/user.update (POST, JSON body)… Any
// other path under /api that no route claims answers here too, as a JSON 404 (never an HTML page).
const handler = async (req: Request, { params }: { params: Promise<{ path: string[] }> }) => {
  const segments = (await params).path;
  return handleDotStyleRequest(req, `/${segments.join("/")}`);
};

export { handler as DELETE, handler as GET, handler as HEAD, handler as OPTIONS, handler as PATCH, handler as POST, handler as PUT };
