import { auth } from "@/server/auth";
import { db } from "@/server/db";

export const dynamic = "force-dynamic";

// Baselines for `npm run bench`. The `.bench.ts` extension keeps this route out of every build but
// the benchmark's own (ROSTER_BENCH_ROUTES=1 adds the extension in next.config.ts):
//   bare         a route returning constant JSON (what Next.js alone costs)
//   better-auth  @better-auth/api-key's stock path for the same key: verifyApiKey, then load the user
export async function GET(req: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (kind === "bare") return Response.json({ ok: true });
  if (kind === "better-auth") {
    const key = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
    const result = await auth.api.verifyApiKey({ body: { key } });
    if (!result.valid || !result.key) return Response.json({ message: "Invalid API key" }, { status: 401 });
    const user = await db.user.findUnique({
      where: { id: result.key.referenceId },
      select: { id: true, email: true, name: true, image: true },
    });
    return Response.json({ userId: user?.id, email: user?.email, user });
  }
  return Response.json({ message: "Not found", code: "NOT_FOUND" }, { status: 404 });
}
