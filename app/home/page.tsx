import { redirect } from "next/navigation";
import { ANY_ROLE } from "@/lib/auth/guard";
import { guardPage } from "@/lib/auth/page-guard";
import { HOME_BY_ROLE } from "@/lib/auth/roles";

/** Where sign-in lands: each role goes on to its own home. */
export default async function HomeRedirect() {
  const actor = await guardPage(ANY_ROLE);
  redirect(HOME_BY_ROLE[actor.role]);
}
