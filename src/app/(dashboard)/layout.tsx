import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { OwnInvitations } from "@/components/invitations/own-invitations";
import { AppShell } from "@/components/shell/app-shell";
import { auth } from "@/server/auth";
import { userMayCreateOrganizations } from "@/server/services/organizations/instance-administrators";
import { isSetUp } from "@/server/services/setup/create-first-admin";
import { getViewer, serverCaller } from "@/trpc/server";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  if (!(await isSetUp())) redirect("/setup");
  if (!(await auth.api.getSession({ headers: await headers() }))) redirect("/sign-in");
  const caller = await serverCaller();
  const me = await caller.user.get().catch(() => null);
  if (!me) redirect("/sign-in");
  const [viewer, organizations] = await Promise.all([getViewer(), caller.organization.list()]);
  const canCreate = viewer ? await userMayCreateOrganizations(viewer.userId) : false;
  return (
    <AppShell
      organizations={{ current: me.organization, list: organizations, canCreate }}
      user={{ name: me.user.name, username: me.user.displayUsername ?? me.user.username, email: me.email, role: me.role }}
      permissions={viewer?.permissions ?? []}
    >
      <OwnInvitations />
      {children}
    </AppShell>
  );
}
