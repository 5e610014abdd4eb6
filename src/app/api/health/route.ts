import { routeMethods } from "@/server/api/http/route-methods";
import { checkDatabase } from "@/server/services/health/check-database";

export const dynamic = "force-dynamic";

// Public: the status only. Why the database is down goes to the server's log.
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: async () => {
    const database = await checkDatabase();
    return Response.json(
      { status: database.up ? "ok" : "unavailable", database },
      { status: database.up ? 200 : 503, headers: { "cache-control": "no-store", ...(database.up ? {} : { "retry-after": "5" }) } },
    );
  },
});
