import { checkDatabase } from "@/server/services/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database.up ? "ok" : "unavailable", database },
    { status: database.up ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
