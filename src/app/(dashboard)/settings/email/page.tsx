import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/common/not-allowed";
import { AddEmailProviderDialog } from "@/components/email/add-email-provider-dialog";
import { EmailProvidersTable } from "@/components/email/email-providers-table";
import { PageHeader } from "@/components/shell/page-header";
import { viewerCan } from "@/lib/viewer";
import { config } from "@/server/config";
import { getQueryClient, getViewer, HydrateClient, serverCaller, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Email settings" };

export default async function EmailSettingsPage() {
  const viewer = await getViewer();
  if (!viewer || !viewerCan(viewer, "settings:manage")) {
    return (
      <>
        <PageHeader title="Email" />
        <NotAllowed what="the email settings" needs="settings:manage" />
      </>
    );
  }
  const me = await (await serverCaller()).user.get();
  await getQueryClient().prefetchQuery(trpc.notification.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader
        title="Email"
        description={`SMTP servers that send this organization's invitations and account emails. At most ${config.email.hourlyLimit} emails per hour.`}
        actions={<AddEmailProviderDialog />}
      />
      <div className="grid gap-3">
        <EmailProvidersTable testTo={me.user.email} />
        {config.mailCatcher ? (
          <p className="text-sm text-muted-foreground">
            Development: the mail catcher keeps every email sent through it.{" "}
            <Link href="/settings/mail-catcher" className="underline underline-offset-4">
              Open the mail catcher
            </Link>
          </p>
        ) : null}
      </div>
    </HydrateClient>
  );
}
