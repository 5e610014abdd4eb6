import { Command } from "commander";
import { action, examples } from "../context";
import { printDone, printList } from "../output";
import { organizationList } from "../views";

export function organizationCommand(): Command {
  const organization = new Command("org").description("Organizations you belong to: list and create (a key acts in the organization it was made for)");
  examples(
    organization
      .command("ls")
      .description("List your organizations and your role in each (an API key sees only its own)")
      .action(action(async (ctx) => printList(ctx.mode, await ctx.client().organization.list.query(), organizationList))),
    "roster org ls",
  );
  examples(
    organization
      .command("add <name>")
      .description("Create an organization; you become its owner")
      .option("-s, --slug <slug>", "its slug (made from the name when omitted)")
      .action(
        action(async (ctx, name: string, opts: { slug?: string }) => {
          const created = await ctx.client().organization.create.mutate({ name, slug: opts.slug });
          printDone(ctx.mode, `Created organization ${created.name} (${created.slug})`, organizationList.json(created));
        }),
      ),
    "roster org add 'Acme Labs' --slug acme-labs",
  );
  return organization;
}
