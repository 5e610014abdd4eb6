import { EmptyState } from "@/components/common/list-states";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TMetricsSummary } from "@/lib/schemas/metrics";

const ms = (seconds: number | null) => (seconds === null ? "—" : `${(seconds * 1000).toFixed(1)} ms`);

const KEY_RESULT_LABELS = { ok: "Accepted", refused: "Refused" } as const;
const LIMIT_LABELS = { rate_limit: "Over the rate limit", quota: "Out of quota" } as const;

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

/** The latest sample in detail: members, key verifications, rate-limit rejections, each procedure. */
export function MetricsBreakdown({ summary }: { summary: TMetricsSummary }) {
  const byProcedure = summary.latency.map((l) => {
    const statuses = summary.requests.filter((r) => r.procedure === l.procedure);
    const sum = (test: (status: number) => boolean) => statuses.filter((r) => test(r.status)).reduce((n, r) => n + r.count, 0);
    return { ...l, ok: sum((s) => s < 400), client: sum((s) => s >= 400 && s < 500), server: sum((s) => s >= 500) };
  });
  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="grid grid-cols-1 gap-6 md:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>Members</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-3 gap-4" aria-label="Members">
              <Stat label="Total" value={summary.members.total} />
              <Stat label="Enabled" value={summary.members.enabled} />
              <Stat label="Disabled" value={summary.members.disabled} />
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>API key verifications</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-2 gap-4" aria-label="API key verifications">
              {summary.keyVerifications.map((k) => (
                <Stat key={k.result} label={KEY_RESULT_LABELS[k.result]} value={k.count} />
              ))}
            </dl>
            <Note>This organization&apos;s keys on this instance. Refused: expired, disabled, or the owner is disabled or removed.</Note>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Rate-limit rejections</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-2 gap-4" aria-label="Rate-limit rejections">
              {summary.rateLimitRejections.map((r) => (
                <Stat key={r.reason} label={LIMIT_LABELS[r.reason]} value={r.count} />
              ))}
            </dl>
            <Note>Answered 429, for this organization&apos;s keys on this instance.</Note>
          </CardContent>
        </Card>
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
