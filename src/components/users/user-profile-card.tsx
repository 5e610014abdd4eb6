import { LocalTime } from "@/components/common/local-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TMemberDetail } from "@/lib/schemas/user";
import { EnabledBadge } from "./user-badges";
import { EmailText } from "./user-names";

export function UserProfileCard({ user }: { user: TMemberDetail }) {
  const rows: [string, React.ReactNode][] = [
    ["User name", user.username],
    ["Full name", [user.firstName, user.lastName].filter(Boolean).join(" ") || "—"],
    ["Display name", user.name],
    ["Email", <EmailText key="email" email={user.email} className="" />],
    ["Status", <EnabledBadge key="status" enabled={user.enabled} />],
    ["Account", user.system ? "System user (API keys only)" : "Person"],
    ["Member since", <LocalTime key="since" iso={user.createdAt} dateOnly />],
    ["Organizations", String(user.organizationCount)],
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Profile</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="min-w-0 truncate">{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
