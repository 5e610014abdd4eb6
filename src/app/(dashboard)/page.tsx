import { redirect } from "next/navigation";
import { viewerCan } from "@/lib/viewer";
import { getViewer } from "@/trpc/server";

// The first section a person lands on: administrators (member:read) the Users page, others their profile.
export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer && viewerCan(viewer, "member:read") ? "/users" : "/profile");
}
