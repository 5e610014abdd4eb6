import { redirect } from "next/navigation";

// The first section a person lands on.
export default function Home() {
  redirect("/profile");
}
