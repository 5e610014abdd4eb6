import { describe, expect, it } from "vitest";
import type { InvitationTemplateInput } from "@/server/services/email/email-kinds";
import { renderEmail } from "@/server/services/email/render-email";
import { renderEmails } from "@/server/services/email/render-emails";

const invitation = (acceptUrl: string, organizationName = "Acme"): InvitationTemplateInput => ({
  template: "invitation",
  organizationName,
  inviterName: "Ada <admin>",
  roleLabel: "Member",
  accessSummary: ["Every workspace as viewer"],
  expiresAt: new Date("2030-01-02T03:04:05Z"),
  acceptUrl,
});

describe("renderEmails", () => {
  it("gives each invitation of a batch exactly the email it would get rendered alone, with its own link", async () => {
    const inputs = [
      invitation("https://roster.example/invitation/AAAA_bbbb-1"),
      invitation("https://roster.example/invitation/CCCC_dddd-2"),
      invitation("https://roster.example/invitation/EEEE?x=1&y=2"),
      invitation("https://roster.example/invitation/FFFF", "Other & Co"),
      { template: "test", organizationName: "Acme", providerName: "local" } as const,
    ];
    const batch = await renderEmails(inputs);
    const alone = await Promise.all(inputs.map((input) => renderEmail(input)));
    expect(batch).toEqual(alone);
    expect(batch[0]!.text).toContain("https://roster.example/invitation/AAAA_bbbb-1");
    expect(batch[1]!.html).toContain("https://roster.example/invitation/CCCC_dddd-2");
    expect(batch[1]!.html).not.toContain("AAAA_bbbb-1");
  });
});
