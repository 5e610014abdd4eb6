import { z } from "zod";
import { ZMetricsToken } from "@/lib/schemas/user";
import { getMetricsToken as get, rotateMetricsToken as rotate } from "@/server/services/metrics/metrics-token";
import { protectedProcedure } from "../../trpc";

export const getMetricsToken = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.getMetricsToken",
      tags: ["metrics"],
      summary: "The organization's metrics configuration and token (administrators)",
      description: "The token authorizes GET /api/metrics (Prometheus text) as a Bearer token.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZMetricsToken)
  .query(({ ctx }) => get({ actor: ctx.actor }));

export const rotateMetricsToken = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.rotateMetricsToken",
      tags: ["metrics"],
      summary: "Replace the metrics token; the old one stops working",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZMetricsToken)
  .mutation(({ ctx }) => rotate({ actor: ctx.actor }));
