import { AppError } from "@/lib/errors";
import { ZAuditFilters } from "@/lib/schemas/audit";
import { resolveIdentity, toActor } from "@/server/actor/resolve-actor";
import { appErrorResponse } from "@/server/api/app-error-response";
import { exportAuditCsv } from "@/server/services/audit/export-audit-csv";

export const dynamic = "force-dynamic";

// GET /api/audit-export?action=…&actor=…&target=…&from=…&to=… → the audit log as CSV (audit:read).
// A plain route rather than a procedure: a file download streams, and tRPC answers JSON. The caller
// is resolved exactly as for the procedures (cookie, API key or session token).
export async function GET(req: Request) {
  try {
    const identity = await resolveIdentity(req.headers);
    if (!identity) throw new AppError("UNAUTHORIZED", "Sign in, or send an API key as Authorization: Bearer <key>");
    const actor = toActor(identity);
    const filters = ZAuditFilters.parse(Object.fromEntries(new URL(req.url).searchParams));
    const lines = exportAuditCsv({ actor, filters });
    const encoder = new TextEncoder();
    const iterator = lines[Symbol.asyncIterator]();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
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
  } catch (error) {
    return appErrorResponse(error);
  }
}
