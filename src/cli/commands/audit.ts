import { Command } from "commander";
import type { RosterOutputs } from "@/sdk";
import { action, examples } from "../context";
import { printList } from "../output";
import { positiveInt } from "../parse-args";
import { auditList } from "../views";

type AuditEvent = RosterOutputs["audit"]["list"]["items"][number];


export function auditCommand(): Command {
  const audit = new Command("audit").description("Read the audit log");
  examples(
    audit
      .command("ls")
      .description("List audit events, newest first")
      .option("--actor <user>", "the acting user's username or id")
      .option("--action <action>", "an exact action, e.g. user.create")
      .option("--target <target>", "the target's name or id")
      .option("--target-type <type>", "e.g. user, group, workspace, apiKey")
      .option("--from <time>", "at or after this ISO time, e.g. 2026-01-31T00:00:00Z")
      .option("--to <time>", "before this ISO time")
      .option("--limit <n>", "at most n events", positiveInt, 100)
      .action(
        action(async (ctx, opts: { actor?: string; action?: string; target?: string; targetType?: string; from?: string; to?: string; limit: number }) => {
          const client = ctx.client();
          const { limit, ...filters } = opts;
          const events: AuditEvent[] = [];
          let cursor: number | undefined;
          while (events.length < limit) {
            const page = await client.audit.list.query({ ...filters, cursor, limit: Math.min(500, limit - events.length) });
            events.push(...page.items);
            if (page.nextCursor === null) break;
            cursor = page.nextCursor;
          }
          printList(ctx.mode, events, auditList);
        }),
      ),
    "roster audit ls --action user.create --limit 20",
  );
  return audit;
}
