import { z } from "zod";
import { ZMetricsSummary } from "@/lib/schemas/metrics";
import { getMetricsSummary as summarize } from "@/server/services/metrics/get-metrics-summary";
import { protectedProcedure } from "../../trpc";

export const getMetricsSummary = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.getMetricsSummary",
      tags: ["metrics"],
      summary: "Roster's metrics for your organization, as JSON (monitoring:read)",
      description:
        "This instance's request counts by procedure and status, latency with p50/p95, key verifications and rate-limit rejections since it started, and member counts; and `history`, this instance's samples of the request counters over the last hour. Counters restart with the instance; compare `instance.startedAt` between samples.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZMetricsSummary)
  .query(({ ctx }) => summarize({ actor: ctx.actor }));
