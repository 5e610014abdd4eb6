import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { OwnInvitations } from "@/components/invitations/own-invitations";
import { AppShell } from "@/components/shell/app-shell";
import { auth } from "@/server/auth";
import { isSetUp } from "@/server/services/setup/create-first-admin";
import { getViewer, serverCaller } from "@/trpc/server";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  if (!(await isSetUp())) redirect("/setup");
  if (!(await auth.api.getSession({ headers: await headers() }))) redirect("/sign-in");
  const caller = await serverCaller();
  const me = await caller.user.get().catch(() => null);
  if (!me) redirect("/sign-in");
  const viewer = await getViewer();
  return (
    <AppShell
      organization={me.organization}
      user={{ name: me.user.name, username: me.user.displayUsername ?? me.user.username, email: me.email, role: me.role }}
      permissions={viewer?.permissions ?? []}
    >
      <OwnInvitations />
      {children}
    </AppShell>
  );
}
