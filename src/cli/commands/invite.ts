import { Command, Option } from "commander";
import { USER_ROLES } from "@/lib/user-roles";
import type { RosterClient, RosterOutputs } from "@/sdk";
import { action, examples } from "../context";
import { CliError, EXIT } from "../exit-codes";
import { list, orDash, printDone, printList, type ListView } from "../output";
import { duration } from "../parse-args";
import { everyPage, splitList } from "../resolve";
import { parseWorkspaces } from "./user-edit";

type Invitation = RosterOutputs["invitation"]["all"][number];
type UserRole = (typeof USER_ROLES)[number];

const STATES = ["pending", "accepted", "rejected", "cancelled", "expired"] as const;

// An invitation's link carries its token: shown to people once (to hand over), never in -j.
const invitationJson = (i: Invitation) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  status: i.status,
  groups: i.groups.map((g) => g.name),
  expiresAt: i.expiresAt,
  createdAt: i.createdAt,
  invitedBy: i.inviter?.username ?? null,
  delivery: i.delivery?.status ?? null,
});

const invitationList: ListView<Invitation> = {
  columns: [
    ["ID", (i) => i.id],
    ["EMAIL", (i) => i.email],
    ["ROLE", (i) => i.role],
    ["STATUS", (i) => i.status],
    ["EXPIRES", (i) => i.expiresAt],
    ["EMAIL SENT", (i) => orDash(i.delivery?.status)],
  ],
  json: invitationJson,
  pretty: (i) => ({
    title: i.email,
    fields: [
      ["Id", i.id],
      ["Role", i.role],
      ["Groups", list(i.groups.map((g) => g.name))],
      ["Status", i.status],
      ["Expires", i.expiresAt],
      ["Email", orDash(i.delivery?.status)],
    ],
  }),
  empty: "No invitations match.",
};

/** The provider to send through: the one named, else the organization's default. */
async function providerId(client: RosterClient, wanted: string | undefined): Promise<string> {
  const providers = await client.notification.list.query();
  const provider = wanted ? providers.find((p) => p.id === wanted || p.name === wanted) : providers.find((p) => p.isDefault);
  if (!provider) throw new CliError(wanted ? `Email provider "${wanted}" not found` : "No default email provider: add one under Settings → Email, or pass --provider", wanted ? EXIT.notFound : EXIT.usage);
  return provider.id;
}

export function inviteCommand(): Command {
  const invite = new Command("invite").description("Invite people by email, with their access preset");
  examples(
    invite
      .command("create <emails...>")
      .description("Invite one or more addresses; prints each invitation's link once")
      .addOption(new Option("-r, --role <role>", "their role on accepting").choices([...USER_ROLES]))
      .option("-w, --workspaces <access>", "all:<role>, or <workspace>:<role>,… for selected workspaces")
      .option("-g, --groups <groups>", "groups, comma-separated")
      .option("--expires-in <duration>", "how long the link works: 3600 (1 hour) to 30d; 48h by default", duration)
      .option("--send", "email each invitation now through the default email provider")
      .action(
        action(async (ctx, emails: string[], opts: { role?: UserRole; workspaces?: string; groups?: string; expiresIn?: number; send?: boolean }) => {
          const access = opts.workspaces ? parseWorkspaces(opts.workspaces, opts.role) : { role: opts.role };
          const result = await ctx.client().invitation.create.mutate({
            emails: emails.flatMap(splitList),
            ...access,
            groups: opts.groups === undefined ? undefined : splitList(opts.groups),
            expiresIn: opts.expiresIn,
            send: opts.send,
          });
          const created = result.invitations.map((i) => i.invitation);
          if (ctx.mode === "json") return printList(ctx.mode, created, invitationList);
          for (const { invitation, link } of result.invitations) process.stdout.write(`Invited ${invitation.email} (${invitation.id}): ${link}\n`);
        }),
      ),
    "roster invite create ana@example.com ben@example.com -r developer -g developers --send",
  );
  examples(
    invite
      .command("ls")
      .description("List invitations, newest first (all pages)")
      .addOption(new Option("--status <status>", "only this status").choices([...STATES]))
      .option("-s, --search <text>", "part of the email address")
      .action(
        action(async (ctx, opts: { status?: (typeof STATES)[number]; search?: string }) => {
          const client = ctx.client();
          const all = await everyPage((page) => client.invitation.all.query({ status: opts.status, search: opts.search, ...page }), 200);
          printList(ctx.mode, all, invitationList);
        }),
      ),
    "roster invite ls --status pending",
  );
  examples(
    invite
      .command("send <id>")
      .description("Email an invitation (a fresh link; the earlier one stops working)")
      .option("--provider <provider>", "the email provider's name or id (default: the organization's default)")
      .action(
        action(async (ctx, id: string, opts: { provider?: string }) => {
          const client = ctx.client();
          const sent = await client.user.sendInvitation.mutate({ invitationId: id, notificationId: await providerId(client, opts.provider) });
          printDone(ctx.mode, `Sending invitation ${id}`, { id, deliveryId: sent.deliveryId });
        }),
      ),
    "roster invite send 5b0e…",
  );
  examples(
    invite
      .command("resend <id>")
      .description("Give an invitation a new link and expiry (also after it expired) and email it")
      .option("--expires-in <duration>", "how long the new link works; 48h by default", duration)
      .option("--no-send", "only print the new link")
      .action(
        action(async (ctx, id: string, opts: { expiresIn?: number; send: boolean }) => {
          const result = await ctx.client().invitation.resend.mutate({ invitationId: id, expiresIn: opts.expiresIn, send: opts.send });
          printDone(ctx.mode, `Renewed invitation of ${result.invitation.email} until ${result.invitation.expiresAt}: ${result.link}`, invitationJson(result.invitation));
        }),
      ),
    "roster invite resend 5b0e… --expires-in 7d",
  );
  examples(
    invite
      .command("cancel <id>")
      .description("Cancel a pending invitation: its link stops working")
      .action(
        action(async (ctx, id: string) => {
          const cancelled = await ctx.client().invitation.cancel.mutate({ invitationId: id });
          printDone(ctx.mode, `Cancelled invitation of ${cancelled.email}`, invitationJson(cancelled));
        }),
      ),
    "roster invite cancel 5b0e…",
  );
  return invite;
}
