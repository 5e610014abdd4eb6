import { presentedCredential } from "@/server/actor/request-info";
import { routeMethods } from "@/server/api/http/route-methods";
import { organizationForMetricsToken } from "@/server/services/metrics/metrics-token";
import { renderMetrics } from "@/server/services/metrics/render-metrics";

export const dynamic = "force-dynamic";

// Prometheus scrape endpoint: `Authorization: Bearer <metrics token>` (user.getMetricsToken).
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: async (req) => {
    const token = presentedCredential(req.headers)?.value;
    const organizationId = token ? await organizationForMetricsToken(token) : null;
    if (!organizationId) {
      return Response.json(
        { message: "Send the organization's metrics token as Authorization: Bearer <token>", code: "UNAUTHORIZED", data: { httpStatus: 401 } },
        { status: 401, headers: { "www-authenticate": "Bearer" } },
      );
    }
    return new Response(await renderMetrics(organizationId), {
      headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store" },
    });
  },
});
