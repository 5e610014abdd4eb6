import { EmptyState } from "@/components/common/list-states";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TMetricsSummary } from "@/lib/schemas/metrics";

const ms = (seconds: number | null) => (seconds === null ? "—" : `${(seconds * 1000).toFixed(1)} ms`);

const KEY_RESULT_LABELS = { ok: "Accepted", refused: "Refused" } as const;
const LIMIT_LABELS = { rate_limit: "Over the rate limit", quota: "Out of quota" } as const;
const EMAIL_LABELS = { queued: "Queued", sent: "Sent", failed: "Failed", retried: "Retried" } as const;

function Note({ children }: { children: React.ReactNode }) {
  return <p className="mt-3 text-xs text-muted-foreground">{children}</p>;
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="grid grid-cols-1 gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value.toLocaleString("en")}</dd>
    </div>
  );
}

/** A card of counters; `columns` is the grid's class (a literal, for Tailwind to see). */
function StatCard({ title, stats, columns = "grid-cols-2", note }: { title: string; stats: { label: string; value: number }[]; columns?: string; note?: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className={`grid ${columns} gap-4`} aria-label={title}>
          {stats.map((s) => (
            <Stat key={s.label} label={s.label} value={s.value} />
          ))}
        </dl>
        {note ? <Note>{note}</Note> : null}
      </CardContent>
    </Card>
  );
}

/** The latest sample in detail: members, key verifications, rate-limit rejections, emails, each procedure. */
export function MetricsBreakdown({ summary }: { summary: TMetricsSummary }) {
  const byProcedure = summary.latency.map((l) => {
    const statuses = summary.requests.filter((r) => r.procedure === l.procedure);
    const sum = (test: (status: number) => boolean) => statuses.filter((r) => test(r.status)).reduce((n, r) => n + r.count, 0);
    return { ...l, ok: sum((s) => s < 400), client: sum((s) => s >= 400 && s < 500), server: sum((s) => s >= 500) };
  });
  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2 xl:grid-cols-4">
        <StatCard
          title="Members"
          columns="grid-cols-3"
          stats={[
            { label: "Total", value: summary.members.total },
            { label: "Enabled", value: summary.members.enabled },
            { label: "Disabled", value: summary.members.disabled },
          ]}
        />
        <StatCard
          title="API key verifications"
          stats={summary.keyVerifications.map((k) => ({ label: KEY_RESULT_LABELS[k.result], value: k.count }))}
          note="This organization's keys on this instance. Refused: expired, disabled, or the owner is disabled or removed."
        />
        <StatCard
          title="Rate-limit rejections"
          stats={summary.rateLimitRejections.map((r) => ({ label: LIMIT_LABELS[r.reason], value: r.count }))}
          note="Answered 429, for this organization's keys on this instance."
        />
        <StatCard
          title="Emails"
          stats={summary.emails.map((e) => ({ label: EMAIL_LABELS[e.event], value: e.count }))}
          note="Queued on this instance, and sent, failed (gave up) or retried by its worker."
        />
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Requests by procedure</CardTitle>
        </CardHeader>
        <CardContent>
          {byProcedure.length === 0 ? (
            <EmptyState title="No requests yet on this instance" />
          ) : (
            <Table aria-label="Requests by procedure">
              <TableHeader>
                <TableRow>
                  <TableHead>Procedure</TableHead>
                  <TableHead className="text-right">Calls</TableHead>
                  <TableHead className="text-right">OK</TableHead>
                  <TableHead className="text-right">4xx</TableHead>
                  <TableHead className="text-right">5xx</TableHead>
                  <TableHead className="text-right">p50</TableHead>
                  <TableHead className="text-right">p95</TableHead>
                  <TableHead className="text-right">Average</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody className="tabular-nums">
                {byProcedure.map((p) => (
                  <TableRow key={p.procedure}>
                    <TableCell>
                      <code className="text-xs">{p.procedure}</code>
                    </TableCell>
                    <TableCell className="text-right">{p.count}</TableCell>
                    <TableCell className="text-right">{p.ok}</TableCell>
                    <TableCell className="text-right">{p.client}</TableCell>
                    <TableCell className="text-right">{p.server}</TableCell>
                    <TableCell className="text-right">{ms(p.p50Seconds)}</TableCell>
                    <TableCell className="text-right">{ms(p.p95Seconds)}</TableCell>
                    <TableCell className="text-right">{ms(p.count ? p.sumSeconds / p.count : null)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
