import { AppError } from "@/lib/errors";
import { ZAuditFilters } from "@/lib/schemas/audit";
import { resolveIdentity, toActor } from "@/server/actor/resolve-actor";
import { queryInput } from "@/server/api/http/query-input";
import { routeMethods } from "@/server/api/http/route-methods";
import { assertStorableInput } from "@/server/api/input-guard";
import { requestLogger } from "@/server/logger";
import { exportAuditCsv } from "@/server/services/audit/export-audit-csv";

export const dynamic = "force-dynamic";

// GET /api/audit-export?action=…&actor=…&target=…&from=…&to=… → the audit log as CSV (audit:read).
// A plain route rather than a procedure: a file download streams, and tRPC answers JSON. The caller
// is resolved exactly as for the procedures (cookie, API key or session token).
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: async (req) => {
    const identity = await resolveIdentity(req.headers);
    if (!identity) throw new AppError("UNAUTHORIZED", "Sign in, or send an API key as Authorization: Bearer <key>");
    const actor = toActor(identity);
    const query = queryInput(ZAuditFilters, new URL(req.url).searchParams);
    assertStorableInput(query);
    const filters = ZAuditFilters.parse(query);
    const iterator = exportAuditCsv({ actor, filters })[Symbol.asyncIterator]();
    // The first batch is read before the status is sent, so a failure to read at all is an error
    // status, not an empty 200. A failure later aborts the download, which the client sees as cut off.
    const first = await iterator.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (first.done) controller.close();
        else controller.enqueue(encoder.encode(first.value));
      },
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          requestLogger().error({ err: error }, "audit export failed mid-download");
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-log-${day}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
});
