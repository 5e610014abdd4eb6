import type { Metadata } from "next";
import { NotAllowed } from "@/components/common/not-allowed";
import { DeleteOrganizationCard } from "@/components/organizations/delete-organization-card";
import { OrganizationSettingsForm } from "@/components/organizations/organization-settings-form";
import { PageHeader } from "@/components/shell/page-header";
import { viewerCan } from "@/lib/viewer";
import { instanceOrganizationId } from "@/server/services/organizations/instance-administrators";
import { getViewer, serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Organization settings" };

export default async function OrganizationSettingsPage() {
  const viewer = await getViewer();
  if (!viewer || !viewerCan(viewer, "settings:manage")) {
    return (
      <>
        <PageHeader title="Organization" />
        <NotAllowed what="the organization's settings" needs="settings:manage" />
      </>
    );
  }
  const organizations = await (await serverCaller()).organization.list();
  const organization = organizations.find((o) => o.active)!;
  const refusal =
    viewer.role !== "owner"
      ? "Only the organization's owner can delete it."
      : organization.id === (await instanceOrganizationId())
        ? "This is the organization made at setup: its owner and administrators administer this server, so it cannot be deleted."
        : organizations.length < 2
          ? "This is your only organization: deleting it would delete your own account."
          : null;
  return (
    <>
      <PageHeader title="Organization" description={`Settings of ${organization.name}, for everyone in it.`} />
      <div className="grid grid-cols-1 gap-8">
        <OrganizationSettingsForm key={`${organization.id}-${organization.name}-${organization.slug}`} organization={organization} />
        <DeleteOrganizationCard organization={organization} refusal={refusal} />
      </div>
    </>
  );
}
