import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotAllowed } from "@/components/common/not-allowed";
import { CaughtEmails } from "@/components/email/caught-emails";
import { PageHeader } from "@/components/shell/page-header";
import { viewerCan } from "@/lib/viewer";
import { config } from "@/server/config";
import { getViewer } from "@/trpc/server";

export const metadata: Metadata = { title: "Mail catcher" };

/** Development only: there is no mail catcher in production, so no page either. */
export default async function MailCatcherPage() {
  if (!config.mailCatcher) notFound();
  const viewer = await getViewer();
  if (!viewer || !viewerCan(viewer, "settings:manage")) {
    return (
      <>
        <PageHeader title="Mail catcher" />
        <NotAllowed what="the mail catcher" needs="settings:manage" />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Mail catcher"
        description={`Development: every email Roster sends through the local SMTP server on 127.0.0.1:${config.mailCatcherPort} lands here, not in anyone's inbox.`}
      />
      <CaughtEmails />
    </>
  );
}
