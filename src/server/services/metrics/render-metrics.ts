import { Gauge, Registry } from "prom-client";
import { db } from "@/server/db";
import { metrics } from "@/server/metrics-registry";

/**
 * Prometheus text for one organization: this instance's request, latency, key and rate-limit
 * metrics filtered to its label (or unlabelled), plus its member counts from the database.
 */
export async function renderMetrics(organizationId: string): Promise<string> {
  const [members, disabled] = await Promise.all([
    db.member.count({ where: { organizationId } }),
    db.member.count({ where: { organizationId, user: { banned: true } } }),
  ]);
  const registry = new Registry();
  const gauge = new Gauge({ name: "roster_organization_members", help: "Members of the organization", labelNames: ["status"], registers: [registry] });
  gauge.set({ status: "enabled" }, members - disabled);
  gauge.set({ status: "disabled" }, disabled);

  const own = await metrics.registry.getMetricsAsJSON();
  const lines: string[] = [];
  for (const metric of own) {
    const values = metric.values.filter((v) => !("organization" in v.labels) || v.labels.organization === organizationId);
    lines.push(`# HELP ${metric.name} ${metric.help}`, `# TYPE ${metric.name} ${metric.type}`);
    for (const value of values) {
      const name = "metricName" in value && value.metricName ? value.metricName : metric.name;
      const labels = Object.entries(value.labels)
        .filter(([key]) => key !== "organization")
        .map(([key, v]) => `${key}="${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)
        .join(",");
      lines.push(`${name}${labels ? `{${labels}}` : ""} ${value.value}`);
    }
  }
  return `${lines.join("\n")}\n${await registry.metrics()}`;
}
