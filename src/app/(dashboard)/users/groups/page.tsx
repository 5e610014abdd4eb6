import { redirect } from "next/navigation";

// The Groups tab lives on the User Manager page; /users/groups is its other address.
export default function GroupsPage() {
  redirect("/users?tab=groups");
}
